"""Wagtail hooks of the UMKM app: the "Produk unggulan" section on home pages."""

from django.template.loader import render_to_string
from wagtail import hooks

from tenants.models.pages import HOME_SECTIONS_HOOK
from umkm import listing
from umkm.models import UmkmIndexPage

FEATURED_LIMIT = 4


@hooks.register(HOME_SECTIONS_HOOK, order=50)
def featured_products_section(request, home):
    """Up to four products with photo, price and (on a portal) their village; "" if none.

    A portal home shows products from the kecamatan and its villages, a
    village home its own.
    """
    items = listing.featured_products(request, limit=FEATURED_LIMIT)
    if not items:
        return ""
    umkm_index = UmkmIndexPage.objects.child_of(home).live().public().first()
    return render_to_string(
        "umkm/includes/featured_products.html",
        {
            "products": items,
            "show_village": listing.is_portal(request),
            "index_url": umkm_index.get_url(request) if umkm_index else "",
        },
        request=request,
    )
