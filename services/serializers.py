"""How parts of a service look in the content API (``ServicePage.api_fields``).

Plain DRF serializers over model attributes; they import no models, so the
models module and the API both import them without a cycle.
"""

from rest_framework import serializers


class TopicSerializer(serializers.Serializer):
    """A topic in the API: its stable slug and its name."""

    slug = serializers.CharField()
    name = serializers.CharField()


class ServiceDocumentSerializer(serializers.Serializer):
    """A downloadable form in the API."""

    title = serializers.CharField(source="display_title")
    url = serializers.CharField(source="document.url")
