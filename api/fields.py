"""Serializer fields the content API adds to Wagtail's."""

from rest_framework import serializers
from rest_framework.fields import SkipField
from wagtail.api.v2.serializers import DetailUrlField
from wagtail.images.models import SourceImageIOError

# The sizes every image is offered in: a phone, a tablet, a wide screen.
RENDITION_SIZES = {
    "small": "max-480x480",
    "medium": "max-960x960",
    "large": "max-1600x1600",
}


class RenditionSerializer(serializers.Serializer):
    """One rendition: where it is and how big."""

    url = serializers.CharField()
    width = serializers.IntegerField()
    height = serializers.IntegerField()


class ImageRenditionsField(serializers.Field):
    """An image in :data:`RENDITION_SIZES`: ``{"small": {url, width, height}, …}``.

    Reads renditions the queryset prefetched (``prefetch_renditions``), so a
    listing costs no query per image once the renditions exist. A missing
    source file gives ``null`` for every size instead of a server error.
    """

    def to_representation(self, image):
        result = {}
        for name, spec in RENDITION_SIZES.items():
            try:
                rendition = image.get_rendition(spec)
            except SourceImageIOError:
                result[name] = None
                continue
            result[name] = {
                "url": rendition.url,
                "width": rendition.width,
                "height": rendition.height,
            }
        return result


def image_summary(image, alt: str = "") -> dict | None:
    """An image as API consumers need it: alt text plus renditions, or None."""
    if image is None:
        return None
    return {
        "id": image.pk,
        "alt": alt or image.description,
        "renditions": ImageRenditionsField().to_representation(image),
    }


class FileUrlField(serializers.Field):
    """A media file's own URL, as its storage gives it (``source="*"``).

    Site-relative on local disk, made absolute on the site read by
    :mod:`api.absolute`; the storage's absolute URL (S3) goes out as it is.
    Wagtail's document field would put the Host's site in front instead,
    which is not the site read when ``?site=`` names another.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, media):
        return media.url


class SiteDetailUrlField(DetailUrlField):
    """``detail_url`` as a path, made absolute on the site read by
    :mod:`api.absolute`.

    Wagtail puts the Host's site in front, so an item read through
    ``?site=`` linked to the Host's API, where that item is not found.
    """

    def get_attribute(self, instance):
        path = self.context["router"].get_object_detail_urlpath(type(instance), instance.pk)
        if not path:
            raise SkipField
        return path


def on_the_site_read(serializer_class):
    """``serializer_class`` with :class:`SiteDetailUrlField` as its ``detail_url``."""
    return type(
        serializer_class.__name__,
        (serializer_class,),
        {"detail_url": SiteDetailUrlField(read_only=True), "__module__": __name__},
    )


class PrefetchedTagsField(serializers.Field):
    """Tag names, sorted, read from ``prefetch_related("tags")``.

    Wagtail's own tags field runs a query per object; with the tags
    prefetched, a listing costs one query for all of them.
    """

    def to_representation(self, tags):
        return sorted(tag.name for tag in tags.all())
