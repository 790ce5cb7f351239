"""Fixed-window counters in Django's cache: the project's one rate-limiting mechanism.

The first counted hit on a key starts a counter that expires ``window``
seconds later; what the count means (citizens' submissions per address,
wrong passwords per address and restriction, OpenSID message checks per
key) and what happens over the limit is the caller's business. With Redis
(``REDIS_URL``) the counts are shared by every worker; with the default
local-memory cache each process counts on its own.
"""

from django.core.cache import cache


def increment(key: str, window: int) -> int:
    """Count one hit on ``key``; returns the count in the current window."""
    cache.add(key, 0, window)
    try:
        return cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, window)
        return 1


def hit(key: str, limit: int, window: int) -> bool:
    """Count one hit on ``key``; False once it is over ``limit`` in the window."""
    return increment(key, window) <= limit


def count(key: str) -> int:
    """Hits on ``key`` in the current window; counts nothing."""
    return cache.get(key) or 0


def reset(key: str) -> None:
    """Forget ``key``'s hits (a right password clears its wrong guesses)."""
    cache.delete(key)
