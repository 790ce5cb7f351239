"""Full-page cache for anonymous readers of the public sites.

Anonymous GET and HEAD requests for public pages are answered from Django's
default cache (Redis when ``REDIS_URL`` is set, local memory otherwise), keyed
by scheme, Host and full path including the query string. Everything that
could differ between readers is left out:

* requests carrying a session or messages cookie (logged-in editors, and
  anyone Django is holding state for) always get a freshly rendered page;
* paths under ``PAGECACHE_EXCLUDE_PREFIXES`` (admin, API, citizens' forms and
  tracking, documents, health checks) are never cached;
* a response is stored only if it is a plain 200 that sets no cookie, used no
  CSRF token (pages with forms set the CSRF cookie, so they are skipped), is
  not ``private``/``no-store``/``no-cache``, and varies on nothing but Cookie
  and Accept-Encoding.

The Content-Security-Policy nonce: the cached body contains the nonce of the
request that rendered it, and the CSP header must name the same nonce. The
entry keeps the body *and* the headers together, and on every hit the old
nonce is swapped for a fresh one in both (a byte replace of a 22-character
token), so a nonce is never replayed to a second reader and the header always
matches the body.

Invalidation is by a per-site generation (see ``pagecache.store`` and
``pagecache.signals``).
"""

import secrets

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.utils.http import split_header_value

from pagecache import store

HIT_HEADER = "X-Page-Cache"
# Vary values a cached page may carry. Cookie is safe because requests with a
# session or messages cookie never read the cache; the other cookies (CSRF)
# only matter to pages with forms, which are never stored.
ALLOWED_VARY = frozenset({"cookie", "accept-encoding"})
UNCACHEABLE_CACHE_CONTROL = ("private", "no-store", "no-cache")


def _csp_nonce(request) -> str:
    """The nonce this request's page used, or "" if none was generated."""
    nonce = getattr(request, "_csp_nonce", None)
    return str(nonce) if nonce else ""


class AnonymousPageCacheMiddleware:
    """Serve anonymous public pages from the cache; store the ones that qualify."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not self.request_is_cacheable(request):
            return self.get_response(request)
        host = request.get_host()
        hostname, _port = split_domain_port(host)
        gen_key = store.generation_key(hostname)
        key = store.entry_key(request.scheme, host, request.get_full_path())
        generation, entry = store.lookup([gen_key], key)
        if entry is not None:
            return self.replay(entry)

        response = self.get_response(request)
        # Only a GET's response is stored (a view may answer HEAD differently);
        # a stored page then answers both.
        if request.method == "GET" and self.response_is_cacheable(request, response):
            cache.set(key, self.freeze(request, response, generation), store.timeout())
            response[HIT_HEADER] = "MISS"
        return response

    def request_is_cacheable(self, request) -> bool:
        """True for an anonymous GET/HEAD of a path the cache may answer."""
        if settings.PAGECACHE_SECONDS <= 0 or request.method not in ("GET", "HEAD"):
            return False
        if request.path_info.startswith(tuple(settings.PAGECACHE_EXCLUDE_PREFIXES)):
            return False
        cookies = request.COOKIES
        return not any(name in cookies for name in settings.PAGECACHE_BYPASS_COOKIES)

    def response_is_cacheable(self, request, response) -> bool:
        """True if ``response`` is the same for every anonymous reader."""
        if response.status_code != 200 or getattr(response, "streaming", False):
            return False
        if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
            return False
        cache_control = response.get("Cache-Control", "").lower()
        if any(word in cache_control for word in UNCACHEABLE_CACHE_CONTROL):
            return False
        vary = {v.lower() for v in split_header_value(response.get("Vary", "")) if v}
        return vary <= ALLOWED_VARY

    def freeze(self, request, response, generation) -> dict:
        """What is stored: the body and headers, and the nonce to swap on replay."""
        return {
            "generation": generation,
            "status": response.status_code,
            "headers": list(response.headers.items()),
            "content": response.content,
            "nonce": _csp_nonce(request),
        }

    def replay(self, entry) -> HttpResponse:
        """A response rebuilt from ``entry``, with a fresh CSP nonce if it had one."""
        content = entry["content"]
        headers = entry["headers"]
        old = entry["nonce"]
        if old:
            new = secrets.token_urlsafe(16)
            content = content.replace(old.encode(), new.encode())
            headers = [(name, value.replace(old, new)) for name, value in headers]
        response = HttpResponse(content, status=entry["status"])
        for name, value in headers:
            response.headers[name] = value
        if response.has_header("Content-Length"):
            response.headers["Content-Length"] = str(len(content))
        response[HIT_HEADER] = "HIT"
        return response
