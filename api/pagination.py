"""Pagination for the API's own endpoints, with Wagtail's semantics and shape.

``?limit=`` (default 20, at most ``WAGTAILAPI_LIMIT_MAX``) and ``?offset=``;
anything else is a 400 with a message. The response is
``{"meta": {"total_count": n}, "items": [...]}``, as on ``/api/v2/pages/``.
"""

from wagtail.api.v2.pagination import WagtailPagination


class _CountedList(list):
    """A list that answers ``count()`` like a queryset, for Wagtail's paginator."""

    def count(self, *args):
        return len(self) if not args else super().count(*args)


class ApiPagination(WagtailPagination):
    """Wagtail's paginator, also for plain lists of already-filtered items."""

    def paginate_queryset(self, queryset, request, view=None):
        if isinstance(queryset, list):
            queryset = _CountedList(queryset)
        return super().paginate_queryset(queryset, request, view)
