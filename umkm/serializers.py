"""API serializers for product pages: photo renditions with the product's alt text."""

from rest_framework import serializers
from wagtail.images.api.fields import ImageRenditionField


class ProductPhotoField(ImageRenditionField):
    """A rendition of a product's photo, carrying the product's own alt text.

    Declared with ``source="*"`` so it receives the page rather than the
    image: the alt text may come from the page (``photo_alt``), which Wagtail's
    field, seeing only the image, cannot know. ``None`` when there is no photo.
    """

    def __init__(self, filter_spec, **kwargs):
        kwargs.setdefault("source", "*")
        super().__init__(filter_spec, **kwargs)

    def to_representation(self, page):
        """The rendition dict (url, full_url, width, height, alt), or None."""
        if page.photo is None:
            return None
        data = super().to_representation(page.photo)
        if "error" not in data:
            data["alt"] = page.photo_alt_text
        return data


class ProductTenantSerializer(serializers.Serializer):
    """The village (or kecamatan) whose site holds a product."""

    code = serializers.CharField()
    name = serializers.CharField(source="display_name")
    url = serializers.CharField()
