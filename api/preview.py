"""Headless preview: a decoupled frontend renders a draft through a short-lived token.

An editor who may edit a page asks the admin for a preview link (the
"Pratinjau headless" button). The admin signs a token naming the page's
latest revision, valid for ``API_PREVIEW_TOKEN_SECONDS``, and sends the
editor to ``API_PREVIEW_URL`` with it (or shows the API address when no
frontend is configured). The frontend calls
``/api/v2/preview/?token=…`` and gets the draft in the same shape as
``/api/v2/pages/<id>/``. Without a valid token, no draft is served: the
pages endpoint only ever reads live pages.
"""

from django.conf import settings
from django.core import signing
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext as _
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Page, Revision

from api import schema
from api.views.pages import PagesEndpoint

SALT = "api.headless-preview"


def issue_token(revision: Revision) -> str:
    """A signed token naming ``revision`` of its page."""
    return signing.dumps({"page": int(revision.object_id), "revision": revision.pk}, salt=SALT)


def read_token(token: str) -> Revision:
    """The revision a valid, unexpired token names.

    Raises ``signing.BadSignature`` (or its subclass ``SignatureExpired``)
    for a forged or stale token, and ``Revision.DoesNotExist`` when the
    revision is gone.
    """
    data = signing.loads(token, salt=SALT, max_age=settings.API_PREVIEW_TOKEN_SECONDS)
    return Revision.page_revisions.get(pk=data["revision"], object_id=str(data["page"]))


class PreviewEndpoint(PagesEndpoint):
    """``/api/v2/preview/?token=…``: the draft a token names, shaped like a page detail."""

    known_query_parameters = frozenset({"token", "fields", "format"})
    name = "preview"

    @classmethod
    def get_urlpatterns(cls):
        """One URL, registered on the API router so serializers can link pages."""
        return [path("", cls.as_view({"get": "preview_view"}), name="preview")]

    def get_object(self):
        token = self.request.GET.get("token", "")
        if not token:
            raise BadRequestError("token: a preview token is required.")
        try:
            revision = read_token(token)
        except signing.SignatureExpired as exc:
            raise PermissionDenied("token: the preview token has expired.") from exc
        except (signing.BadSignature, Revision.DoesNotExist) as exc:
            raise PermissionDenied("token: the preview token is not valid.") from exc
        return revision.as_object()

    @schema.PREVIEW_SCHEMA
    def preview_view(self, request):
        self.action = "detail_view"  # serialise with the detail fields
        unknown = set(request.GET.keys()) - self.known_query_parameters
        if unknown:
            raise BadRequestError(
                "query parameter is not an operation or a recognised field: "
                + ", ".join(sorted(unknown))
            )
        serializer = self.get_serializer(self.get_object())
        response = Response(serializer.data)
        # A draft must never sit in a shared cache.
        response.api_private = True
        return response

    def handle_exception(self, exc):
        if isinstance(exc, PermissionDenied):
            return Response({"message": str(exc)}, status=403)
        return super().handle_exception(exc)


def admin_preview_link(request, page_id):
    """Admin view: issue a token for the page's latest revision and hand it on."""
    page = get_object_or_404(Page, pk=page_id).specific
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    revision = page.latest_revision
    if revision is None:
        raise Http404(_("Halaman ini belum punya revisi untuk dipratinjau."))
    token = issue_token(revision)
    if settings.API_PREVIEW_URL:
        return redirect(settings.API_PREVIEW_URL.replace("{token}", token))
    site = page.get_site()
    api_url = (
        (site.root_url if site else "") + reverse("wagtailapi:preview:preview") + f"?token={token}"
    )
    return TemplateResponse(
        request,
        "api/admin_preview_link.html",
        {
            "page": page,
            "api_url": api_url,
            "minutes": settings.API_PREVIEW_TOKEN_SECONDS // 60,
        },
    )
