"""``/api/v2/images/`` and ``/api/v2/documents/``: one site's own media.

Wagtail's stock endpoints list every non-private collection of the whole
install. Here a site sees only its tenant's collection and those below it,
minus any collection with a view restriction (and everything under it),
whatever the requesting browser may be logged in as.
"""

from rest_framework import serializers
from wagtail.api import APIField
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet

from api import schema
from api.fields import RENDITION_SIZES, FileUrlField, ImageRenditionsField, PrefetchedTagsField
from api.views.base import ScopedEndpointMixin

# Wagtail's meta fields for media, with tags read from the prefetch.
MEDIA_META_FIELDS = [
    "type",
    "detail_url",
    APIField("tags", serializer=PrefetchedTagsField()),
    "download_url",
]


class ImagesEndpoint(
    schema.described_endpoint("images", schema.IMAGE, "Images", schema.COMMON_LISTING),
    ScopedEndpointMixin,
    ImagesAPIViewSet,
):
    """Images of the site's own collections, with alt text and renditions."""

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


class DocumentsEndpoint(
    schema.described_endpoint("documents", schema.DOCUMENT, "Documents", schema.COMMON_LISTING),
    ScopedEndpointMixin,
    DocumentsAPIViewSet,
):
    """Documents of the site's own collections."""

    known_query_parameters = DocumentsAPIViewSet.known_query_parameters | {"site"}
    # The document's own URL, made absolute on the site read (``api.absolute``).
    meta_fields = [*MEDIA_META_FIELDS[:-1], APIField("download_url", serializer=FileUrlField())]

    def get_queryset(self):
        return (
            self.model.objects.filter(collection__in=self.scope.collections())
            .prefetch_related("tags")
            .order_by("id")
        )
