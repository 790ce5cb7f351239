"""Fixtures: events on the two-kecamatan tree, dated relative to the real clock."""

import datetime

import pytest
from django.utils import timezone

from events.models import EventIndexPage, EventPage


def agenda_of(tenant) -> EventIndexPage:
    return EventIndexPage.objects.child_of(tenant.home_page).get()


def make_event(tenant, title, start, end=None, **fields) -> EventPage:
    """A published event on ``tenant``'s agenda."""
    fields.setdefault("location", "Balai desa")
    fields.setdefault("summary", f"Ringkasan {title}.")
    page = EventPage(title=title, start=start, end=end, **fields)
    agenda_of(tenant).add_child(instance=page)
    page.save_revision().publish()
    return page


def days(n: float) -> datetime.datetime:
    """``n`` days from now (negative: in the past)."""
    return timezone.now() + datetime.timedelta(days=n)


@pytest.fixture
def events(tree):
    """Upcoming and past events on kec A, village A1, village A2 and village B1."""

    class Events:
        pass

    e = Events()
    e.portal_next = make_event(tree.kec_a, "Musrenbang Kecamatan", days(10), days(10.2))
    e.portal_past = make_event(tree.kec_a, "Rapat koordinasi", days(-20), days(-19.9))
    e.satu_soon = make_event(tree.village_a1, "Posyandu balita Satu", days(2), days(2.1))
    e.satu_past = make_event(tree.village_a1, "Kerja bakti Satu", days(-3))
    e.dua_next = make_event(tree.village_a2, "Pelatihan patin Dua", days(5))
    e.tiga_next = make_event(tree.village_b1, "Vaksinasi Tiga", days(1))
    return e
