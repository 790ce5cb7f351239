"""The anonymous page cache's storage: per-site generations and cached responses.

Every cached response is stored with the generation of its site at the time
it was rendered. Invalidating a site is one ``cache.set`` of a new generation:
old entries stop matching and age out by their timeout. The cost of a publish
is therefore flat in the number of pages and sites; only a shared service
touches several sites, and then only the villages of its own kecamatan.
"""

import hashlib
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

GENERATION_PREFIX = "pagecache:gen:"
ENTRY_PREFIX = "pagecache:page:"


def generation_key(hostname: str) -> str:
    """Cache key of the generation of the site answering at ``hostname``."""
    return GENERATION_PREFIX + hostname.lower().rstrip(".")


def entry_key(scheme: str, host: str, full_path: str) -> str:
    """Cache key of one page: scheme, Host (with port) and path with query string."""
    digest = hashlib.blake2b(full_path.encode(), digest_size=16).hexdigest()
    return f"{ENTRY_PREFIX}{scheme}:{host.lower()}:{digest}"


def new_generation() -> str:
    """A fresh, unique generation value."""
    return uuid.uuid4().hex


def bump(hostnames) -> None:
    """Invalidate every cached page of the sites answering at ``hostnames``.

    Inside a transaction the sites are invalidated again when it commits: a
    reader on another process in between renders the old content (it cannot
    see the change yet) and would store it under the new generation.
    """
    hostnames = {h for h in hostnames if h}
    if hostnames:
        _set_new_generations(hostnames)
        if transaction.get_connection().in_atomic_block:
            transaction.on_commit(lambda: _set_new_generations(hostnames))


def _set_new_generations(hostnames) -> None:
    cache.set_many({generation_key(h): new_generation() for h in hostnames}, timeout=None)


def timeout() -> int:
    """Seconds a cached page lives at most, even without an invalidation."""
    return settings.PAGECACHE_SECONDS


def current_generation(hostname: str) -> str:
    """The site's generation, starting a new one if the cache has none."""
    key = generation_key(hostname)
    generation = cache.get(key)
    if generation is None:
        generation = new_generation()
        cache.set(key, generation, None)
    return generation
