"""OpenAPI descriptions of Wagtail's own endpoints (pages, images, documents).

drf-spectacular reads the API's own views from their serializers; Wagtail's
viewsets build their serializers per request (``?fields=``, ``?type=``), so
they are described here by hand: the fields every item carries by default,
typed, with any further fields a ``?fields=`` or ``?type=`` may add allowed
as additional properties. Keep these in step with ``api/views/``; the
schemathesis test (``tests/api/test_schemathesis.py``) fails when they drift.
"""

import re
from functools import cache

from django.conf import settings
from django.db import models
from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers

from api import parameters

STRING = {"type": "string"}
NULLABLE_STRING = {"type": "string", "nullable": True}
INTEGER = {"type": "integer"}

ERROR = {
    "type": "object",
    "properties": {"message": STRING},
    "required": ["message"],
}


def _object(properties: dict, required=()) -> dict:
    schema = {"type": "object", "properties": properties, "additionalProperties": True}
    if required:
        schema["required"] = list(required)
    return schema


def _listing(item: dict) -> dict:
    return {
        "type": "object",
        "properties": {
            "meta": _object({"total_count": INTEGER}, required=["total_count"]),
            "items": {"type": "array", "items": item},
        },
        "required": ["meta", "items"],
    }


PAGE_META = _object(
    {
        "type": STRING,
        "detail_url": STRING,
        "html_url": NULLABLE_STRING,
        "slug": STRING,
        "show_in_menus": {"type": "boolean"},
        "seo_title": STRING,
        "search_description": STRING,
        "first_published_at": {"type": "string", "format": "date-time", "nullable": True},
        "alias_of": {"nullable": True},
        "parent": {"nullable": True},
        "locale": STRING,
    }
)
PAGE = _object({"id": INTEGER, "meta": PAGE_META, "title": STRING})

MEDIA_META = _object(
    {
        "type": STRING,
        "detail_url": STRING,
        "tags": {"type": "array", "items": STRING},
        "download_url": STRING,
    }
)
RENDITION = {
    "type": "object",
    "nullable": True,
    "properties": {"url": STRING, "width": INTEGER, "height": INTEGER},
}
IMAGE = _object(
    {
        "id": INTEGER,
        "meta": MEDIA_META,
        "title": STRING,
        "width": INTEGER,
        "height": INTEGER,
        "alt": STRING,
        "renditions": _object({"small": RENDITION, "medium": RENDITION, "large": RENDITION}),
    }
)
DOCUMENT = _object({"id": INTEGER, "meta": MEDIA_META, "title": STRING})


def _parameter(name, type_, description="", **schema) -> OpenApiParameter:
    """A query parameter whose schema is given in full (pattern, bounds)."""
    return OpenApiParameter(
        name, {"type": type_, **schema}, OpenApiParameter.QUERY, description=description
    )


def text_parameter(name, description="", **schema) -> OpenApiParameter:
    """Free text: anything but a NUL (refused everywhere)."""
    return _parameter(name, "string", description, pattern=parameters.TEXT_PATTERN, **schema)


SITE = _parameter(
    "site",
    "string",
    "Hostname of the site to read (host:port when two sites share a hostname); "
    "empty or absent: the site serving the request. An unknown site is a 404.",
    pattern=parameters.SITE_PATTERN,
)
FORMAT = _parameter("format", "string", "The API answers JSON only.", enum=list(parameters.FORMATS))
LIMIT = _parameter(
    "limit",
    "integer",
    f"Items per page (default 20, at most {settings.WAGTAILAPI_LIMIT_MAX}).",
    minimum=0,
    maximum=settings.WAGTAILAPI_LIMIT_MAX,
)
OFFSET = _parameter("offset", "integer", "Items to skip; past the end, an empty page.", minimum=0)
PAGINATION_PARAMETERS = [LIMIT, OFFSET]
SEARCH = text_parameter("search", "Words to look for.", maxLength=parameters.SEARCH_MAX_LENGTH)
SEARCH_OPERATOR = _parameter(
    "search_operator", "string", "How the words of search combine.", enum=["and", "or"]
)
RICH_TEXT = _parameter(
    "rich_text_format",
    "string",
    "How rich text is given: display HTML (default) or Markdown.",
    enum=["html", "db_html", "markdown", "db_markdown"],
)
ID_RANGE = {"minimum": 0, "maximum": parameters.MAX_ID}


