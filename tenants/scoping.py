"""Scoping helpers: the one place that decides what a request may see.

Every public view, template tag, feed and API endpoint starts here rather than
from ``Page.objects`` (DESIGN.md, "The rule that holds everything together").

Two scopes exist:

* the **site scope**: pages under the current Site's root page;
* the **kecamatan scope**, for a portal only: pages under its
  ``KecamatanFolder``, i.e. the portal and its own villages, never another
  kecamatan's.
"""

from django.http import Http404
from wagtail.models import Page, Site

from cms.models import SiteProfile
from tenants.codes import TenantKind
from tenants.models import Tenant

_TENANT_ATTR = "_tenant"
_VILLAGES_ATTR = "_portal_villages"


def current_site(request) -> Site:
    """The Site serving this request; 404 when the install has none for it."""
    site = Site.find_for_request(request)
    if site is None:
        raise Http404("No site is configured for this host.")
    return site


def current_tenant(request) -> Tenant | None:
    """The tenant whose Site serves this request (cached on the request)."""
    if not hasattr(request, _TENANT_ATTR):
        site = Site.find_for_request(request)
        tenant = None
        if site is not None:
            tenant = (
                Tenant.objects.select_related("site__siteprofile", "home_page", "kecamatan__site")
                .filter(site_id=site.pk)
                .first()
            )
        if tenant is not None:
            _share_site_profile(request, tenant.site)
        setattr(request, _TENANT_ATTR, tenant)
    return getattr(request, _TENANT_ATTR)


def _share_site_profile(request, site: Site) -> None:
    """Hand the SiteProfile read along with the tenant to Wagtail's per-request
    settings cache, so the templates' ``settings.cms.SiteProfile`` costs no
    query of its own.
    """
    try:
        profile = site.siteprofile
    except SiteProfile.DoesNotExist:
        return  # SiteProfile.for_request creates it as usual
    attr = SiteProfile.get_cache_attr_name()
    if not hasattr(request, attr):
        profile._request = request  # as SiteProfile.for_request sets it
        setattr(request, attr, profile)


def site_pages(request):
    """Live, public pages of the current site only."""
    root = current_site(request).root_page
    return Page.objects.live().public().descendant_of(root, inclusive=True)


def kecamatan_pages(request):
    """Live, public pages of the current portal and its villages.

    On a village site this is the same as :func:`site_pages`: only a portal
    may look across its villages.
    """
    tenant = current_tenant(request)
    if tenant is None or tenant.kind != TenantKind.KECAMATAN:
        return site_pages(request)
    # The KecamatanFolder is the home's parent; its path is the home's minus
    # one step, so the folder itself need not be loaded.
    folder_path = tenant.home_page.path[: -Page.steplen]
    return (
        Page.objects.live().public().filter(path__startswith=folder_path).exclude(path=folder_path)
    )


def villages_of_current_kecamatan(request):
    """The villages of the portal serving this request, by name; empty elsewhere."""
    tenant = current_tenant(request)
    if tenant is None or tenant.kind != TenantKind.KECAMATAN:
        return Tenant.objects.none()
    return (
        tenant.villages.filter(home_page__live=True)
        .select_related("site", "home_page")
        .order_by("name")
    )


def village_of_current_kecamatan(request, slug: str) -> Tenant | None:
    """The village of this portal whose home page has ``slug``, or None."""
    return villages_of_current_kecamatan(request).filter(home_page__slug=slug).first()


def tenants_in_scope(request) -> list[Tenant]:
    """The tenants whose pages :func:`kecamatan_pages` covers: the portal and
    its villages on a portal, the village alone on a village site.
    """
    tenant = current_tenant(request)
    if tenant is None:
        return []
    if tenant.kind != TenantKind.KECAMATAN:
        return [tenant]
    return [tenant, *_villages_of_portal(request)]


def live_villages(request) -> list[Tenant]:
    """:func:`villages_of_current_kecamatan` as a list, sharing one query per
    request with :func:`tenants_in_scope` (lists show both the village
    filter and labels).
    """
    villages = [v for v in _villages_of_portal(request) if v.home_page.live]
    return sorted(villages, key=lambda village: village.name)


def _villages_of_portal(request) -> list[Tenant]:
    """Every village of the portal serving this request, by code (cached on the
    request); empty on a village site.
    """
    if not hasattr(request, _VILLAGES_ATTR):
        tenant = current_tenant(request)
        villages = []
        if tenant is not None and tenant.kind == TenantKind.KECAMATAN:
            villages = list(tenant.villages.select_related("site", "home_page").order_by("code"))
        setattr(request, _VILLAGES_ATTR, villages)
    return getattr(request, _VILLAGES_ATTR)


def label_pages(request, pages) -> list[tuple]:
    """Pair each page with the tenant whose site holds it: ``[(page, tenant), …]``.

    Used by the portal's aggregations (news, UMKM, search) to label every item
    with its village. A page outside the current scope is dropped rather than
    labelled, so an aggregation can never show another kecamatan's page.
    Costs one query for the tenants, whatever the number of pages.
    """
    return label_pages_for(tenants_in_scope(request), pages)


def label_pages_for(tenants, pages) -> list[tuple]:
    """:func:`label_pages` for an explicit list of tenants (their ``home_page``
    loaded): pages under none of their homes are dropped.
    """
    by_home_path = {t.home_page.path: t for t in tenants}
    depth_of_homes = 3  # Root (1) / KecamatanFolder (2) / home (3)
    prefix_length = depth_of_homes * Page.steplen
    labelled = []
    for page in pages:
        tenant = by_home_path.get(page.path[:prefix_length])
        if tenant is not None:
            labelled.append((page, tenant))
    return labelled
