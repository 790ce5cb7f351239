"""Which sites a change makes stale, and the purge of a front cache.

A page belongs to the Site whose root is its ancestor. Within a kecamatan
(one ``KecamatanFolder``) content also crosses sites in two known ways:

* the portal aggregates its villages' content (news, data, directory), so a
  change on a village site also makes the kecamatan portal stale;
* the portal's shared services (ServicePages in the ServiceCatalogPage, and
  the catalogue and kecamatan home themselves) appear on every village site
  of that kecamatan, so such a change makes all of them stale.

Both stay inside one folder, so the cost grows with the villages of one
kecamatan, never with the number of sites in the install. Any other
cross-site dependency is bounded by ``PAGECACHE_SECONDS``.

Media follow the same rule through their tenant: an image or document of a
village's collection is shown on that village and its portal, one of a
kecamatan's on the portal and (forms of shared services) its villages,
exactly the sites a change to that tenant's home page makes stale.
"""

from django.conf import settings
from django.db.models import Q
from wagtail.models import Collection, Site

from pagecache import store
from services.models import ServiceCatalogPage, ServicePage, VillageServiceIndexPage
from tenants import reach, tree
from tenants.models import KecamatanFolder, KecamatanHomePage


def _folder_prefix(path: str) -> str:
    """The path of the KecamatanFolder holding ``path`` (or ``path`` if shallower)."""
    return tree.folder_path(path) or path


def _is_shared_with_villages(page) -> bool:
    """True for content of the portal that every village of the kecamatan shows."""
    specific_class = page.specific_class or type(page)
    if issubclass(specific_class, (KecamatanHomePage, ServiceCatalogPage, KecamatanFolder)):
        return True
    if issubclass(specific_class, ServicePage):
        return ServiceCatalogPage.objects.filter(path=tree.parent_path(page)).exists()
    return False


def stale_hostnames(page, extra_paths=()) -> set[str]:
    """Hostnames of the sites whose cached pages a change to ``page`` affects.

    ``extra_paths`` adds former locations (a moved page's old parent).
    """
    paths = [page.path, *extra_paths]
    folders = {_folder_prefix(p) for p in paths if p}
    query = Q()
    for folder in folders:
        query |= Q(root_page__path__startswith=folder)
    # A change at or above a folder (the root, a folder itself) reaches every
    # site below it; those roots start with the changed path.
    for p in paths:
        query |= Q(root_page__path__startswith=p)
    sites = list(
        Site.objects.filter(query).values_list(
            "hostname", "root_page__path", "root_page__content_type__model"
        )
    )
    if _is_shared_with_villages(page):
        return {hostname for hostname, _path, _model in sites}

    stale = set()
    for hostname, root_path, _model in sites:
        owns_page = any(p.startswith(root_path) or root_path.startswith(p) for p in paths)
        if owns_page:
            stale.add(hostname)
    # A village's change shows in its portal's aggregations.
    if any(model != "kecamatanhomepage" for h, _p, model in sites if h in stale):
        stale |= {h for h, _p, model in sites if model == "kecamatanhomepage"}
    return stale


def invalidate_page(page, extra_paths=()) -> set[str]:
    """Make the cached pages of every site ``page`` affects stale; return their hosts."""
    hostnames = stale_hostnames(page, extra_paths)
    store.bump(hostnames)
    return hostnames


def invalidate_site(site: Site) -> None:
    """Make every cached page of ``site`` stale."""
    store.bump({site.hostname})


def invalidate_collections(collection_ids) -> set[str]:
    """Make stale the sites showing media of the collections with ``collection_ids``.

    Media outside every tenant's collections (the root collection) are shown
    by no site's API and reach pages only through ``PAGECACHE_SECONDS``.
    """
    hostnames = set()
    for collection in Collection.objects.filter(pk__in=[c for c in collection_ids if c]):
        tenant = reach.tenant_of_collection(collection)
        if tenant is not None:
            hostnames |= stale_hostnames(tenant.home_page)
    store.bump(hostnames)
    return hostnames


def site_ids_of(instance) -> list[int]:
    """Ids of the Sites a non-page row belongs to, through its foreign keys to Site."""
    return [
        getattr(instance, field.attname)
        for field in type(instance)._meta.concrete_fields
        if field.is_relation and field.related_model is Site and getattr(instance, field.attname)
    ]


def invalidate_sites(site_ids) -> None:
    """Make every cached page of the Sites with ``site_ids`` stale."""
    store.bump(set(Site.objects.filter(pk__in=site_ids).values_list("hostname", flat=True)))


def purge_shared_service_copies(page) -> list[str]:
    """Purge a shared service's copies on village hosts from a front cache.

    Wagtail's frontend-cache app purges a page's own URLs on publish; a shared
    service is also served at ``/layanan/<slug>/`` on every village of its
    kecamatan, which only this knows. Nothing happens unless
    ``WAGTAILFRONTENDCACHE`` is configured. Returns the URLs purged.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return []
    specific_class = page.specific_class or type(page)
    if not issubclass(specific_class, ServicePage) or not _is_shared_with_villages(page):
        return []
    from wagtail.contrib.frontend_cache.utils import purge_urls_from_cache

    indexes = VillageServiceIndexPage.objects.filter(
        path__startswith=_folder_prefix(page.path)
    ).live()
    urls = [f"{index.full_url}{page.slug}/" for index in indexes if index.full_url]
    if urls:
        purge_urls_from_cache(urls)
    return urls
