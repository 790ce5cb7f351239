"""Per-client rate limits on public submissions and code lookups (``cms.ratelimit``).

A fixed window per client address and action: the first counted hit starts
a counter that expires after the window, and hits beyond the limit are
refused until then. The client address is ``cms.clientip.client_ip``, the
project's one rule (behind nginx, the ``X-Forwarded-For`` hop the proxy
wrote, never the proxy's own address).
"""

from django.conf import settings

from cms import ratelimit
from cms.clientip import client_ip

WINDOW_SECONDS = 3600
DEFAULT_LIMITS = {"submit": 10, "lookup": 60}


def limit_for(action: str) -> int:
    return getattr(settings, "CITIZEN_RATE_LIMITS", {}).get(action, DEFAULT_LIMITS[action])


def _key(request, action: str) -> str:
    return f"citizens:rate:{action}:{client_ip(request) or 'unknown'}"


def hit(request, action: str) -> bool:
    """Count one ``action`` from this request's client; False when over the limit."""
    return ratelimit.hit(_key(request, action), limit_for(action), WINDOW_SECONDS)


def exhausted(request, action: str) -> bool:
    """True when this client has used up ``action``'s budget; counts nothing.

    For budgets that only count successes (a valid submission): checked
    first, so an exhausted client is refused before any work is done, and
    ``hit`` is called once the request has earned its place in the count.
    """
    return ratelimit.count(_key(request, action)) >= limit_for(action)
