"""The client's IP address: the one rule for rate limits, login lockouts and audit logs.

Behind nginx (and maybe a load balancer in front of it) the socket address,
``REMOTE_ADDR``, is the nearest proxy's: counting on it would put every
citizen in one bucket. Each proxy appends the address it received the
request from to ``X-Forwarded-For`` (nginx: ``$proxy_add_x_forwarded_for``),
so with ``TRUSTED_PROXY_HOPS`` proxies in front of the app, the client is
that many hops from the right. Hops further left were written by the client
itself and are never trusted: anyone can send ``X-Forwarded-For: 1.2.3.4``.
"""

import ipaddress

from django.conf import settings


def _valid_ip(value: str | None) -> str | None:
    """``value`` as a normalised IP address, or None if it is not one."""
    try:
        return str(ipaddress.ip_address((value or "").strip()))
    except ValueError:
        return None


def client_ip(request) -> str | None:
    """The address of the client that sent ``request``, or None if it has none.

    With ``TRUSTED_PROXY_HOPS = n`` (``BEHIND_PROXY`` sets 1, for nginx), the
    n-th ``X-Forwarded-For`` hop from the right; with fewer hops than that,
    the leftmost one, which our outermost proxy wrote. Without trusted
    proxies, or when the header is missing or holds no valid address, the
    socket address. Always a valid IPv4/IPv6 address or None, so callers
    can store it in a ``GenericIPAddressField``.

    django-axes calls it through ``AXES_CLIENT_IP_CALLABLE``.
    """
    trusted_hops = getattr(settings, "TRUSTED_PROXY_HOPS", 0)
    if trusted_hops > 0:
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            address = _valid_ip(hops[-min(trusted_hops, len(hops))])
            if address:
                return address
    return _valid_ip(request.META.get("REMOTE_ADDR"))
