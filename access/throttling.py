"""Login throttling with django-axes: the client address and the lockout page."""

from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.shortcuts import render


def client_ip(request) -> str | None:
    """The address axes counts failures against.

    Behind the project's reverse proxy (``BEHIND_PROXY``, which sets
    ``SECURE_PROXY_SSL_HEADER``) the socket address is the proxy's, so the
    last ``X-Forwarded-For`` hop, the one the proxy itself appended, is the
    client. Earlier hops are written by the client and never trusted.
    """
    if getattr(settings, "SECURE_PROXY_SSL_HEADER", None):
        forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
        hops = [hop.strip() for hop in forwarded.split(",") if hop.strip()]
        if hops:
            return hops[-1]
    return request.META.get("REMOTE_ADDR")


def lockout_response(request, response, credentials):
    """The lockout page in Indonesian, with the wait in minutes (HTTP 429)."""
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    return render(
        request,
        "access/lockout.html",
        {"failure_limit": get_failure_limit(request, credentials), "minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
