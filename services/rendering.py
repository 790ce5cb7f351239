"""How a service page renders on the site being read.

Not views (the page serves itself through Wagtail): the context a
``ServicePage`` adds for the reader's site (the office serving them, the
village's local note, JSON-LD) and the ``service_page_actions`` hook
through which upper layers (citizens) add sections to it.
"""

from wagtail import hooks
from wagtail.models import Site

from cms.jsonld import as_script
from cms.models import SiteProfile
from services.jsonld import government_service
from tenants import scoping

LAPOR_URL = "https://www.lapor.go.id/"
# Wagtail hook through which upper layers (citizens) add a section to a service
# page, e.g. the online request form link. A hook function takes
# ``(request, service)`` and returns HTML, or "" to add nothing.
SERVICE_ACTIONS_HOOK = "service_page_actions"


def service_actions(request, service) -> list[str]:
    """HTML of every section the ``service_page_actions`` hooks return, in order."""
    return [html for fn in hooks.get_hooks(SERVICE_ACTIONS_HOOK) if (html := fn(request, service))]


def service_context(request, service, village_index=None) -> dict:
    """Context for rendering ``service`` on the current site.

    ``office`` is the current site's profile: on a village site, the
    village's own address, hours and contact, since that is where the
    reader goes. ``local_note`` is the village's note on a shared service.
    ``service_url`` is the service's address on this site.
    """
    site = Site.find_for_request(request)
    office = SiteProfile.for_request(request) if site else None  # cached per request
    if village_index is not None:
        catalog_url = village_index.get_url(request)
        service_url = f"{catalog_url}{service.slug}/"
        local_note = village_index.local_notes.filter(service=service).first()
    else:
        service_url = service.get_url(request)
        catalog_url = service_url[: -len(service.slug) - 1]
        local_note = None
    tenant = scoping.current_tenant(request)
    area_name = tenant.display_name if tenant else (office.display_name if office else "")
    provider_name = office.display_name if office else area_name
    root_url = site.root_url if site else ""
    villages = ()
    if village_index is None and service.handled_at != "kecamatan":
        villages = scoping.villages_of_current_kecamatan(request)
    jsonld = government_service(
        service,
        url=root_url + service_url if service_url.startswith("/") else service_url,
        provider_name=provider_name,
        provider_url=root_url + "/",
        area_name=area_name,
        office=office,
    )
    return {
        "office": office,
        "local_note": local_note,
        "office_hours": (
            local_note.office_hours
            if local_note and local_note.office_hours
            else (office.office_hours if office else "")
        ),
        "service_url": service_url,
        "catalog_url": catalog_url,
        "print_url": f"{service_url}cetak/",
        "complaint_url": office.complaint_url if office else "",
        "lapor_url": LAPOR_URL,
        "villages": villages,
        "jsonld": as_script(jsonld),
        "service_actions": service_actions(request, service),
    }
