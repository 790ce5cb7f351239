"""Pagination for every endpoint of the API, with Wagtail's semantics and shape.

``?limit=`` (default 20, at most ``WAGTAILAPI_LIMIT_MAX``) and ``?offset=``;
anything else is a 400 with a message. The response is
``{"meta": {"total_count": n}, "items": [...]}``, as on ``/api/v2/pages/``.
"""

from django.conf import settings
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

# The databases take OFFSET as a signed 64-bit integer, and a larger one was
# an SQL error (a 500). No listing here is anywhere near this long, so an
# offset beyond it is simply past the end: an empty page.
MAX_OFFSET = 2**31


class _CountedList(list):
    """A list that answers ``count()`` like a queryset, for Wagtail's paginator."""

    def count(self, *args):
        return len(self) if not args else super().count(*args)


def _whole_number(request, name: str, default: int) -> int:
    try:
        value = int(request.GET.get(name, default))
        if value < 0:
            raise ValueError
    except ValueError as exc:
        raise BadRequestError(f"{name} must be a positive integer") from exc
    return value


class ApiPagination(WagtailPagination):
    """Wagtail's paginator (same parameters, messages and shape), for querysets
    and plain lists of already-filtered items, with offsets past any listing
    answered with an empty page instead of an SQL error."""

    def paginate_queryset(self, queryset, request, view=None):
        if isinstance(queryset, list):
            queryset = _CountedList(queryset)
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        offset = _whole_number(request, "offset", 0)
        limit = _whole_number(request, "limit", min(20, limit_max) if limit_max else 20)
        if limit_max and limit > limit_max:
            raise BadRequestError(f"limit cannot be higher than {limit_max}")
        self.view = view
        self.total_count = queryset.count()
        if offset > MAX_OFFSET:
            return queryset[:0]
        return queryset[offset : offset + limit]
