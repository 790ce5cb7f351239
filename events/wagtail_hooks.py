"""Wagtail hooks of the agenda: the "Agenda terdekat" section on home pages."""

from django.template.loader import render_to_string
from wagtail import hooks

from events.models import EventIndexPage, EventPage
from tenants import scoping
from tenants.models.pages import HOME_SECTIONS_HOOK

HOME_EVENTS_LIMIT = 3


@hooks.register(HOME_SECTIONS_HOOK, order=30)
def upcoming_events_section(request, home):
    """The next three events; on a portal, its villages' too, labelled with their village.

    Returns "" when nothing is coming up, so the home shows no empty section.
    """
    events = EventPage.objects.in_scope(scoping.kecamatan_pages(request)).upcoming()
    labelled = scoping.label_pages(request, events[:HOME_EVENTS_LIMIT])
    if not labelled:
        return ""
    current = scoping.current_tenant(request)
    items = [
        (event, event.get_url(request), tenant if tenant != current else None)
        for event, tenant in labelled
    ]
    agenda = EventIndexPage.objects.child_of(home).live().public().first()
    return render_to_string(
        "events/includes/upcoming_section.html",
        {"items": items, "agenda_url": agenda.get_url(request) if agenda else ""},
        request=request,
    )
