"""What every content API endpoint shares: open to anonymous readers, scoped
to one site, errors as ``{"message": …}``, URLs made absolute.
"""

from django.http import Http404, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from rest_framework import status
from rest_framework.exceptions import APIException
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from wagtail.api.v2.utils import BadRequestError

from api.absolute import absolutize
from api.pagination import ApiPagination
from api.parameters import MAX_ID, SEARCH_MAX_LENGTH, parse_format, parse_id
from api.scope import ScopeError, SiteNotFound, scope_for

# What Wagtail's search backend accepts for ``?search_operator=``.
SEARCH_OPERATORS = {"and", "or"}


class ScopedEndpointMixin:
    """Mix into any DRF view or Wagtail API viewset of ``api/``.

    ``self.scope`` is the request's :class:`tenants.scoping.SiteScope`. A bad
    ``?site=`` becomes a 400 with a message, like every other bad parameter.
    """

    permission_classes = [AllowAny]
    # JSON only, as the schema says: no browsable HTML variant of any answer.
    renderer_classes = [JSONRenderer]
    # Wagtail's viewsets too: the same parameters, and no SQL error on a huge offset.
    pagination_class = ApiPagination
    # Rewrite site-relative URLs in the payload against the scoped site.
    absolutize_urls = True

    @property
    def scope(self):
        try:
            return scope_for(self.request)
        except SiteNotFound as exc:
            raise Http404(str(exc)) from exc
        except ScopeError as exc:
            raise BadRequestError(str(exc)) from exc

    def initial(self, request, *args, **kwargs):
        """Refuse a ``?format=`` other than JSON (a 400, where DRF answers 404)."""
        parse_format(request)
        super().initial(request, *args, **kwargs)

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
        """Every error as ``{"message": …}``: the API's own, Wagtail's and DRF's
        (a 405 for another method keeps its ``Allow`` header)."""
        if isinstance(exc, BadRequestError):
            return Response({"message": str(exc)}, status=status.HTTP_400_BAD_REQUEST)
        if isinstance(exc, Http404):
            return Response({"message": str(exc) or "Not found."}, status=status.HTTP_404_NOT_FOUND)
        response = super().handle_exception(exc)
        if isinstance(exc, APIException) and isinstance(response.data, dict):
            detail = response.data.get("detail", exc.detail)
            response.data = {"message": str(detail)}
        return response

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


class WagtailEndpointMixin(ScopedEndpointMixin):
    """:class:`ScopedEndpointMixin` for Wagtail's viewsets (pages, images,
    documents): ids within the database's range, ``find/?id=`` checked."""

    def get_object(self):
        if not 1 <= int(self.kwargs.get("pk", 1)) <= MAX_ID:
            raise Http404("not found")
        return super().get_object()

    def find_object(self, queryset, request):
        """``find/?id=``: the object with that id among the endpoint's, or None (a 404)."""
        pk = parse_id(request, "id")
        return None if pk is None else queryset.filter(pk=pk).first()


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
    """The value of ``?name=`` if it is one of ``choices``, "" when absent, else
    a 400 (an empty ``?name=`` too: it is none of the choices)."""
    value = request.GET.get(name)
    if value is None:
        return ""
    if value not in choices:
        raise BadRequestError(f"{name}: '{value}' is not one of {', '.join(sorted(choices))}.")
    return value


def parse_search(request) -> str:
    """``?search=``, trimmed; a 400 when it is too long (as sent) or holds a NUL."""
    value = request.GET.get("search", "")
    if "\x00" in value:
        raise BadRequestError("search: null characters are not allowed.")
    if len(value) > SEARCH_MAX_LENGTH:
        raise BadRequestError(f"search: at most {SEARCH_MAX_LENGTH} characters.")
    return value.strip()


@csrf_exempt
def api_not_found(request, *args, **kwargs):
    """Any other address under ``/api/``: a JSON 404, not the public site's HTML page.

    Exempt from CSRF, which would otherwise answer a POST with an HTML 403
    before the address is found to be unknown. Nothing is read or changed.
    """
    return JsonResponse({"message": "Not found."}, status=404)
