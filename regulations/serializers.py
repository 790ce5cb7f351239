"""How a legal document's file looks in the content API."""

from rest_framework import serializers


class DocumentFileSerializer(serializers.Serializer):
    """The file of a legal document: title, download URL, type and size in bytes."""

    title = serializers.CharField()
    url = serializers.CharField()
    filename = serializers.CharField()
    file_extension = serializers.CharField()
    file_size = serializers.IntegerField(source="get_file_size")
