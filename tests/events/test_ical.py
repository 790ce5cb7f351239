"""The iCal feed and per-event downloads follow RFC 5545: escaped, folded, UTC, stable UIDs."""

import datetime

import pytest

from events import ical
from tests.events.conftest import make_event

WIB = datetime.timezone(datetime.timedelta(hours=7))


def unfold(text: str) -> list[str]:
    """Content lines of an iCalendar text, with folded lines joined again."""
    assert text.endswith("\r\n")
    physical = text[:-2].split("\r\n")
    lines = []
    for line in physical:
        if line.startswith(" "):
            lines[-1] += line[1:]
        else:
            lines.append(line)
    return lines


def test_text_values_escape_backslash_semicolon_comma_and_newlines():
    assert ical.escape_text("a\\b;c,d\ne\r\nf") == "a\\\\b\\;c\\,d\\ne\\nf"


def test_long_lines_fold_at_75_octets_without_splitting_a_character():
    line = "SUMMARY:" + "Pelatihan budidaya ikan patin – angkatan ké-2 " * 4
    folded = ical.fold(line)
    physical = folded.split("\r\n")
    assert len(physical) > 1
    assert all(len(part.encode("utf-8")) <= 75 for part in physical)
    assert all(part.startswith(" ") for part in physical[1:])
    assert "".join([physical[0], *(part[1:] for part in physical[1:])]) == line


def test_a_short_line_is_left_alone():
    assert ical.fold("UID:event-1@kec-a.test") == "UID:event-1@kec-a.test"


def test_all_day_event_ends_the_day_after_its_last_day():
    event = ical.CalendarEvent(
        uid="event-1@x.test",
        stamp=datetime.datetime(2026, 11, 1, tzinfo=datetime.UTC),
        start=datetime.date(2026, 12, 14),
        end=datetime.date(2026, 12, 15),
        all_day=True,
        summary="Pelatihan",
    )
    lines = ical.event_lines(event)
    assert "DTSTART;VALUE=DATE:20261214" in lines
    assert "DTEND;VALUE=DATE:20261216" in lines


@pytest.fixture
def feed_events(tree):
    awkward = make_event(
        tree.village_a1,
        "Rapat RT; RW, dan warga",
        datetime.datetime(2026, 12, 5, 8, 0, tzinfo=WIB),
        datetime.datetime(2026, 12, 5, 11, 30, tzinfo=WIB),
        location="Balai Desa Satu, Jl. Merdeka No. 1; lantai 2",
        summary="Baris pertama\nbaris kedua, dengan koma " + "dan teks panjang " * 6,
        organiser="Pemerintah Kelurahan Satu",
    )
    all_day = make_event(
        tree.village_a1,
        "Pelatihan dua hari",
        datetime.datetime(2026, 12, 14, 0, 0, tzinfo=WIB),
        datetime.datetime(2026, 12, 15, 0, 0, tzinfo=WIB),
        all_day=True,
    )
    return awkward, all_day


@pytest.mark.django_db
def test_feed_is_a_calendar_with_one_vevent_per_event_of_the_site(feed_events, client):
    response = client.get("/agenda/ical/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    text = response.content.decode("utf-8")
    assert all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    lines = unfold(text)
    assert lines[0] == "BEGIN:VCALENDAR"
    assert lines[-1] == "END:VCALENDAR"
    assert "VERSION:2.0" in lines
    assert any(line.startswith("PRODID:") for line in lines)
    assert lines.count("BEGIN:VEVENT") == lines.count("END:VEVENT") == 2
    uids = [line for line in lines if line.startswith("UID:")]
    assert sorted(uids) == sorted(f"UID:event-{e.pk}@satu.kec-a.test" for e in feed_events)
    assert all(line.startswith("DTSTAMP:") for line in lines if line.startswith("DTSTAMP"))


@pytest.mark.django_db
def test_feed_writes_times_in_utc_and_escapes_text(feed_events, client):
    awkward, _ = feed_events
    lines = unfold(client.get("/agenda/ical/", HTTP_HOST="satu.kec-a.test").text)
    assert "DTSTART:20261205T010000Z" in lines  # 08.00 WIB
    assert "DTEND:20261205T043000Z" in lines
    assert "DTSTART;VALUE=DATE:20261214" in lines
    assert "DTEND;VALUE=DATE:20261216" in lines
    assert "SUMMARY:Rapat RT\\; RW\\, dan warga" in lines
    assert "LOCATION:Balai Desa Satu\\, Jl. Merdeka No. 1\\; lantai 2" in lines
    description = next(line for line in lines if line.startswith("DESCRIPTION:"))
    assert description.startswith("DESCRIPTION:Baris pertama\\nbaris kedua\\, dengan koma")
    assert description.endswith("\\nPenyelenggara: Pemerintah Kelurahan Satu")
    assert f"URL:http://satu.kec-a.test/agenda/{awkward.slug}/" in lines


@pytest.mark.django_db
def test_event_download_is_one_vevent_as_an_attachment(feed_events, client):
    awkward, _ = feed_events
    response = client.get(f"/agenda/{awkward.slug}/ical/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    assert response["Content-Disposition"] == f'attachment; filename="{awkward.slug}.ics"'
    lines = unfold(response.content.decode())
    assert lines.count("BEGIN:VEVENT") == 1
    assert f"UID:event-{awkward.pk}@satu.kec-a.test" in lines


@pytest.mark.django_db
def test_uid_stays_the_same_after_the_event_is_edited(feed_events, client):
    awkward, _ = feed_events
    before = [
        line
        for line in unfold(client.get("/agenda/ical/", HTTP_HOST="satu.kec-a.test").text)
        if line.startswith("UID:")
    ]
    awkward.title = "Rapat warga (diundur)"
    awkward.save_revision().publish()
    after = unfold(client.get("/agenda/ical/", HTTP_HOST="satu.kec-a.test").text)
    assert [line for line in after if line.startswith("UID:")] == before
    assert "SUMMARY:Rapat warga (diundur)" in after
