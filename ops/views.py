"""Liveness and readiness probes.

``/healthz`` says the process answers; it touches nothing, so a slow
database never makes a load balancer kill healthy workers. ``/readyz`` says
this node can serve: it checks the database and the cache and answers 503,
naming the failing part, so the node is taken out of rotation until it heals.
Both are exempt from the host check (see ``tenants.middleware``) because load
balancers probe by IP address.
"""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)


@never_cache
@require_safe
def healthz(request):
    """Liveness: answers 200 as long as the process can run a view."""
    return JsonResponse({"status": "ok"})


def check_database() -> None:
    """Run a trivial query; raises on any database failure."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()


def check_cache() -> None:
    """Write and read back a short-lived key; raises if the round trip fails.

    The fault-tolerant Redis backend (``ops.cache``) hides errors from page
    code, so it is asked to raise here: readiness must see the outage.
    """
    key = f"ops:readyz:{uuid.uuid4().hex}"
    strict = getattr(cache, "strict", None)
    backend = strict() if strict else cache
    backend.set(key, "1", 10)
    if backend.get(key) != "1":
        raise RuntimeError("cache did not return the value just written")
    backend.delete(key)


CHECKS = {"database": check_database, "cache": check_cache}


@never_cache
@require_safe
def readyz(request):
    """Readiness: 200 when the database and the cache answer, else 503 naming the failures."""
    results = {}
    for name, check in CHECKS.items():
        try:
            check()
        except Exception as exc:  # noqa: BLE001  (any failure means "not ready")
            logger.warning("readiness check %s failed: %s", name, exc)
            results[name] = "error"
        else:
            results[name] = "ok"
    failing = [name for name, result in results.items() if result != "ok"]
    body = {"status": "error" if failing else "ok", "checks": results, "failing": failing}
    return JsonResponse(body, status=503 if failing else 200)
