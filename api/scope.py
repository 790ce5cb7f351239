"""Which site one API request is about.

Every endpoint in ``api/`` starts here (DESIGN.md, "The rule that holds
everything together"). The site is the one serving the request's Host, or
the one named by ``?site=host`` (``host:port`` when two Sites share a
hostname). A malformed ``?site=`` is a 400 and an unknown one a 404, never a
silent fallback to the default site. What that site's readers may see is
:class:`tenants.scoping.SiteScope`, the same rule the public pages use.
"""

from django.http.request import split_domain_port
from wagtail.models import Site

from api.parameters import SITE_PATTERN, matches
from tenants.hosts import own_site_hostname, site_hostnames
from tenants.scoping import SiteScope, request_scope

_SCOPE_ATTR = "_api_scope"


class ScopeError(ValueError):
    """The request's ``?site=`` is not a hostname (or ``host:port``)."""


class SiteNotFound(ScopeError):
    """The request names a site this install does not have, or no site serves it."""


def _parse_site_parameter(value: str) -> tuple[str, str]:
    hostname, _, port = value.strip().lower().partition(":")
    return hostname, port


def _site_from_parameter(value: str) -> Site:
    if not matches(SITE_PATTERN, value):
        raise ScopeError(f"site: '{value}' is not a valid host or host:port.")
    hostname, port = _parse_site_parameter(value)
    sites = Site.objects.select_related("root_page").filter(hostname=hostname)
    if port:
        sites = sites.filter(port=int(port))
    found = list(sites[:2])
    if not found:
        raise SiteNotFound(f"site: no site with hostname '{value}'.")
    if len(found) > 1:
        raise ScopeError(f"site: '{value}' matches several sites; add the port (host:port).")
    return found[0]


def scope_for(request) -> SiteScope:
    """The :class:`~tenants.scoping.SiteScope` of this request, computed once
    and kept on it.

    Raises :class:`ScopeError` for a malformed ``?site=`` (endpoints answer
    a 400) and :class:`SiteNotFound` for an unknown one or when no site
    serves the request (a 404).
    """
    cached = getattr(request, _SCOPE_ATTR, None)
    if cached is not None:
        return cached
    value = request.GET.get("site", "")
    if value:
        scope = SiteScope(_site_from_parameter(value))
    else:
        if Site.find_for_request(request) is None:
            raise SiteNotFound("No site serves this host; name one with ?site=host.")
        scope = request_scope(request)
    setattr(request, _SCOPE_ATTR, scope)
    return scope


def site_hostnames_for(request) -> list[str] | None:
    """Hostnames whose content a response to this request shows, told without
    a query: the Host's site (it gives ``detail_url`` its root) and the
    ``?site=`` site if another.

    None when the Host is one served by the default-site fallback, which only
    a query can resolve, and when ``?site=`` names no site this process knows
    of (the endpoint answers a 400; nothing is kept for a made-up name).
    """
    host = own_site_hostname(split_domain_port(request.get_host())[0])
    if host is None:
        return None
    hostnames = [host]
    value = request.GET.get("site", "")
    if value:
        named, _port = _parse_site_parameter(value)
        if named not in site_hostnames():
            return None
        if named != host:
            hostnames.append(named)
    return hostnames
