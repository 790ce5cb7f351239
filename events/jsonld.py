"""schema.org ``Event`` JSON-LD for an agenda item.

Rendered with ``cms.jsonld.as_script`` (by ``frontend.templatetags.structured_data``),
which escapes the JSON so that no text an editor types can close the
``<script>`` element.
"""

from django.utils import timezone

from cms.jsonld import SCHEMA_ORG


def _moment(value, all_day: bool) -> str:
    local = timezone.localtime(value)
    return local.date().isoformat() if all_day else local.isoformat()


def event(page, *, url: str, image_url: str, organiser: dict) -> dict:
    """The JSON-LD object for the EventPage ``page`` as published at ``url``.

    Dates are local (Asia/Jakarta) with their offset, or plain dates for an
    all-day event, as the page shows them. ``organiser`` is the site's
    ``GovernmentOrganization``, used when the page names no organiser of its own.
    """
    location = {"@type": "Place", "name": page.location, "address": page.location}
    if page.map_url:
        location["hasMap"] = page.map_url
    data = {
        "@context": SCHEMA_ORG,
        "@type": "Event",
        "name": page.title,
        "description": page.get_meta_description(),
        "url": url,
        "inLanguage": "id",
        "startDate": _moment(page.start, page.all_day),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "location": location,
        "image": [image_url],
        "organizer": (
            {"@type": "Organization", "name": page.organiser} if page.organiser else organiser
        ),
    }
    if page.end:
        data["endDate"] = _moment(page.end, page.all_day)
    return data
