"""Event pages: validation, when they show, upcoming before past, pagination."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from events.models import EventPage
from tests.events.conftest import agenda_of, days, make_event

pytestmark = pytest.mark.django_db
WIB = datetime.timezone(datetime.timedelta(hours=7))


def wib(*args) -> datetime.datetime:
    return datetime.datetime(*args, tzinfo=WIB)


def titles_in(html: str, section_id: str) -> list[str]:
    start = html.index(f'id="{section_id}"')
    chunk = html[start : html.index("</section>", start)]
    return re.findall(r"<strong>([^<]+)</strong>", chunk)


def test_an_end_before_the_start_is_refused_in_indonesian(tree):
    page = EventPage(
        title="Rapat",
        slug="rapat",
        location="Balai",
        summary="Rapat warga.",
        start=wib(2026, 12, 5, 10),
        end=wib(2026, 12, 5, 9),
    )
    with pytest.raises(ValidationError) as error:
        agenda_of(tree.village_a1).add_child(instance=page)
    assert "Waktu selesai tidak boleh sebelum waktu mulai" in str(error.value.message_dict["end"])


def test_an_all_day_event_may_end_on_its_start_day_whatever_the_times(tree):
    page = EventPage(
        title="Lomba",
        slug="lomba",
        location="Lapangan",
        summary="Lomba 17-an.",
        start=wib(2026, 8, 17, 10),
        end=wib(2026, 8, 17, 7),
        all_day=True,
    )
    page.clean()  # no ValidationError
    page.end = wib(2026, 8, 16, 23)
    with pytest.raises(ValidationError):
        page.clean()


def test_agenda_lists_upcoming_soonest_first_then_past_newest_first(tree, client):
    make_event(tree.village_a1, "Nanti sekali", days(20))
    make_event(tree.village_a1, "Besok", days(1))
    make_event(tree.village_a1, "Sedang berlangsung", days(-0.1), days(0.1))
    make_event(tree.village_a1, "Kemarin", days(-1))
    make_event(tree.village_a1, "Bulan lalu", days(-30), days(-29.9))
    html = client.get("/agenda/", HTTP_HOST="satu.kec-a.test").text
    assert titles_in(html, "agenda-mendatang") == ["Sedang berlangsung", "Besok", "Nanti sekali"]
    assert titles_in(html, "kegiatan-lalu") == ["Kemarin", "Bulan lalu"]
    assert html.index('id="agenda-mendatang"') < html.index('id="kegiatan-lalu"')


def test_an_all_day_event_stays_upcoming_until_its_last_day_is_over(tree):
    today = timezone.localtime().replace(hour=0, minute=0, second=0, microsecond=0)
    yesterday = today - datetime.timedelta(days=1)
    today_only = make_event(tree.village_a1, "Hari ini", today, all_day=True)
    until_today = make_event(tree.village_a1, "Dua hari", yesterday, today, all_day=True)
    done = make_event(tree.village_a1, "Kemarin saja", yesterday, all_day=True)
    events = EventPage.objects.filter(pk__in=[today_only.pk, until_today.pk, done.pk])
    assert set(events.upcoming()) == {today_only, until_today}
    assert list(events.past()) == [done]
    assert done.is_over() and not today_only.is_over() and not until_today.is_over()


def test_upcoming_and_past_split_the_events_between_them(events):
    now = timezone.now()
    everything = set(EventPage.objects.all())
    upcoming, past = set(EventPage.objects.upcoming(now)), set(EventPage.objects.past(now))
    assert upcoming | past == everything
    assert not upcoming & past


def test_past_events_are_paginated_and_bad_page_numbers_fall_back(tree, client):
    for n in range(12):
        make_event(tree.village_a2, f"Kegiatan lalu {n:02d}", days(-1 - n))
    first = client.get("/agenda/", HTTP_HOST="dua.kec-a.test").text
    assert len(titles_in(first, "kegiatan-lalu")) == 10
    assert "Halaman 1 dari 2" in first
    assert 'href="?page=2"' in first
    second = client.get("/agenda/?page=2", HTTP_HOST="dua.kec-a.test").text
    assert titles_in(second, "kegiatan-lalu") == ["Kegiatan lalu 10", "Kegiatan lalu 11"]
    last = client.get("/agenda/?page=99", HTTP_HOST="dua.kec-a.test")
    assert last.status_code == 200
    assert "Halaman 2 dari 2" in last.text
    junk = client.get("/agenda/?page=abc", HTTP_HOST="dua.kec-a.test")
    assert junk.status_code == 200
    assert "Halaman 1 dari 2" in junk.text


def test_event_page_shows_when_where_and_a_calendar_download(tree, client):
    page = make_event(
        tree.village_a1,
        "Posyandu balita",
        wib(2026, 12, 5, 8),
        wib(2026, 12, 5, 11),
        location="Posyandu Melati",
        map_url="https://www.openstreetmap.org/#map=17/-3.4/104.2",
        organiser="Kader Posyandu Melati",
    )
    html = client.get(f"/agenda/{page.slug}/", HTTP_HOST="satu.kec-a.test").text
    assert "Sabtu, 5 Desember 2026, 08.00–11.00 WIB" in html
    assert 'datetime="2026-12-05T08:00:00+07:00"' in html
    assert "Posyandu Melati" in html
    assert 'href="https://www.openstreetmap.org/#map=17/-3.4/104.2"' in html
    assert "Kader Posyandu Melati" in html
    assert f'href="/agenda/{page.slug}/ical/"' in html
    assert html.count("<h1") == 1


@pytest.mark.parametrize(
    "start, end, all_day, expected",
    [
        (wib(2026, 12, 5, 8), None, False, "Sabtu, 5 Desember 2026, 08.00 WIB"),
        (
            wib(2026, 12, 5, 20),
            wib(2026, 12, 6, 2),
            False,
            "Sabtu, 5 Desember 2026, 20.00 WIB – Minggu, 6 Desember 2026, 02.00 WIB",
        ),
        (
            wib(2026, 12, 14),
            wib(2026, 12, 15),
            True,
            "Senin, 14 Desember 2026 – Selasa, 15 Desember 2026",
        ),
        (wib(2026, 12, 14), None, True, "Senin, 14 Desember 2026"),
    ],
)
def test_when_display_reads_in_indonesian(start, end, all_day, expected):
    assert EventPage(start=start, end=end, all_day=all_day).when_display() == expected


def test_time_elements_carry_a_date_for_all_day_events_and_a_datetime_otherwise():
    assert EventPage(start=wib(2026, 12, 14), all_day=True).start_attr() == "2026-12-14"
    assert EventPage(start=wib(2026, 12, 5, 8)).start_attr() == "2026-12-05T08:00:00+07:00"
