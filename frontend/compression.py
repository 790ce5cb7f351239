"""Gzip for the public site's anonymous pages, and for nothing that holds a secret.

HTML is most of a page's bytes over a phone's 3G (the CSS is compressed once
by WhiteNoise at ``collectstatic``). Compressing it is only safe where the
BREACH attack has nothing to find: an attacker who can make a victim's
browser send chosen text (a search query) may learn a secret that the same
compressed response carries, by watching its length. So a response is
compressed only when it can carry no secret:

* the request carries no session cookie (no logged-in editor, whose pages
  hold a CSRF token and personal data);
* it is not under ``/admin/`` or ``/warga/`` (the admin; citizens' forms,
  their CSRF tokens, tracking codes and personal data), nor ``/api/`` (JSON
  with strong ETags the API's conditional GET compares);
* the response used no CSRF token and sets no cookie (any form that POSTs);
* it is HTML, XML or a feed.

The one per-response value left on a public page, the CSP nonce, is fresh on
every response, so it cannot be recovered by the many requests BREACH needs.
"""

from django.conf import settings
from django.middleware.gzip import GZipMiddleware

EXCLUDED_PREFIXES = ("/admin/", "/warga/", "/api/")
COMPRESSIBLE_TYPES = (
    "text/html",
    "application/xml",
    "text/xml",
    "application/rss+xml",
    "application/atom+xml",
    "text/calendar",
    "text/plain",
)


class PublicPageGZipMiddleware(GZipMiddleware):
    """Django's GZipMiddleware, limited to responses that carry no secret (see module)."""

    def process_response(self, request, response):
        if not self.may_compress(request, response):
            return response
        return super().process_response(request, response)

    def may_compress(self, request, response) -> bool:
        """True if ``response`` holds nothing BREACH could extract."""
        if request.path_info.startswith(EXCLUDED_PREFIXES):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return False
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or response.cookies:
            return False
        content_type = response.get("Content-Type", "").split(";")[0].strip().lower()
        return content_type in COMPRESSIBLE_TYPES
