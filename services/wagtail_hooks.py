"""Wagtail hooks of the service catalogue: the "key services" section on home pages."""

from django.template.loader import render_to_string
from wagtail import hooks

from services.models import ServiceCatalogPage, VillageServiceIndexPage
from tenants.models.pages import HOME_SECTIONS_HOOK

KEY_SERVICES_LIMIT = 6


@hooks.register(HOME_SECTIONS_HOOK, order=10)
def key_services_section(request, home):
    """Up to six services marked "layanan utama" (or the first six), with time and fee."""
    finder = (
        ServiceCatalogPage.objects.child_of(home).live().first()
        or VillageServiceIndexPage.objects.child_of(home).live().first()
    )
    if finder is None:
        return ""
    items = finder.get_services(request)
    featured = [item for item in items if item[0].featured]
    items = (featured or items)[:KEY_SERVICES_LIMIT]
    if not items:
        return ""
    return render_to_string(
        "services/includes/key_services.html",
        {"items": items, "finder": finder, "finder_url": finder.get_url(request)},
        request=request,
    )
