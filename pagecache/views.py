"""A bare view, the ceiling the benchmark harness compares pages with."""

from django.http import HttpResponse


def bare(request):
    """Plain "hello" through the full middleware stack: no template, no database.

    Mounted at ``/_bench/bare/`` only when ``BENCH_BARE_VIEW`` is on.
    """
    return HttpResponse(b"hello", content_type="text/plain")
