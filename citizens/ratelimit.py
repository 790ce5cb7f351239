"""Per-IP rate limits on public submissions and code lookups, kept in Django's cache.

A fixed window per IP and action: the first hit starts a counter that
expires after the window, and hits beyond the limit are refused until then.
Behind a proxy, REMOTE_ADDR must be the client's address (set by the proxy
configuration, e.g. gunicorn's ``--forwarded-allow-ips``).
"""

from django.conf import settings
from django.core.cache import cache

WINDOW_SECONDS = 3600
DEFAULT_LIMITS = {"submit": 10, "lookup": 60}


def client_ip(request) -> str:
    return request.META.get("REMOTE_ADDR", "") or "unknown"


def limit_for(action: str) -> int:
    return getattr(settings, "CITIZEN_RATE_LIMITS", {}).get(action, DEFAULT_LIMITS[action])


def hit(request, action: str) -> bool:
    """Count one ``action`` from this request's IP; False when over the limit."""
    key = f"citizens:rate:{action}:{client_ip(request)}"
    cache.add(key, 0, WINDOW_SECONDS)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, WINDOW_SECONDS)
        count = 1
    return count <= limit_for(action)
