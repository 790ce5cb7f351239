"""A small iCalendar (RFC 5545) writer for the agenda feed and per-event downloads.

Only what the agenda needs: one VCALENDAR of VEVENTs with UTC or all-day
dates, escaped text values and lines folded at 75 octets. Times are written
in UTC (``...Z``), so no VTIMEZONE block is needed and every calendar app
shows them in its own zone.
"""

import datetime
from dataclasses import dataclass

CRLF = "\r\n"
CONTENT_TYPE = "text/calendar; charset=utf-8"
PRODID = "-//CMS Kecamatan//Agenda//ID"
# RFC 5545 §3.1: content lines SHOULD NOT be longer than 75 octets.
MAX_LINE_OCTETS = 75


@dataclass(frozen=True)
class CalendarEvent:
    """One VEVENT. ``start``/``end`` are aware datetimes, or dates when ``all_day``.

    For an all-day event ``end`` is the last day it runs (inclusive); the
    writer turns it into iCalendar's exclusive DTEND.
    """

    uid: str
    stamp: datetime.datetime
    start: datetime.datetime | datetime.date
    end: datetime.datetime | datetime.date | None
    all_day: bool
    summary: str
    location: str = ""
    description: str = ""
    url: str = ""


def escape_text(value: str) -> str:
    """Escape a TEXT value: backslash, semicolon, comma and line breaks (§3.3.11)."""
    value = value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return value.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def fold(line: str) -> str:
    """Fold one content line into chunks of at most 75 octets (§3.1).

    Continuation lines start with a space, which counts toward their 75
    octets. A line is never split inside a multi-byte UTF-8 character, so
    Indonesian text with "–" or "é" stays valid UTF-8 on every line.
    """
    chunks = []
    current, size = "", 0
    for char in line:
        width = len(char.encode("utf-8"))
        if size + width > MAX_LINE_OCTETS:
            chunks.append(current)
            current, size = " ", 1
        current += char
        size += width
    chunks.append(current)
    return CRLF.join(chunks)


def format_utc(value: datetime.datetime) -> str:
    """An aware datetime as a UTC DATE-TIME: ``20261205T010000Z``."""
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def format_date(value: datetime.date) -> str:
    """A DATE value: ``20261205``."""
    return value.strftime("%Y%m%d")


def event_lines(event: CalendarEvent) -> list[str]:
    """The unfolded content lines of one VEVENT, BEGIN to END."""
    lines = [
        "BEGIN:VEVENT",
        f"UID:{event.uid}",
        f"DTSTAMP:{format_utc(event.stamp)}",
    ]
    if event.all_day:
        # DTEND of an all-day event is exclusive: the day after the last day.
        last_day = event.end or event.start
        lines.append(f"DTSTART;VALUE=DATE:{format_date(event.start)}")
        lines.append(f"DTEND;VALUE=DATE:{format_date(last_day + datetime.timedelta(days=1))}")
    else:
        lines.append(f"DTSTART:{format_utc(event.start)}")
        if event.end:
            lines.append(f"DTEND:{format_utc(event.end)}")
    lines.append(f"SUMMARY:{escape_text(event.summary)}")
    if event.location:
        lines.append(f"LOCATION:{escape_text(event.location)}")
    if event.description:
        lines.append(f"DESCRIPTION:{escape_text(event.description)}")
    if event.url:
        # URL is a URI value, not TEXT: it is written as is, without escaping.
        lines.append(f"URL:{event.url}")
    lines.append("END:VEVENT")
    return lines


def render_calendar(events, name: str = "") -> str:
    """A whole VCALENDAR holding ``events`` (CalendarEvent), folded, CRLF-terminated."""
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        f"PRODID:{PRODID}",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ]
    if name:
        # Widely read calendar name (Google, Apple, Thunderbird).
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    for event in events:
        lines.extend(event_lines(event))
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + CRLF for line in lines)
