"""Refuse requests whose Host matches no site (see ``tenants.hosts``), and
share one site-root index per request (see ``tenants.siteroots``)."""

from django.core.exceptions import DisallowedHost
from django.http.request import split_domain_port

from tenants import siteroots
from tenants.hosts import is_known_host

# Load balancers probe these by IP address, with no site's Host. Exact paths,
# GET/HEAD only: they answer JSON about the process, never site content.
HOST_CHECK_EXEMPT_PATHS = frozenset({"/healthz", "/readyz"})


class KnownHostMiddleware:
    """Answer 400 to a Host header that is not a Site's hostname.

    Wagtail serves the default site to any unknown host, which would let a
    stranger's domain show one of our sites. Django's ``ALLOWED_HOSTS`` is a
    fixed list and cannot follow onboarding, so this middleware does that job
    with the live list of Sites. Raising ``DisallowedHost`` gives Django's
    standard 400 response and security log entry.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info in HOST_CHECK_EXEMPT_PATHS and request.method in ("GET", "HEAD"):
            return self.get_response(request)
        raw_host = request._get_raw_host()
        hostname, _port = split_domain_port(raw_host)
        if not is_known_host(hostname):
            raise DisallowedHost(f"Invalid HTTP_HOST header: {raw_host!r}. No site has this host.")
        return self.get_response(request)


class RequestSiteRootsMiddleware:
    """Page URLs computed without the request, while serving it, use its site-root index.

    Wagtail's serializers and rich-text links ask for ``page.full_url`` or
    ``page.url`` with no request; each page object then checked the index's
    generation in the shared cache on its own, a round trip per page of a
    listing. Bound here, they share the request's index: one check per request.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = siteroots.bind_request(request)
        try:
            return self.get_response(request)
        finally:
            siteroots.unbind_request(token)
