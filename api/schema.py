"""OpenAPI descriptions of Wagtail's own endpoints (pages, images, documents).

drf-spectacular reads the API's own views from their serializers; Wagtail's
viewsets build their serializers per request (``?fields=``, ``?type=``), so
they are described here by hand: the fields every item carries by default,
typed, with any further fields a ``?fields=`` or ``?type=`` may add allowed
as additional properties. Keep these in step with ``api/views/``; the
schemathesis test (``tests/api/test_schemathesis.py``) fails when they drift.
"""

from functools import cache

from drf_spectacular.generators import SchemaGenerator
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import (
    OpenApiParameter,
    OpenApiResponse,
    extend_schema,
    inline_serializer,
)
from rest_framework import serializers

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

SITE = OpenApiParameter(
    "site",
    OpenApiTypes.STR,
    description="Hostname of the site to read (default: the site serving the request).",
)
COMMON_LISTING = [
    SITE,
    OpenApiParameter("limit", OpenApiTypes.INT, description="Items per page (max 100)."),
    OpenApiParameter("offset", OpenApiTypes.INT),
    OpenApiParameter(
        "fields", OpenApiTypes.STR, description="Fields to add or remove, e.g. title,-slug or *."
    ),
    OpenApiParameter("order", OpenApiTypes.STR, description="A field name, -field, or random."),
    OpenApiParameter("search", OpenApiTypes.STR),
    OpenApiParameter("search_operator", OpenApiTypes.STR, enum=["and", "or"]),
]
PAGE_FILTERS = [
    OpenApiParameter("type", OpenApiTypes.STR, description="Page type, e.g. news.NewsPage."),
    OpenApiParameter("child_of", OpenApiTypes.STR, description="A page id, or root."),
    OpenApiParameter("descendant_of", OpenApiTypes.STR, description="A page id, or root."),
    OpenApiParameter("ancestor_of", OpenApiTypes.INT),
]
RICH_TEXT = OpenApiParameter(
    "rich_text_format", OpenApiTypes.STR, enum=["html", "db_html", "markdown", "db_markdown"]
)


PAGINATION_PARAMETERS = [
    OpenApiParameter("limit", OpenApiTypes.INT, description="Items per page (max 100)."),
    OpenApiParameter("offset", OpenApiTypes.INT, description="Items to skip."),
]


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


def listing_schema(name: str, item: dict, parameters: list, summary: str):
    return extend_schema(
        operation_id=f"{name}_list",
        summary=summary,
        parameters=parameters,
        responses={200: OpenApiResponse(response=_listing(item)), **_errors(400)},
    )


def detail_schema(name: str, item: dict, summary: str, parameters=()):
    return extend_schema(
        operation_id=f"{name}_detail",
        summary=summary,
        parameters=[
            OpenApiParameter("id", OpenApiTypes.INT, OpenApiParameter.PATH),
            SITE,
            OpenApiParameter("fields", OpenApiTypes.STR),
            *parameters,
        ],
        responses={200: OpenApiResponse(response=item), **_errors(400, 404)},
    )


def described_endpoint(name: str, item: dict, what: str, listing_parameters, detail_parameters=()):
    """A mixin giving one of Wagtail's viewsets its description in the schema.

    Put it first in the bases: its views only add the description, then
    defer to the viewset's own. ``find/`` (a redirect to the detail URL) is
    left out of the schema.
    """

    class Described:
        @listing_schema(name, item, listing_parameters, f"{what} of a site")
        def listing_view(self, request):
            return super().listing_view(request)

        @detail_schema(name, item, f"One of the {what.lower()} of a site", detail_parameters)
        def detail_view(self, request, pk):
            return super().detail_view(request, pk)

        @extend_schema(exclude=True)
        def find_view(self, request):
            return super().find_view(request)

    return Described


PREVIEW_SCHEMA = extend_schema(
    operation_id="preview_detail",
    summary="A draft, through a headless preview token",
    parameters=[OpenApiParameter("token", OpenApiTypes.STR, required=True)],
    responses={200: OpenApiResponse(response=PAGE), **_errors(400, 403)},
)


def only_public_api(endpoints, **kwargs):
    """drf-spectacular preprocessing hook: describe ``/api/v2/`` only.

    Wagtail's admin API (``/admin/api/``) is internal to the admin and not
    part of the public contract.
    """
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v2/")]


def every_operation_may_refuse_bad_input(result, generator, request, public):
    """drf-spectacular postprocessing hook: every operation documents a 400.

    A NUL anywhere in the query string is refused with the API's
    ``{"message": …}`` before any view runs (``cms.middleware``), so any
    operation can answer it, including those whose views take no
    parameters they could find wrong.
    """
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            responses = operation.setdefault("responses", {})
            responses.setdefault(
                "400",
                {
                    "description": "A bad parameter, or a NUL in the query string.",
                    "content": {"application/json": {"schema": ERROR}},
                },
            )
    return result


@cache
def openapi_schema() -> dict:
    """The API's OpenAPI 3 schema. It depends only on the code, so it is built
    once per process (building it takes a fifth of a second)."""
    return SchemaGenerator().get_schema(request=None, public=True)
