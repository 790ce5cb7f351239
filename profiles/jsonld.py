"""schema.org ``GovernmentOffice`` JSON-LD for the contact page.

Rendered with ``cms.jsonld.as_script``, which escapes the JSON so that no
text an editor types can close the ``<script>`` element.

The office hours and the map are free text and a link in the site's
profile; :func:`opening_hours` and :func:`coordinates` read what they can
from them and give nothing rather than a guess.
"""

import re
from urllib.parse import parse_qs, unquote, urlsplit

# Indonesian day names (and common spellings) to schema.org's days.
DAYS = {
    "senin": "Monday",
    "selasa": "Tuesday",
    "rabu": "Wednesday",
    "kamis": "Thursday",
    "jumat": "Friday",
    "jum'at": "Friday",
    "sabtu": "Saturday",
    "minggu": "Sunday",
    "ahad": "Sunday",
}
WEEK = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
_DAY = r"(senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad)"
_TIME = r"(\d{1,2})[.:](\d{2})"
_DASH = r"\s*(?:-|–|—|s\.?d\.?|sampai)\s*"
# "Senin–Kamis 08.00–15.30", "Jumat 08.00-11.30", "Sabtu: 08:00 s.d. 12:00"
_SEGMENT = re.compile(
    rf"{_DAY}(?:{_DASH}{_DAY})?\s*:?\s*(?:pukul\s*)?{_TIME}{_DASH}{_TIME}", re.IGNORECASE
)


def opening_hours(text: str) -> list[dict]:
    """``OpeningHoursSpecification`` objects for office hours written as in the profile.

    Understands day ranges and single days with a time range, e.g. "Senin–Kamis
    08.00–15.30, Jumat 08.00–11.30 WIB". Returns [] for text it cannot read
    whole, so the structured data never says something the page does not.
    """
    specs = []
    rest = text or ""
    for match in _SEGMENT.finditer(rest):
        first, last, h1, m1, h2, m2 = match.groups()
        start = WEEK.index(DAYS[first.lower()])
        end = WEEK.index(DAYS[(last or first).lower()])
        if end < start or int(h1) > 23 or int(h2) > 24 or int(m1) > 59 or int(m2) > 59:
            return []
        specs.append(
            {
                "@type": "OpeningHoursSpecification",
                "dayOfWeek": WEEK[start : end + 1],
                "opens": f"{int(h1):02d}:{m1}",
                "closes": f"{int(h2):02d}:{m2}",
            }
        )
    # Anything left besides separators and the time zone is text we did not read.
    leftover = _SEGMENT.sub("", rest)
    if re.sub(r"[\s,;/]|\b(wib|wita|wit)\b", "", leftover, flags=re.IGNORECASE):
        return []
    return specs


_LATLON = r"(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)"


def coordinates(map_url: str) -> tuple[float, float] | None:
    """``(latitude, longitude)`` written in a map link, or None.

    Reads OpenStreetMap's ``?mlat=…&mlon=…`` and ``#map=zoom/lat/lon``, and
    Google Maps' ``@lat,lng`` and ``?q=lat,lng``. A search or a short link
    carries no coordinates: None, never a guess.
    """
    if not map_url:
        return None
    parts = urlsplit(map_url)
    query = parse_qs(parts.query)
    candidates = []
    if "mlat" in query and "mlon" in query:
        candidates.append((query["mlat"][0], query["mlon"][0]))
    if parts.fragment.startswith("map="):
        pieces = parts.fragment[4:].split("/")
        if len(pieces) == 3:
            candidates.append((pieces[1], pieces[2]))
    for text in (unquote(parts.path), *query.get("q", []), *query.get("query", [])):
        match = re.search(rf"@?{_LATLON}", text)
        if match and (text.startswith("@") or "@" in text or text.strip() == match.group(0)):
            candidates.append(match.groups())
    for lat, lon in candidates:
        try:
            lat, lon = float(lat), float(lon)
        except ValueError:
            continue
        if -90 <= lat <= 90 and -180 <= lon <= 180:
            return lat, lon
    return None


def government_office(profile, *, url: str, page_url: str, social=(), extra_contacts=()) -> dict:
    """The JSON-LD object for the office described by ``profile`` (a SiteProfile).

    ``url`` is the site's home address, ``page_url`` the contact page's;
    ``social`` lists profile URLs for ``sameAs``; ``extra_contacts`` are the
    page's ExtraContact rows, given as ``contactPoint`` entries.
    """
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentOffice",
        "name": profile.display_name,
        "url": url,
        "mainEntityOfPage": page_url,
    }
    if profile.address:
        data["address"] = {
            "@type": "PostalAddress",
            "streetAddress": profile.address,
            "addressCountry": "ID",
        }
    if profile.phone:
        data["telephone"] = profile.phone
    if profile.email:
        data["email"] = profile.email
    if profile.map_url:
        data["hasMap"] = profile.map_url
        point = coordinates(profile.map_url)
        if point is not None:
            data["geo"] = {"@type": "GeoCoordinates", "latitude": point[0], "longitude": point[1]}
    hours = opening_hours(profile.office_hours)
    if hours:
        data["openingHoursSpecification"] = hours
    if social:
        data["sameAs"] = list(social)
    points = []
    if profile.whatsapp:
        points.append(
            {
                "@type": "ContactPoint",
                "contactType": "WhatsApp",
                "telephone": profile.whatsapp,
                "url": profile.whatsapp_link,
            }
        )
    for contact in extra_contacts:
        point = {"@type": "ContactPoint", "contactType": contact.label}
        if contact.phone:
            point["telephone"] = contact.phone
        if contact.email:
            point["email"] = contact.email
        points.append(point)
    if points:
        data["contactPoint"] = points
    return data