def _names_pattern(names) -> str:
    return "(" + "|".join(re.escape(name) for name in sorted(names)) + ")"


def fields_parameter(names) -> OpenApiParameter:
    """``?fields=`` over ``names``: ``*`` (all) or ``_`` (none) first, then
    names to add or, with ``-``, to remove, comma-separated."""
    item = f"-?{_names_pattern(names)}"
    return _parameter(
        "fields",
        "string",
        "Fields to show: a comma-separated list of names to add or -names to remove, "
        "after * (every field) or _ (none). With type=, that type's fields too.",
        pattern=rf"^((\*|_|{item})(,{item})*)?$",
    )


def order_parameter(names) -> OpenApiParameter:
    """``?order=``: ``random``, or fields (``-`` for descending), comma-separated."""
    item = f"-?{_names_pattern(names)}"
    return _parameter(
        "order",
        "string",
        "random, or fields to sort by (-field descending), comma-separated. "
        "With type=, that type's fields too.",
        pattern=rf"^(random|{item}(,{item})*)?$",
    )


def field_filters(model, names) -> list[OpenApiParameter]:
    """One parameter per filterable field: ``?slug=…`` keeps the items whose
    field equals the value."""
    filters = []
    for name in names:
        field = model._meta.get_field(name)
        what = f"Only items whose {name} equals this."
        if isinstance(field, models.BooleanField):
            filters.append(_parameter(name, "boolean", what))
        elif isinstance(field, models.IntegerField | models.AutoField):
            filters.append(_parameter(name, "integer", what, **ID_RANGE))
        else:
            filters.append(text_parameter(name, what))
    return filters


def page_tree_filters() -> list[OpenApiParameter]:
    root = "A page id, or root for the site's home page; a page not on the site is a 404."
    return [
        _parameter(
            "child_of",
            "string",
            f"Children of this page. {root}",
            pattern=parameters.PAGE_OR_ROOT_PATTERN,
        ),
        _parameter(
            "descendant_of",
            "string",
            f"Descendants of this page. {root}",
            pattern=parameters.PAGE_OR_ROOT_PATTERN,
        ),
        _parameter(
            "ancestor_of",
            "integer",
            "Ancestors of this page (an id); not on the site: a 404.",
            minimum=1,
            maximum=parameters.MAX_ID,
        ),
    ]


def page_type_parameter(page_models) -> OpenApiParameter:
    return _parameter(
        "type",
        "string",
        "Only pages of this type; their own fields become available to fields, order "
        "and the field filters.",
        enum=sorted(f"{m._meta.app_label}.{m.__name__}" for m in page_models),
    )


class ErrorSerializer(serializers.Serializer):
    """Every 400, 403 and 404 of the API: what was wrong, in one sentence."""

    message = serializers.CharField()


class ListMetaSerializer(serializers.Serializer):
    total_count = serializers.IntegerField()


def list_responses(name: str, item_serializer) -> dict:
    """Responses of one of the API's own listings: the page of items, or a 400."""
    return {
        200: inline_serializer(
            name, {"meta": ListMetaSerializer(), "items": item_serializer(many=True)}
        ),
        400: ErrorSerializer,
    }


def _errors(*codes) -> dict:
    return {code: OpenApiResponse(response=ERROR) for code in codes}


ID_PATH = OpenApiParameter(
    "id",
    {"type": "integer", "minimum": 1, "maximum": parameters.MAX_ID},
    OpenApiParameter.PATH,
)


