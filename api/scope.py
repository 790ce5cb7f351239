"""What one API request may see: the site it is about, and that site's content.

Every endpoint in ``api/`` starts here (DESIGN.md, "The rule that holds
everything together"). The site is the one serving the request's Host, or
the one named by ``?site=host`` (``host:port`` when two Sites share a
hostname). An unknown ``?site=`` is a 400, never a silent fallback to the
default site.
"""

from django.db.models import Q
from django.utils.functional import cached_property
from wagtail.models import Collection, CollectionViewRestriction, Page, Site

from tenants.codes import TenantKind
from tenants.models import Tenant

_SCOPE_ATTR = "_api_scope"


class ScopeError(ValueError):
    """The request names a site this install does not have."""


def _site_from_parameter(value: str) -> Site:
    hostname, _, port = value.strip().lower().partition(":")
    sites = Site.objects.select_related("root_page").filter(hostname=hostname)
    if port:
        if not port.isdigit():
            raise ScopeError(f"site: '{value}' is not a valid host or host:port.")
        sites = sites.filter(port=int(port))
    found = list(sites[:2])
    if not found:
        raise ScopeError(f"site: no site with hostname '{value}'.")
    if len(found) > 1:
        raise ScopeError(f"site: '{value}' matches several sites; add the port (host:port).")
    return found[0]


class ApiScope:
    """The site an API request is about, its tenant, and the querysets it may read."""

    def __init__(self, site: Site):
        self.site = site

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

    def pages(self, model=Page):
        """Live pages of this site without any view restriction (private or password)."""
        return model.objects.live().public().filter(path__startswith=self.site.root_page.path)

    def kecamatan_pages(self, model=Page):
        """On a portal: live public pages of the portal and its own villages.

        On a village site this is :meth:`pages`: only a portal looks across.
        """
        if not self.is_kecamatan:
            return self.pages(model)
        folder_path = self.site.root_page.path[: 2 * Page.steplen]
        return model.objects.live().public().filter(path__startswith=folder_path)

    def collections(self):
        """The tenant's own media collections (its collection and those below it),
        minus any with a view restriction and everything below those.

        A Site without a tenant has no media in the API.
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


def scope_for(request) -> ApiScope:
    """The :class:`ApiScope` of this request, computed once and kept on it.

    Raises :class:`ScopeError` for an unknown ``?site=``; endpoints turn that
    into a 400. Raises it too when no site serves the request.
    """
    cached = getattr(request, _SCOPE_ATTR, None)
    if cached is not None:
        return cached
    value = request.GET.get("site", "")
    if value.strip():
        site = _site_from_parameter(value)
    else:
        site = Site.find_for_request(request)
        if site is None:
            raise ScopeError("No site serves this host; name one with ?site=host.")
    scope = ApiScope(site)
    setattr(request, _SCOPE_ATTR, scope)
    return scope
