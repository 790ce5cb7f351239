"""Cached home-page sections: the part of a home page that costs the most queries.

Each tenant home shows sections from several apps (services, news, agenda,
gallery, UMKM…), each a few queries. Their HTML is cached per site, keyed by
the site's page-cache generation, so it is dropped by exactly the changes
that invalidate the full page (see ``pagecache.invalidation``). This also
helps when the full page cannot be cached (a reader with a session cookie).
Previews and logged-in users always get freshly rendered sections.
"""

from django.conf import settings
from django.core.cache import cache
from django.http.request import split_domain_port

from pagecache import store

SECTIONS_PREFIX = "pagecache:sections:"


def cached_home_sections(request, page, render) -> list[str]:
    """``render()``'s sections for ``page``, from the cache when still current."""
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
    key = f"{SECTIONS_PREFIX}{request.scheme}:{host.lower()}:{page.pk}:{generation}"
    sections = cache.get(key)
    if sections is None:
        sections = render()
        cache.set(key, sections, seconds)
    return sections