def describe_endpoint(endpoint, name: str, item: dict, what: str, model, **extra) -> None:
    """Give one of Wagtail's viewsets in ``api/`` its description in the schema.

    Wagtail builds its serializers per request, so drf-spectacular cannot read
    them; the parameters are derived from the endpoint's own field lists
    (``fields``, ``order``, field filters) for ``model``, and ``extra`` adds
    ``listing`` and ``detail`` parameters of its own. Called once after the
    class, it wraps the three views with their descriptions.
    """
    from api.filters import orderable_fields

    listing_fields = [
        f for f in endpoint.get_available_fields(model) if f not in endpoint.detail_only_fields
    ]
    listing_parameters = [
        SITE,
        *PAGINATION_PARAMETERS,
        fields_parameter(listing_fields),
        order_parameter(orderable_fields(endpoint, model)),
        SEARCH,
        SEARCH_OPERATOR,
        RICH_TEXT,
        *field_filters(model, endpoint.filter_fields),
        *extra.get("listing", []),
    ]
    detail_parameters = [
        ID_PATH,
        SITE,
        fields_parameter(endpoint.get_available_fields(model)),
        RICH_TEXT,
        *extra.get("detail", []),
    ]
    find_parameters = [
        SITE,
        _parameter("id", "integer", "Find by id.", minimum=1, maximum=parameters.MAX_ID),
        *extra.get("find", []),
    ]
    listing, detail, find = endpoint.listing_view, endpoint.detail_view, endpoint.find_view

    @extend_schema(
        operation_id=f"{name}_list",
        summary=f"{what} of a site",
        parameters=listing_parameters,
        responses={200: OpenApiResponse(response=_listing(item)), **_errors(400, 404)},
    )
    def listing_view(self, request):
        return listing(self, request)

    @extend_schema(
        operation_id=f"{name}_detail",
        summary=f"One of the {what.lower()} of a site",
        parameters=detail_parameters,
        responses={200: OpenApiResponse(response=item), **_errors(400, 404)},
    )
    def detail_view(self, request, pk):
        return detail(self, request, pk)

    @extend_schema(
        operation_id=f"{name}_find",
        summary=f"Find one of the {what.lower()} of a site",
        description=(
            "Redirects (302) to the item's detail URL, keeping the other query "
            "parameters; a 404 when nothing matches."
        ),
        parameters=find_parameters,
        responses={
            302: OpenApiResponse(
                description="The item's detail URL, in the Location header.",
                response=None,
            ),
            **_errors(400, 404),
        },
    )
    def find_view(self, request):
        return find(self, request)

    endpoint.listing_view = listing_view
    endpoint.detail_view = detail_view
    endpoint.find_view = find_view


PREVIEW_SCHEMA = extend_schema(
    operation_id="preview_detail",
    summary="A draft, through a headless preview token",
    parameters=[
        OpenApiParameter(
            "token",
            {"type": "string", "minLength": 1, "pattern": parameters.TEXT_PATTERN},
            OpenApiParameter.QUERY,
            required=True,
        ),
        _parameter("fields", "string", "As on a page's detail.", pattern=parameters.TEXT_PATTERN),
    ],
    responses={200: OpenApiResponse(response=PAGE), **_errors(400, 403, 404)},
)


def only_public_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: describe ``/api/v2/`` only.

    Wagtail's admin API (``/admin/api/``) is internal to the admin and not
    part of the public contract.
    """
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v2/")]


def every_operation_may_refuse_bad_input(result, generator, request, public):
    """drf-spectacular postprocessing hook: what every operation shares.

    * ``?format=json``: DRF's format override, the one format there is.
    * No credentials: the API is public, and a session changes nothing but
      the caching headers (``api.http``), so a generated client needs none.
    * A 400 and a 404 in the API's error shape ``{"message": …}``. A NUL
      anywhere in the query string is refused with a 400 before any view runs
      (``cms.middleware``), so any operation can answer it; a ``?site=`` that
      names no site, or a path naming nothing, is a 404.
    """
    error = {"content": {"application/json": {"schema": ERROR}}}
    format_parameter = {
        "in": "query",
        "name": "format",
        "schema": {"type": "string", "enum": list(parameters.FORMATS)},
        "description": "The API answers JSON only.",
    }
    result.get("components", {}).pop("securitySchemes", None)
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            operation.pop("security", None)
            responses = operation.setdefault("responses", {})
            responses.setdefault(
                "400", {"description": "A bad parameter, or a NUL in the query string.", **error}
            )
            responses.setdefault("404", {"description": "Nothing by that name here.", **error})
            listed = operation.setdefault("parameters", [])
            if not any(p.get("name") == "format" and p.get("in") == "query" for p in listed):
                listed.append(format_parameter)
    return result


@cache
def openapi_schema() -> dict:
    """The API's OpenAPI 3 schema. It depends only on the code, so it is built
    once per process (building it takes a fifth of a second)."""
    return SchemaGenerator().get_schema(request=None, public=True)
