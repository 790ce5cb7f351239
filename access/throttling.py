"""Login throttling with django-axes: the client address and the lockout page."""

from axes.helpers import get_cool_off, get_failure_limit
from django.conf import settings
from django.shortcuts import render

# The project's one client-address rule; axes counts failures against it
# (``AXES_CLIENT_IP_CALLABLE``). Re-exported for code that knew it here.
from cms.clientip import client_ip

__all__ = ["client_ip", "lockout_response"]


def lockout_response(request, response, credentials):
    """The lockout page in Indonesian, with the wait in minutes (HTTP 429).

    OpenSID's "Buat Key" call (``villagedata.login``) reads JSON, never a page.
    """
    if getattr(request, "opendk_login", False):
        from villagedata.login import lockout_json, with_cors

        return with_cors(lockout_json(request))
    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    return render(
        request,
        "access/lockout.html",
        {"failure_limit": get_failure_limit(request, credentials), "minutes": minutes},
        status=settings.AXES_HTTP_RESPONSE_CODE,
    )
