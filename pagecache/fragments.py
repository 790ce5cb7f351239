"""Cached fragments of public pages: the parts that cost queries but not per page.

Each tenant home shows sections from several apps (services, news, agenda,
gallery, UMKM…), each a few queries, and every page shows the site's menu.
Neither depends on the page being read, so their rendered value is cached
per site, keyed by the site's page-cache generation: it is dropped by exactly
the changes that invalidate the full page (see ``pagecache.invalidation``).
This also helps when the full page cannot be cached (a reader with a session
cookie). Previews and logged-in users always get freshly rendered fragments.
"""

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port

from pagecache import store

FRAGMENT_PREFIX = "pagecache:fragment:"


def cached_site_fragment(request, name: str, render):
    """``render()``'s value (picklable) for this request's host under ``name``,
    from the cache while the site's generation is unchanged.
    """
    seconds = settings.PAGECACHE_FRAGMENT_SECONDS
    user = getattr(request, "user", None)
    if (
        seconds <= 0
        or getattr(request, "is_preview", False)
        or (user is not None and user.is_authenticated)
    ):
        return render()
    host = request.get_host()
    generation = store.current_generation(split_domain_port(host)[0])
    key = f"{FRAGMENT_PREFIX}{name}:{request.scheme}:{host.lower()}:{generation}"
    value = cache.get(key)
    if value is None:
        value = render()
        cache.set(key, value, seconds)
    return value


def cached_home_sections(request, page, render) -> list[str]:
    """``render()``'s sections for ``page``, from the cache when still current."""
    return cached_site_fragment(request, f"home-sections:{page.pk}", render)


def cached_main_nav(request, render) -> dict:
    """``render()``'s menu entries for this request's site, from the cache when current."""
    return cached_site_fragment(request, "main-nav", render)


def cached_site_head(request, render) -> dict:
    """``render()``'s icons, share card and feeds for this request's site, while current."""
    return cached_site_fragment(request, "site-head", render)
