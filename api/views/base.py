"""What every content API endpoint shares: open to anonymous readers, scoped
to one site, errors as ``{"message": …}``, URLs made absolute.
"""

from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import status
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from api.absolute import absolutize
from api.pagination import ApiPagination
from api.scope import ScopeError, scope_for

# What Wagtail's search backend accepts for ``?search_operator=``.
SEARCH_OPERATORS = {"and", "or"}


class ScopedEndpointMixin:
    """Mix into any DRF view or Wagtail API viewset of ``api/``.

    ``self.scope`` is the request's :class:`tenants.scoping.SiteScope`. A bad
    ``?site=`` becomes a 400 with a message, like every other bad parameter.
    """

    permission_classes = [AllowAny]
    # Wagtail's viewsets too: the same parameters, and no SQL error on a huge offset.
    pagination_class = ApiPagination
    # Rewrite site-relative URLs in the payload against the scoped site.
    absolutize_urls = True

    @property
    def scope(self):
        try:
            return scope_for(self.request)
        except ScopeError as exc:
            raise BadRequestError(str(exc)) from exc

    def check_query_parameters(self, queryset):
        """Wagtail's check (Wagtail viewsets only), plus its search parameters.

        Wagtail passes ``search_operator`` straight to the search backend,
        which raises ``ValueError`` (a 500) for anything but "and"/"or", and
        takes any ``search``; both get the API's 400 here instead.
        """
        super().check_query_parameters(queryset)
        if "search" in self.request.GET:
            parse_search(self.request)
        parse_choice(self.request, "search_operator", SEARCH_OPERATORS)

    def handle_exception(self, exc):
        if isinstance(exc, BadRequestError):
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, Http404):
            return Response({"message": str(exc) or "Not found."}, status=status.HTTP_404_NOT_FOUND)
        return super().handle_exception(exc)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        data = getattr(response, "data", None)
        if self.absolutize_urls and response.status_code == 200 and isinstance(data, dict | list):
            try:
                root_url = self.scope.root_url
            except BadRequestError:
                return response
            response.data = absolutize(data, root_url)
        return response


def check_known_parameters(request, known: set[str]) -> None:
    """400 for any query parameter the endpoint does not know (a typo must not
    silently return everything)."""
    unknown = set(request.GET.keys()) - known
    if unknown:
        raise BadRequestError(
            "query parameter is not an operation or a recognised field: "
            + ", ".join(sorted(unknown))
        )


def parse_choice(request, name: str, choices) -> str:
    """The value of ``?name=`` if it is one of ``choices``, "" when absent, else a 400."""
    value = request.GET.get(name, "")
    if value == "":
        return ""
    if value not in choices:
        raise BadRequestError(f"{name}: '{value}' is not one of {', '.join(sorted(choices))}.")
    return value


def parse_search(request) -> str:
    """``?search=``, trimmed; a 400 when it is too long or holds a NUL."""
    value = request.GET.get("search", "").strip()
    if "\x00" in value:
        raise BadRequestError("search: null characters are not allowed.")
    if len(value) > 100:
        raise BadRequestError("search: at most 100 characters.")
    return value


@csrf_exempt
def api_not_found(request, *args, **kwargs):
    """Any other address under ``/api/``: a JSON 404, not the public site's HTML page.

    Exempt from CSRF, which would otherwise answer a POST with an HTML 403
    before the address is found to be unknown. Nothing is read or changed.
    """
    return JsonResponse({"message": "Not found."}, status=404)
