"""How profile and contact data look in the content API (``api_fields``).

The site's leader and office contact live in the site's ``SiteProfile``;
these serializers put them beside the page's own fields so that an API
reader gets the whole profile in one request.
"""

from rest_framework import serializers
from wagtail.images.api.fields import ImageRenditionField
from wagtail.rich_text import expand_db_html

# Portrait renditions for the API: big enough for a card, small on the wire.
PORTRAIT_SPEC = "fill-240x300"


class RichTextHTMLField(serializers.CharField):
    """Rich text as ready-to-show HTML: internal links and embeds expanded."""

    def to_representation(self, value):
        return expand_db_html(value or "")


class OfficialSerializer(serializers.Serializer):
    """An official: name, position and an optional portrait rendition with its alt text."""

    name = serializers.CharField()
    position = serializers.CharField()
    photo = ImageRenditionField(PORTRAIT_SPEC)
    photo_alt = serializers.CharField()


class ExtraContactSerializer(serializers.Serializer):
    """One extra contact of the contact page."""

    label = serializers.CharField()
    phone = serializers.CharField()
    email = serializers.CharField()


class LeaderSerializer(serializers.Serializer):
    """The site's leader, read from its SiteProfile."""

    title = serializers.CharField(source="get_leader_title_display")
    name = serializers.CharField(source="leader_name")
    photo = ImageRenditionField(PORTRAIT_SPEC, source="leader_photo")


class OfficeSerializer(serializers.Serializer):
    """The office's public contact details, read from the site's SiteProfile."""

    name = serializers.CharField(source="display_name")
    address = serializers.CharField()
    phone = serializers.CharField()
    whatsapp = serializers.CharField()
    whatsapp_link = serializers.CharField()
    email = serializers.CharField()
    office_hours = serializers.CharField()
    map_url = serializers.CharField()
    facebook_url = serializers.CharField()
    instagram_url = serializers.CharField()
    youtube_url = serializers.CharField()
    tiktok_url = serializers.CharField()
    x_url = serializers.CharField()
