"""Site root paths kept per process, so that page URLs cost the same at 10 or 5,000 sites.

Wagtail computes every page URL from the list of all sites' root paths
(``Site.get_site_root_paths``). Stock Wagtail 8.0.1 re-reads that list from
the cache (unpickling every site) for each page object that has no request,
scans the whole list for each URL, and builds a set of all site ids in
every ``Page.get_url``. With thousands of sites that dominates a page render
and the API (see DESIGN.md, "Scale notes").

Here the list is loaded once per process and indexed by root path:

* ``Site.get_site_root_paths`` returns the per-process list (the same
  ordering and values as Wagtail's own);
* ``Page._get_relevant_site_root_paths`` looks up the few prefixes of the
  page's ``url_path`` in a dict instead of scanning every site;
* ``Page.get_url`` uses the stored number of sites instead of rebuilding it.

Within a request, URLs computed without it (``page.url``, ``page.full_url``,
rich-text links, the API's ``html_url``) use the request's index too
(``RequestSiteRootsMiddleware`` binds the request): a listing of 20 pages
checks the index's generation in the shared cache once, not once per page.

The copy is a ``tenants.generations.ProcessCopy``: invalidated through a
generation value in the shared cache, bumped whenever Wagtail clears its own
site-root cache (Site saved or deleted, a site root's path changed) and again
when that change commits, and reloaded at least every ``LOCAL_MAX_AGE``
seconds as a safety net. ``install()`` is called once from
``TenantsConfig.ready``.
"""

from contextvars import ContextVar

from django.db import transaction
from wagtail.models import Page, Site

from tenants.generations import ProcessCopy

GENERATION_KEY = "pagecache:site-roots:generation"
LOCAL_MAX_AGE = 60

# The request being served, where URLs computed without a request keep the index.
_current_request: ContextVar = ContextVar("kcms_site_root_request", default=None)

_wagtail_get_site_root_paths = Site.get_site_root_paths
_wagtail_clear_site_root_paths_cache = Site.clear_site_root_paths_cache


class SiteRootIndex:
    """All site root paths in Wagtail's order, by root path, and the site count."""

    def __init__(self, paths):
        self.paths = paths
        self.site_count = len({srp.site_id for srp in paths})
        self.by_root: dict[str, list[tuple[int, object]]] = {}
        for position, srp in enumerate(paths):
            self.by_root.setdefault(srp.root_path, []).append((position, srp))

    def relevant(self, url_path: str) -> tuple:
        """Root paths that ``url_path`` starts with, in Wagtail's order."""
        found = []
        end = url_path.find("/", 1)
        found += self.by_root.get("/", [])
        while end != -1:
            found += self.by_root.get(url_path[: end + 1], [])  # each ancestor's url_path
            end = url_path.find("/", end + 1)
        return tuple(srp for _position, srp in sorted(found, key=lambda item: item[0]))


_index = ProcessCopy(
    GENERATION_KEY, lambda: SiteRootIndex(list(_wagtail_get_site_root_paths())), LOCAL_MAX_AGE
)


def current_index() -> SiteRootIndex:
    """This process's index, reloaded when another process changed a site."""
    return _index.get()


def reset_local() -> None:
    """Forget this process's copy (tests, bulk changes)."""
    _index.reset_local()


def get_site_root_paths():
    """Replacement for ``Site.get_site_root_paths``: the per-process list."""
    return current_index().paths


def clear_site_root_paths_cache():
    """Replacement for ``Site.clear_site_root_paths_cache``: also every process's index.

    Inside a transaction the clear is done again when it commits: until then
    other processes cannot see the change, and one that reloads in between
    would keep the old list (Wagtail caches it for an hour in the shared cache).
    """
    _clear_everywhere()
    if transaction.get_connection().in_atomic_block:
        transaction.on_commit(_clear_everywhere)


def _clear_everywhere() -> None:
    _wagtail_clear_site_root_paths_cache()
    _index.bump()


def bind_request(request):
    """Let URLs computed without a request use ``request``'s index until
    :func:`unbind_request` is called with the returned token."""
    return _current_request.set(request)


def unbind_request(token) -> None:
    """End what :func:`bind_request` started."""
    _current_request.reset(token)


def _index_for(page, cache_object) -> SiteRootIndex:
    """The index, cached on the request as Wagtail caches its list: the one
    given, else the request being served, else (outside requests) the page."""
    holder = cache_object
    if holder is None:
        holder = _current_request.get()
        if holder is None:
            holder = page
    try:
        return holder._kcms_site_root_index
    except AttributeError:
        holder._kcms_site_root_index = current_index()
        return holder._kcms_site_root_index


def _get_site_root_paths(self, cache_object=None, **kwargs):
    return _index_for(self, cache_object or kwargs.get("request")).paths


def _get_relevant_site_root_paths(self, cache_object=None):
    return _index_for(self, cache_object).relevant(self.url_path)


def get_url(self, request=None, current_site=None):
    """Wagtail's ``Page.get_url``, with the site count read from the index."""
    if current_site is None and request is not None:
        current_site = Site.find_for_request(request)
    url_parts = self.get_url_parts(request=request)
    if url_parts is None or url_parts[1] is None and url_parts[2] is None:
        return None
    site_id, root_url, page_path = url_parts
    num_sites = _index_for(self, request).site_count
    if (current_site is not None and site_id == current_site.id) or num_sites == 1:
        return page_path
    return root_url + page_path


def install() -> None:
    """Put the per-process index in place of Wagtail's list scans."""
    Site.get_site_root_paths = staticmethod(get_site_root_paths)
    Site.clear_site_root_paths_cache = staticmethod(clear_site_root_paths_cache)
    Page._get_site_root_paths = _get_site_root_paths
    Page._get_relevant_site_root_paths = _get_relevant_site_root_paths
    Page.get_url = get_url
    Page.url = property(get_url)
