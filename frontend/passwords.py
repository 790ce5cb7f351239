"""Wagtail's password forms for restricted pages and documents, throttled like the login.

Wagtail's own views (``/_util/authenticate_with_password/<restriction>/<page>/``
and ``/documents/authenticate_with_password/<restriction>/``) accept any
number of guesses. These wrappers count wrong passwords per client address
(``cms.clientip``) and restriction, that is per protected page or
collection, in the shared cache. After ``AXES_FAILURE_LIMIT`` wrong
passwords the client gets a 429 page in Indonesian until
``AXES_COOLOFF_TIME`` has passed; a right password clears the count. The
numbers are the admin login's, so both forms resist guessing alike.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.views.decorators.cache import never_cache
from wagtail import views as wagtail_views
from wagtail.documents.views import serve as document_views

from cms import ratelimit
from cms.clientip import client_ip


def _cool_off_seconds() -> int:
    return max(int(settings.AXES_COOLOFF_TIME.total_seconds()), 1)


def _key(kind: str, restriction_id: int, request) -> str:
    return f"passwords:{kind}:{restriction_id}:{client_ip(request) or 'unknown'}"


def _locked_response(request):
    minutes = max(_cool_off_seconds() // 60, 1)
    response = TemplateResponse(
        request,
        "frontend/password_locked.html",
        {"failure_limit": settings.AXES_FAILURE_LIMIT, "minutes": minutes},
        status=429,
    )
    response["Retry-After"] = str(_cool_off_seconds())
    return response


def _throttled(kind: str, restriction_id: int, request, view):
    """Run Wagtail's ``view`` unless this client has guessed wrong too often.

    Only a POST that Wagtail answers with the form again (status 200: the
    password was wrong) counts; its redirect means the password was right.
    """
    if request.method != "POST":
        return view()
    key = _key(kind, restriction_id, request)
    if ratelimit.count(key) >= settings.AXES_FAILURE_LIMIT:
        return _locked_response(request)
    response = view()
    if response.status_code == 200:
        ratelimit.increment(key, _cool_off_seconds())
    elif 300 <= response.status_code < 400:
        ratelimit.reset(key)
    return response


@never_cache
def page_password(request, page_view_restriction_id: int, page_id: int):
    """Wagtail's page password form, throttled per client and restriction."""
    return _throttled(
        "page",
        page_view_restriction_id,
        request,
        lambda: wagtail_views.authenticate_with_password(
            request, page_view_restriction_id, page_id
        ),
    )


@never_cache
def document_password(request, restriction_id: int):
    """Wagtail's document collection password form, throttled per client and restriction."""
    return _throttled(
        "document",
        restriction_id,
        request,
        lambda: document_views.authenticate_with_password(request, restriction_id),
    )
