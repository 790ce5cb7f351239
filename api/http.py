"""HTTP behaviour shared by every content API response.

* ``Cache-Control``: anonymous reads may be cached by browsers and proxies
  for ``API_CACHE_SECONDS``; a logged-in reader's response is private.
* ``ETag`` from the response body and ``Last-Modified`` from the newest
  logged change in the install (publish, unpublish, move, delete, media
  edits), so a conditional GET is answered ``304 Not Modified``.
* ``Vary: Origin, Cookie`` so a shared cache never mixes CORS or session
  variants.

Done as a middleware for every path under ``/api/v2/``, so that endpoints
other apps add (village data) behave the same without extra code.
"""

from django.conf import settings
from django.db.models import Max
from django.utils.cache import (
    get_conditional_response,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date
from wagtail.models import ModelLogEntry, PageLogEntry

API_PREFIX = "/api/v2/"


def content_changed_at():
    """The time of the newest logged content change anywhere, or None.

    Two indexed ``MAX(timestamp)`` lookups, whatever the number of sites.
    Install-wide on purpose: it can only make a response look newer than it
    is, never older, so a conditional GET is never wrongly answered 304.
    """
    stamps = [
        PageLogEntry.objects.aggregate(at=Max("timestamp"))["at"],
        ModelLogEntry.objects.aggregate(at=Max("timestamp"))["at"],
    ]
    stamps = [stamp for stamp in stamps if stamp is not None]
    return max(stamps) if stamps else None


class ApiHttpMiddleware:
    """Caching headers and conditional GET for ``/api/v2/`` responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(API_PREFIX):
            return response
        patch_vary_headers(response, ["Origin", "Cookie"])
        if request.method not in ("GET", "HEAD") or response.status_code != 200:
            patch_cache_control(response, no_store=True)
            return response
        if getattr(response, "streaming", False):
            return response
        if hasattr(response, "render") and not getattr(response, "is_rendered", True):
            response.render()

        user = getattr(request, "user", None)
        if getattr(response, "api_private", False) or (user and user.is_authenticated):
            patch_cache_control(response, private=True, no_cache=True)
        else:
            patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)

        last_modified = None
        if not response.has_header("Last-Modified"):
            changed = content_changed_at()
            if changed is not None:
                last_modified = int(changed.timestamp())
                response.headers["Last-Modified"] = http_date(last_modified)
        if not response.has_header("ETag"):
            set_response_etag(response)
        return get_conditional_response(
            request, etag=response.get("ETag"), last_modified=last_modified, response=response
        )
