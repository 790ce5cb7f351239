"""The anonymous page cache's storage: per-site generations and cached responses.

Every cached response is stored with the generation of its site at the time
it was rendered. Invalidating a site is one ``cache.set`` of a new generation:
old entries stop matching and age out by their timeout. The cost of a publish
is therefore flat in the number of pages and sites; only a shared service
touches several sites, and then only the villages of its own kecamatan.

The same generations key the content API's response cache (``api.cache``).
Every bump also bumps one install-wide generation, for what belongs to no
single site (the API's directory of sites). A generation records when it was
started, which serves as a cheap ``Last-Modified``.
"""

import hashlib
import time
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

GENERATION_PREFIX = "pagecache:gen:"
ENTRY_PREFIX = "pagecache:page:"
# Bumped with every site's: "something changed somewhere".
ANY_SITE_GENERATION_KEY = GENERATION_PREFIX + "*"


def generation_key(hostname: str) -> str:
    """Cache key of the generation of the site answering at ``hostname``."""
    return GENERATION_PREFIX + hostname.lower().rstrip(".")


def entry_key(scheme: str, host: str, full_path: str) -> str:
    """Cache key of one page: scheme, Host (with port) and path with query string."""
    digest = hashlib.blake2b(full_path.encode(), digest_size=16).hexdigest()
    return f"{ENTRY_PREFIX}{scheme}:{host.lower()}:{digest}"


def new_generation() -> str:
    """A fresh, unique generation value: the time it started (hex seconds) and a random part."""
    return f"{int(time.time()):x}-{uuid.uuid4().hex}"


def generation_time(generation: str) -> int | None:
    """When ``generation`` was started (Unix seconds), or None if it does not say.

    Nothing of its site changed since then, so this is a safe Last-Modified: a
    generation started afresh (the cache lost it) only looks newer than the
    content, never older. For several generations joined by :func:`lookup`,
    the newest.
    """
    stamps = []
    for part in str(generation).split("+"):
        stamp, sep, _rest = part.partition("-")
        try:
            stamps.append(int(stamp, 16) if sep else None)
        except ValueError:
            stamps.append(None)
    return None if None in stamps else max(stamps)


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
    generations = {generation_key(h): new_generation() for h in hostnames}
    generations[ANY_SITE_GENERATION_KEY] = new_generation()
    cache.set_many(generations, timeout=None)


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


def lookup(gen_keys, key: str) -> tuple[str, dict | None]:
    """The current generation of ``gen_keys`` (each started if missing; several
    are joined with "+") and the entry stored under ``key`` if it was stored
    under that generation, else None.

    One round trip to the cache for all of them.
    """
    found = cache.get_many([*gen_keys, key])
    generations = []
    for gen_key in gen_keys:
        generation = found.get(gen_key)
        if generation is None:
            generation = new_generation()
            cache.set(gen_key, generation, None)
        generations.append(generation)
    generation = "+".join(generations)
    entry = found.get(key)
    if entry is not None and entry.get("generation") != generation:
        entry = None
    return generation, entry
