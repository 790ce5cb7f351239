"""Pagination for every endpoint of the API, with Wagtail's semantics and shape.

``?limit=`` (default 20, at most ``WAGTAILAPI_LIMIT_MAX``) and ``?offset=``,
whole numbers in ASCII digits (``api.parameters``); anything else is a 400
with a message. The response is
``{"meta": {"total_count": n}, "items": [...]}``, as on ``/api/v2/pages/``.
"""

from django.conf import settings
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError

from api.parameters import MAX_OFFSET, parse_integer


class _CountedList(list):
    """A list that answers ``count()`` like a queryset, for Wagtail's paginator."""

    def count(self, *args):
        return len(self) if not args else super().count(*args)


class ApiPagination(WagtailPagination):
    """Wagtail's paginator (same parameters, messages and shape), for querysets
    and plain lists of already-filtered items, with offsets past any listing
    (:data:`~api.parameters.MAX_OFFSET`) answered with an empty page instead
    of an SQL error."""

    def paginate_queryset(self, queryset, request, view=None):
        if isinstance(queryset, list):
            queryset = _CountedList(queryset)
        limit_max = getattr(settings, "WAGTAILAPI_LIMIT_MAX", 20)
        offset = parse_integer(request, "offset", default=0)
        limit = parse_integer(request, "limit", default=min(20, limit_max) if limit_max else 20)
        if limit_max and limit > limit_max:
            raise BadRequestError(f"limit cannot be higher than {limit_max}")
        self.view = view
        self.total_count = queryset.count()
        if offset > MAX_OFFSET:
            return queryset[:0]
        return queryset[offset : offset + limit]
