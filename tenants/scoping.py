"""Scoping helpers: the one place that decides what a request may see.

Every public view, template tag, feed and API endpoint starts here rather than
from ``Page.objects`` (DESIGN.md, "The rule that holds everything together").

Two scopes exist:

* the **site scope**: pages under the current Site's root page;
* the **kecamatan scope**, for a portal only: pages under its
  ``KecamatanFolder``, i.e. the portal and its own villages, never another
  kecamatan's.

:class:`SiteScope` answers both for any Site (the content API reads a site
named by ``?site=``); the request functions below answer them for the Site
serving a request. Admin reach is :mod:`tenants.reach`; the tree's shape is
:mod:`tenants.tree`.
"""

from django.db.models import Q
from django.http import Http404
from django.utils.functional import cached_property
from wagtail.models import Collection, CollectionViewRestriction, Page, Site

from cms.models import SiteProfile
from tenants import tree
from tenants.codes import TenantKind
from tenants.models import Tenant

_TENANT_ATTR = "_tenant"
_VILLAGES_ATTR = "_portal_villages"
_SCOPE_ATTR = "_site_scope"
_UNKNOWN = object()


class SiteScope:
    """One Site, its tenant, and the content a public reader of it may see."""

    def __init__(self, site: Site, tenant=_UNKNOWN):
        self.site = site
        if tenant is not _UNKNOWN:
            self.__dict__["tenant"] = tenant  # seeds the cached_property

    @cached_property
    def tenant(self) -> Tenant | None:
        """The tenant owning the site (None for a Site made outside onboarding)."""
        return (
            Tenant.objects.select_related("site", "kecamatan", "collection", "home_page")
            .filter(site_id=self.site.pk)
            .first()
        )

    @property
    def is_kecamatan(self) -> bool:
        return self.tenant is not None and self.tenant.kind == TenantKind.KECAMATAN

    @property
    def root_url(self) -> str:
        return self.site.root_url

    @cached_property
    def tenants(self) -> list[Tenant]:
        """The tenants whose pages :meth:`kecamatan_pages` covers: the portal and
        its villages (by code) on a portal, the village alone on a village site."""
        if self.tenant is None:
            return []
        if not self.is_kecamatan:
            return [self.tenant]
        villages = self.tenant.villages.select_related("site", "home_page").order_by("code")
        return [self.tenant, *villages]

    def pages(self, model=Page):
        """Live pages of this site without any view restriction (private or password)."""
        root_path = self.site.root_page.path
        return model.objects.live().public().filter(path__startswith=root_path)

    def kecamatan_pages(self, model=Page):
        """On a portal: live public pages of the portal and its own villages
        (never the ``KecamatanFolder`` itself, which is not served).

        On a village site this is :meth:`pages`: only a portal looks across.
        """
        if not self.is_kecamatan:
            return self.pages(model)
        return model.objects.live().public().filter(tree.in_folder_of(self.tenant.home_page))

    def collections(self):
        """The tenant's own media collections (its collection and those below it),
        minus any with a view restriction and everything below those.

        A Site without a tenant has no public media.
        """
        if self.tenant is None:
            return Collection.objects.none()
        own = self.tenant.collection
        restricted_paths = list(
            CollectionViewRestriction.objects.filter(
                collection__path__startswith=own.path
            ).values_list("collection__path", flat=True)
        )
        collections = Collection.objects.filter(path__startswith=own.path)
        if restricted_paths:
            exclude = Q()
            for path in restricted_paths:
                exclude |= Q(path__startswith=path)
            collections = collections.exclude(exclude)
        return collections


def request_scope(request) -> SiteScope:
    """The :class:`SiteScope` of the Site serving this request (kept on it)."""
    scope = getattr(request, _SCOPE_ATTR, None)
    if scope is None:
        scope = SiteScope(current_site(request), current_tenant(request))
        setattr(request, _SCOPE_ATTR, scope)
    return scope


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
                Tenant.objects.select_related(
                    "site__siteprofile", "home_page", "kecamatan__site", "collection"
                )
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


def site_pages(request, model=Page):
    """Live, public pages of the current site only."""
    return request_scope(request).pages(model)


def kecamatan_pages(request, model=Page):
    """Live, public pages of the current portal and its villages.

    On a village site this is the same as :func:`site_pages`: only a portal
    may look across its villages.
    """
    return request_scope(request).kecamatan_pages(model)


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
    labelled = []
    for page in pages:
        tenant = by_home_path.get(tree.home_path(page))
        if tenant is not None:
            labelled.append((page, tenant))
    return labelled


def tenants_of_pages(pages, *, related=("site",)) -> dict[int, Tenant]:
    """``{page id: tenant whose site holds it}`` for ``pages``, in one query.

    Pages above the homes (the root, a kecamatan folder) are left out. The
    cost follows the number of pages, never the number of sites.
    """
    home_paths = {page.pk: tree.home_path(page) for page in pages}
    wanted = {path for path in home_paths.values() if path is not None}
    if not wanted:
        return {}
    by_path = {
        tenant.home_page.path: tenant
        for tenant in Tenant.objects.select_related("home_page", *related).filter(
            home_page__path__in=wanted
        )
    }
    return {pk: by_path[path] for pk, path in home_paths.items() if path in by_path}


def tenant_of_page(page, *, related=("site",)) -> Tenant | None:
    """The tenant whose site holds ``page`` (None above the homes). One query;
    to label many pages use :func:`label_pages`."""
    home = tree.home_path(page)
    if home is None:
        return None
    return Tenant.objects.select_related(*related).filter(home_page__path=home).first()


def folder_pages(page, model=Page):
    """Pages of ``model`` in the same KecamatanFolder as ``page`` (the folder
    itself excluded), drafts included: narrow with ``.live()`` as needed.

    For content that one kecamatan shares between its sites, such as the
    shared service catalogue of a village.
    """
    if not page.path:
        return model.objects.none()
    return model.objects.filter(tree.in_folder_of(page))
