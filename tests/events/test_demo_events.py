"""``seed_demo``'s agenda for Rambang Kapak Tengah, seeded once for this module.

As in ``tests/tenants/test_seed_demo.py``, the ``seeded`` fixture runs the
command once inside a transaction that stays open for the module and is
rolled back at its end; each test runs in its own savepoint.
"""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils.html import escape
from wagtail.models import Revision

from events.demo import EVENTS, KARANGAN
from events.models import EventIndexPage, EventPage
from tenants.demo import RKT_CODE
from tenants.models import Tenant
from tests.demo_seed import seed

# The day the demo dates were chosen around: some events fall before it, some after.
CHOSEN_ON = datetime.datetime(2026, 11, 27, 12, tzinfo=ZoneInfo("Asia/Jakarta"))


def tenant(code: str) -> Tenant:
    return Tenant.objects.select_related("site", "home_page").get(code=code)


def events_of(code: str):
    agenda = EventIndexPage.objects.child_of(tenant(code).home_page).get()
    return EventPage.objects.child_of(agenda).live()


@pytest.mark.django_db
def test_every_tenant_has_an_agenda_and_only_rkt_has_events(seeded):
    tenants = Tenant.objects.select_related("home_page")
    assert tenants.count() == 51
    for each in tenants:
        assert EventIndexPage.objects.child_of(each.home_page).filter(slug="agenda").exists()
    rkt_folder = tenant(RKT_CODE).home_page.get_parent()
    assert EventPage.objects.count() == EventPage.objects.descendant_of(rkt_folder).count()
    assert EventPage.objects.count() == sum(len(events) for events in EVENTS.values())
    assert f"Agenda: {EventPage.objects.count()} kegiatan contoh" in seeded


@pytest.mark.django_db
def test_demo_events_are_valid_and_fall_both_sides_of_the_chosen_day(seeded):
    for code, demos in EVENTS.items():
        assert {e.slug for e in events_of(code)} == {demo.slug for demo in demos}
    for event in EventPage.objects.all():
        event.full_clean()
    titles = " ".join(EventPage.objects.values_list("title", flat=True))
    for word in ("Musrenbang", "Posyandu", "Jalan sehat", "budidaya ikan patin", "Vaksinasi"):
        assert word in titles
    assert EventPage.objects.upcoming(CHOSEN_ON).count() >= 5
    assert EventPage.objects.past(CHOSEN_ON).count() >= 5
    assert EventPage.objects.filter(all_day=True).exists()


@pytest.mark.django_db
def test_running_the_seed_again_creates_no_revisions(seeded):
    revisions = Revision.objects.count()
    published = dict(EventPage.objects.values_list("pk", "last_published_at"))
    output = seed()
    assert Revision.objects.count() == revisions
    assert dict(EventPage.objects.values_list("pk", "last_published_at")) == published
    assert "0 baru, 0 diperbarui" in output.split("Agenda:")[1].splitlines()[0]


@pytest.mark.django_db
def test_every_demo_event_and_agenda_renders_on_its_own_host(seeded, client):
    failures = []
    for code in EVENTS:
        host = tenant(code).site.hostname
        agenda = client.get("/agenda/", HTTP_HOST=host)
        if agenda.status_code != 200:
            failures.append(f"{host}/agenda/: {agenda.status_code}")
        for event in events_of(code):
            response = client.get(f"/agenda/{event.slug}/", HTTP_HOST=host)
            if response.status_code != 200 or escape(event.title) not in response.text:
                failures.append(f"{host}/agenda/{event.slug}/: {response.status_code}")
    assert failures == []


@pytest.mark.django_db
def test_karangan_feed_holds_its_own_four_events(seeded, client):
    karangan = tenant(KARANGAN)
    feed = client.get("/agenda/ical/", HTTP_HOST=karangan.site.hostname).text
    assert feed.count("BEGIN:VEVENT") == len(EVENTS[KARANGAN]) == 4
    assert "SUMMARY:Pelatihan budidaya ikan patin" in feed
    assert "Musrenbang" not in feed


@pytest.mark.django_db
def test_portal_home_shows_the_next_events_of_the_kecamatan_and_its_villages(seeded, client):
    rkt = tenant(RKT_CODE)
    folder = rkt.home_page.get_parent()
    expected = list(EventPage.objects.descendant_of(folder).live().upcoming()[:3])
    html = client.get("/", HTTP_HOST=rkt.site.hostname).text
    if not expected:  # the demo dates have all passed
        assert 'id="agenda-terdekat"' not in html
        return
    start = html.index('id="agenda-terdekat"')
    section = html[start : html.index("</section>", start)]
    hrefs = re.findall(r'<li><a href="([^"]+)">', section)
    wanted = []
    for event in expected:
        owner = Tenant.objects.select_related("site").get(home_page=event.get_parent().get_parent())
        prefix = "" if owner.pk == rkt.pk else owner.site.root_url
        wanted.append(f"{prefix}/agenda/{event.slug}/")
    assert hrefs == wanted
