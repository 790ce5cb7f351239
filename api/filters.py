"""Filter backends for Wagtail's viewsets in ``api/``: Wagtail's filters with
the API's parameter rules (``api.parameters``), so that every value the
schema allows is answered and every combination of them works.

Wagtail's own refuse combinations no schema can express: ``child_of`` with
``descendant_of``, ``order=random`` with ``offset``, a search with a filter
or an order on a field the search index does not hold, a search with a tag
filter. They also answer a page id that is not on the site with a 400 (a
404 here: the id is well formed, it names nothing) and pass Python's
``int()`` leniency (spaces, signs, other scripts' digits) through.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.db.models import Case, IntegerField, Value, When
from django.http import Http404
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2 import filters as wagtail_filters
from wagtail.api.v2.utils import BadRequestError
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.base import FilterFieldError, OrderByFieldError

from api.parameters import MAX_ID, parse_integer, parse_page_or_root

BOOLEANS = ("true", "false", "1", "0")


def orderable_fields(view, model) -> list[str]:
    """Fields of ``model`` a listing of ``view`` may be ordered by: its own
    database columns among the API's fields (not relations, not tags)."""
    names = []
    for name in view.get_available_fields(model, db_fields_only=True):
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:
            continue
        if field.concrete and not field.is_relation:
            names.append(name)
    return names


class ValidatedFieldsFilter(wagtail_filters.FieldsFilter):
    """Wagtail's field filters (``?slug=…``), with integer and boolean values
    checked strictly and within the database's range first."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        for name, value in request.GET.items():
            if name not in fields or name == "locale":
                continue
            try:
                field = queryset.model._meta.get_field(name)
            except FieldDoesNotExist:
                continue
            if isinstance(field, models.BooleanField) and value not in BOOLEANS:
                raise BadRequestError(f"{name}: '{value}' is not one of true, false, 1, 0.")
            if isinstance(field, models.IntegerField | models.AutoField):
                parse_integer(request, name, maximum=MAX_ID)
        try:
            return super().filter_queryset(request, queryset, view)
        except ValidationError as exc:
            # A type's own field (type=…&date=kemarin): Django refuses the value.
            raise BadRequestError(f"field filter error: {'; '.join(exc.messages)}") from exc


class PageTreeFilter(BaseFilterBackend):
    """``child_of``, ``descendant_of`` (a page id or ``root``) and ``ancestor_of``
    (a page id), combinable; a page that is not on the site read is a 404."""

    def page(self, view, request, name):
        value = parse_page_or_root(request, name)
        if value is None:
            return None
        if value == "root":
            return view.get_root_page()
        page = None
        if 1 <= value <= MAX_ID:
            page = view.get_base_queryset().filter(id=value).first()
        if page is None:
            raise Http404(f"{name}: no page {value} on this site.")
        return page

    def filter_queryset(self, request, queryset, view):
        parent = self.page(view, request, "child_of")
        if parent is not None:
            queryset = queryset.child_of(parent)
            # Wagtail's admin API reads it; harmless here, kept for its LocaleFilter.
            queryset._filtered_by_child_of = parent
        ancestor = self.page(view, request, "descendant_of")
        if ancestor is not None:
            queryset = queryset.descendant_of(ancestor)
        if "ancestor_of" in request.GET:
            if request.GET["ancestor_of"] == "root":
                raise BadRequestError("ancestor_of must be a page id")
            descendant = self.page(view, request, "ancestor_of")
            queryset = queryset.ancestor_of(descendant)
        return queryset


class OrderingFilter(BaseFilterBackend):
    """``?order=`` one or more of :func:`orderable_fields` (``-`` for descending),
    or ``random`` (with or without ``offset``)."""

    def filter_queryset(self, request, queryset, view):
        value = request.GET.get("order")
        if not value:
            return queryset
        if value == "random":
            return queryset.order_by("?")
        allowed = set(orderable_fields(view, queryset.model))
        names = value.split(",")
        for name in names:
            if name.removeprefix("-") not in allowed:
                raise BadRequestError(f"cannot order by '{name}' (unknown field)")
        return queryset.order_by(*names)


class SearchFilter(BaseFilterBackend):
    """``?search=`` over whatever the other filters and the order left.

    The search backend takes the filtered queryset when it can (its fields
    are in the index); otherwise the search runs on the endpoint's whole
    queryset and the filtered one is narrowed to what it found, in the
    requested order or else by relevance. Last among the backends: a search
    result cannot be filtered further.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        query = request.GET["search"].strip()
        operator = request.GET.get("search_operator") or None
        ordered = bool(request.GET.get("order"))
        backend = get_search_backend()
        if not getattr(queryset, "_filtered_by_tag", False):
            try:
                return backend.search(
                    query, queryset, operator=operator, order_by_relevance=not ordered
                )
            except (FilterFieldError, OrderByFieldError):
                pass
        found = [item.pk for item in backend.search(query, view.get_queryset(), operator=operator)]
        if not found:
            return queryset.none()
        narrowed = queryset.filter(pk__in=found)
        if ordered:
            return narrowed
        rank = Case(
            *(When(pk=pk, then=Value(position)) for position, pk in enumerate(found)),
            output_field=IntegerField(),
        )
        return narrowed.order_by(rank)
