"""How an album's photos appear in the content API: renditions with their alt text."""

from rest_framework import serializers
from wagtail.images.api.fields import ImageRenditionField


class GalleryPhotoSerializer(serializers.Serializer):
    """One photo (a ``gallery.models.GalleryPhoto``) as three renditions, alt text, caption.

    Each rendition carries ``url``, ``full_url``, ``width``, ``height`` and
    ``alt``; ``alt`` is the photo's own alt text, "" when it is decorative.
    """

    thumbnail = ImageRenditionField("fill-400x300", source="image")
    medium = ImageRenditionField("width-800", source="image")
    large = ImageRenditionField("max-1600x1600", source="image")
    alt = serializers.CharField()
    decorative = serializers.BooleanField()
    caption = serializers.CharField()
