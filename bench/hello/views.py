"""The one view of the minimal project."""

from django.http import HttpResponse


def hello(request):
    """Plain "hello", as the project's own ``/_bench/bare/`` answers, without its middleware."""
    return HttpResponse(b"hello", content_type="text/plain")
