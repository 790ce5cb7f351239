"""The content API's anonymous response cache and its validators.

An anonymous GET of a covered endpoint is answered from Django's default
cache while the generation of the site it is about is unchanged. These are
the page cache's per-site generations (``pagecache.store``), bumped by the
same signals (``pagecache.signals``): a publish, unpublish, move or delete of
one of the site's pages, a change to its media or settings, and for a
kecamatan's shared services, each of its villages. The site directory
(``/api/v2/sites/``) is about every site and follows the install-wide
generation, bumped with any of them.

An entry is keyed by scheme, Host, path, the query with its parameters
sorted, and the ``Accept`` header (DRF picks JSON or its browsable HTML by
it). ``Origin`` is not in the key: CORS headers are added outside the cache
by ``corsheaders`` on every answer, hit or not, so one copy serves every
origin. The ``ETag`` is a hash of the same key and the generation, and
``Last-Modified`` the time the generation started, so a conditional GET is
answered before any view runs.

Never cached, always rendered: requests with a session or messages cookie
or an ``Authorization`` header, a preview ``token``, ``order=random``, other
methods than GET and HEAD, endpoints not in :data:`CACHED_PREFIXES`
(headless preview; village statistics, whose imports bump no generation),
a Host served by the default-site fallback, and any response that is not a
plain public JSON 200 (errors included).
"""

import hashlib
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.http import split_header_value, urlencode

from api.scope import site_hostnames_for
from pagecache import store

HIT_HEADER = "X-Api-Cache"
ENTRY_PREFIX = "apicache:"
# Endpoints whose content only changes through what bumps a generation.
SITE_PREFIXES = (
    "/api/v2/pages/",
    "/api/v2/images/",
    "/api/v2/documents/",
    "/api/v2/services/",
    "/api/v2/news/",
)
DIRECTORY_PREFIX = "/api/v2/sites/"
CACHED_PREFIXES = (*SITE_PREFIXES, DIRECTORY_PREFIX)
# Values a stored response may vary on: Accept is in the key, Origin is
# answered outside the cache, Cookie only ever holds no session here.
ALLOWED_VARY = frozenset({"accept", "origin", "cookie"})


@dataclass
class Plan:
    """How one cacheable request is answered: its key, validators and any stored entry."""

    key: str
    generation: str
    entry: dict | None
    etag: str
    last_modified: int | None


def seconds() -> int:
    """How long an entry lives at most; 0 turns the cache and its validators off."""
    return settings.API_RESPONSE_CACHE_SECONDS


def normalised_query(request) -> str:
    """The query string with its parameters sorted (repeated values keep their order)."""
    return urlencode(sorted(request.GET.lists()), doseq=True)


def _generation_keys(request) -> list[str] | None:
    if request.path_info.startswith(DIRECTORY_PREFIX):
        # About every site; still refused for a fallback Host like the rest.
        if site_hostnames_for(request) is None:
            return None
        return [store.ANY_SITE_GENERATION_KEY]
    hostnames = site_hostnames_for(request)
    if hostnames is None:
        return None
    return [store.generation_key(hostname) for hostname in hostnames]


def request_is_cacheable(request) -> bool:
    """True for an anonymous, non-preview GET/HEAD of a covered endpoint."""
    if seconds() <= 0 or request.method not in ("GET", "HEAD"):
        return False
    if not request.path_info.startswith(CACHED_PREFIXES):
        return False
    if "HTTP_AUTHORIZATION" in request.META:
        return False
    if any(name in request.COOKIES for name in settings.PAGECACHE_BYPASS_COOKIES):
        return False
    query = request.GET
    return "token" not in query and query.get("order") != "random"


def plan_for(request) -> Plan | None:
    """The :class:`Plan` for ``request``, or None when it is never cached.

    Costs one round trip to the cache (generations and entry together), and
    no query.
    """
    if not request_is_cacheable(request):
        return None
    gen_keys = _generation_keys(request)
    if gen_keys is None:
        return None
    material = "\n".join(
        [
            request.scheme,
            request.get_host().lower(),
            request.path_info,
            normalised_query(request),
            request.META.get("HTTP_ACCEPT", "").strip(),
        ]
    )
    digest = hashlib.blake2b(material.encode(), digest_size=16).hexdigest()
    key = f"{ENTRY_PREFIX}{digest}"
    generation, entry = store.lookup(gen_keys, key)
    etag = hashlib.blake2b(f"{generation}\n{material}".encode(), digest_size=16).hexdigest()
    return Plan(
        key=key,
        generation=generation,
        entry=entry,
        etag=f'"{etag}"',
        last_modified=store.generation_time(generation),
    )


def response_is_shared(request, response) -> bool:
    """True if ``response`` is the same for every anonymous reader of this key:
    it may carry the plan's validators, and (to a GET) be stored."""
    if response.status_code != 200:
        return False
    if getattr(response, "streaming", False) or getattr(response, "api_private", False):
        return False
    if response.cookies or request.META.get("CSRF_COOKIE_NEEDS_UPDATE"):
        return False
    # A CSP nonce in the body would be replayed to every reader.
    if getattr(request, "_csp_nonce", None):
        return False
    user = getattr(request, "user", None)
    if user is not None and user.is_authenticated:
        return False
    if not response.get("Content-Type", "").startswith("application/json"):
        return False
    cache_control = response.get("Cache-Control", "").lower()
    if "public" not in cache_control or "private" in cache_control:
        return False
    vary = {v.lower() for v in split_header_value(response.get("Vary", "")) if v}
    return vary <= ALLOWED_VARY


def store_response(plan: Plan, response) -> None:
    """Keep ``response`` (body and headers, CORS excepted) under ``plan``'s key."""
    headers = [
        (name, value)
        for name, value in response.headers.items()
        if not name.lower().startswith("access-control-") and name != HIT_HEADER
    ]
    entry = {
        "generation": plan.generation,
        "status": response.status_code,
        "headers": headers,
        "content": response.content,
    }
    cache.set(plan.key, entry, seconds())
    response[HIT_HEADER] = "MISS"


def replay(entry: dict) -> HttpResponse:
    """The response stored in ``entry``, marked as a hit."""
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response.headers[name] = value
    response[HIT_HEADER] = "HIT"
    return response
