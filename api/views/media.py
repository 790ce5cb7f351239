"""``/api/v2/images/`` and ``/api/v2/documents/``: one site's own media.

Wagtail's stock endpoints list every non-private collection of the whole
install. Here a site sees only its tenant's collection and those below it,
minus any collection with a view restriction (and everything under it),
whatever the requesting browser may be logged in as.
"""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.documents import get_document_model
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images import get_image_model
from wagtail.images.api.v2.views import ImagesAPIViewSet

from api import schema
from api.fields import (
    RENDITION_SIZES,
    FileUrlField,
    ImageRenditionsField,
    PrefetchedTagsField,
    on_the_site_read,
)
from api.filters import OrderingFilter, SearchFilter, ValidatedFieldsFilter
from api.views.base import WagtailEndpointMixin

# The field filters the schema describes; images add their size.
FILTER_FIELDS = ["id", "title"]
TAGS = schema.text_parameter("tags", "Only items with these tags (comma-separated names).")

# Wagtail's meta fields for media, with tags read from the prefetch.
MEDIA_META_FIELDS = [
    "type",
    "detail_url",
    APIField("tags", serializer=PrefetchedTagsField()),
    "download_url",
]


class ImagesEndpoint(WagtailEndpointMixin, ImagesAPIViewSet):
    """Images of the site's own collections, with alt text and renditions."""

    base_serializer_class = on_the_site_read(ImagesAPIViewSet.base_serializer_class)
    filter_backends = [ValidatedFieldsFilter, OrderingFilter, SearchFilter]
    filter_fields = [*FILTER_FIELDS, "width", "height"]
    known_query_parameters = ImagesAPIViewSet.known_query_parameters | {"site"}
    meta_fields = MEDIA_META_FIELDS
    body_fields = ImagesAPIViewSet.body_fields + [
        APIField("alt", serializer=serializers.CharField(source="description")),
        APIField("renditions", serializer=ImageRenditionsField(source="*")),
    ]
    listing_default_fields = ImagesAPIViewSet.listing_default_fields + ["alt"]

    def get_queryset(self):
        return (
            self.model.objects.filter(collection__in=self.scope.collections())
            .prefetch_renditions(*RENDITION_SIZES.values())
            .prefetch_related("tags")
            .order_by("id")
        )


class DocumentsEndpoint(WagtailEndpointMixin, DocumentsAPIViewSet):
    """Documents of the site's own collections."""

    base_serializer_class = on_the_site_read(DocumentsAPIViewSet.base_serializer_class)
    filter_backends = [ValidatedFieldsFilter, OrderingFilter, SearchFilter]
    filter_fields = FILTER_FIELDS
    known_query_parameters = DocumentsAPIViewSet.known_query_parameters | {"site"}
    # The document's own URL, made absolute on the site read (``api.absolute``).
    meta_fields = [*MEDIA_META_FIELDS[:-1], APIField("download_url", serializer=FileUrlField())]

    def get_queryset(self):
        return (
            self.model.objects.filter(collection__in=self.scope.collections())
            .prefetch_related("tags")
            .order_by("id")
        )


schema.describe_endpoint(
    ImagesEndpoint, "images", schema.IMAGE, "Images", get_image_model(), listing=[TAGS]
)
schema.describe_endpoint(
    DocumentsEndpoint,
    "documents",
    schema.DOCUMENT,
    "Documents",
    get_document_model(),
    listing=[TAGS],
)
