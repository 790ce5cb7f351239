"""Which Host headers this install answers: every Site's hostname, and nothing else.

The set of hostnames is kept per process and checked in O(1) per request, so
the cost does not grow with the number of sites. It is invalidated through a
generation value in the shared cache (``tenants.generations``), bumped
whenever a Site is saved or deleted (see ``tenants.signals``). A hostname not
in the local set is confirmed against the database before it is refused, so
a site onboarded by another process is served at once even with a
per-process cache.
"""

from django.conf import settings
from wagtail.models import Site

from tenants.generations import ProcessCopy

GENERATION_KEY = "tenants:site-hostnames:generation"
# Even without a bump, reload at least this often (seconds).
LOCAL_MAX_AGE = 60


def _load() -> frozenset[str]:
    return frozenset(h.lower() for h in Site.objects.values_list("hostname", flat=True))


_hostnames = ProcessCopy(GENERATION_KEY, _load, LOCAL_MAX_AGE)


def site_hostnames() -> frozenset[str]:
    """Every Site hostname, lower-cased, from the per-process copy when it is fresh."""
    return _hostnames.get()


def bump_generation() -> str:
    """Mark every process's copy of the hostnames stale. Returns the new generation."""
    return _hostnames.bump()


def reset_local() -> None:
    """Forget this process's copy (used by tests and after bulk changes)."""
    _hostnames.reset_local()


def is_known_host(hostname: str) -> bool:
    """True if ``hostname`` belongs to a Site or to ``EXTRA_ALLOWED_HOSTS``."""
    hostname = hostname.lower().rstrip(".")
    if not hostname:
        return False
    if hostname in settings.EXTRA_ALLOWED_HOSTS or hostname in site_hostnames():
        return True
    # Not in our copy: a Site may have been added by another process whose
    # bump we cannot see (per-process cache). One indexed query settles it.
    if Site.objects.filter(hostname__iexact=hostname).exists():
        bump_generation()
        return True
    return False


def own_site_hostname(hostname: str) -> str | None:
    """``hostname``, normalised, when a Site of that hostname answers it; None
    for ``EXTRA_ALLOWED_HOSTS``, which are served the default site (whichever
    that is, only a query can tell).

    Per-site caches key by this: content of the Site answering ``hostname``.
    """
    hostname = hostname.lower().rstrip(".")
    if not hostname or hostname in settings.EXTRA_ALLOWED_HOSTS:
        return None
    return hostname
