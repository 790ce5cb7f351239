"""HTTP behaviour shared by every content API response.

* ``Cache-Control``: anonymous reads may be cached by browsers and proxies
  for ``API_CACHE_SECONDS``; a logged-in reader's response is private.
* The anonymous response cache (``api.cache``): a hit is replayed without
  running any view, marked ``X-Api-Cache: HIT``; a stored miss ``MISS``.
* ``ETag`` and ``Last-Modified``: for cacheable requests, from the site's
  generation and the normalised request (``api.cache``), so a conditional
  GET is answered ``304 Not Modified`` before anything is rendered, with no
  query. Other responses get an ETag from the body and ``Last-Modified``
  from the newest logged change in the install, and their 304s after rendering.
* ``Vary: Accept, Origin, Cookie`` so a shared cache never mixes formats,
  CORS or session variants.

Done as a middleware for every path under ``/api/v2/``, so that endpoints
other apps add (village data) behave the same without extra code. It sits
inside ``corsheaders``' middleware, which adds the CORS headers for each
request's own ``Origin`` to every answer, a hit or a 304 included.
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

from api import cache as api_cache

API_PREFIX = "/api/v2/"
VARY = ["Accept", "Origin", "Cookie"]


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
    """Response cache, caching headers and conditional GET for ``/api/v2/`` responses."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path_info.startswith(API_PREFIX):
            return self.get_response(request)
        plan = api_cache.plan_for(request)
        if plan is not None:
            not_modified = get_conditional_response(
                request, etag=plan.etag, last_modified=plan.last_modified
            )
            if not_modified is not None and not_modified.status_code == 304:
                self.set_public_headers(not_modified, plan)
                not_modified[api_cache.HIT_HEADER] = "HIT"
                return not_modified
            if plan.entry is not None:
                return api_cache.replay(plan.entry)

        response = self.get_response(request)
        patch_vary_headers(response, VARY)
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

        if plan is not None and api_cache.response_is_shared(request, response):
            self.set_public_headers(response, plan)
            # A view may answer HEAD differently; a stored GET answers both.
            if request.method == "GET":
                api_cache.store_response(plan, response)
            return response
        return self.with_body_validators(request, response)

    def set_public_headers(self, response, plan) -> None:
        """The validators of ``plan`` and the public caching headers."""
        response.headers["ETag"] = plan.etag
        if plan.last_modified is not None:
            response.headers["Last-Modified"] = http_date(plan.last_modified)
        patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
        patch_vary_headers(response, VARY)

    def with_body_validators(self, request, response):
        """ETag from the body, Last-Modified from the logs, and a 304 if they match."""
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
