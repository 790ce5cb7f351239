"""A friendly 503 page while the database is unreachable.

Django turns an exception raised anywhere below a middleware into a 500
response before the middleware sees it, so this works in two steps: a
``got_request_exception`` receiver marks the request when the exception is a
database connection failure, and the outermost middleware swaps the 500 for
a plain Indonesian 503 page. That page needs no database, no template and no
cache. Nothing is kept between requests: Django drops an unusable connection
at the end of the request (``close_if_unusable_or_obsolete``), so the next
request reconnects and the site recovers by itself when the database returns.
"""

import logging
import sys

from django.core.signals import got_request_exception
from django.db import InterfaceError, OperationalError
from django.dispatch import receiver
from django.http import HttpResponse

logger = logging.getLogger(__name__)

# Connection refused, server gone, too many clients: the database is
# unreachable rather than the query being wrong.
DATABASE_DOWN_ERRORS = (OperationalError, InterfaceError)
RETRY_AFTER_SECONDS = 30
MARK = "_ops_database_unavailable"

UNAVAILABLE_HTML = (
    '<!doctype html><html lang="id"><head><meta charset="utf-8">'
    '<meta name="viewport" content="width=device-width, initial-scale=1">'
    "<title>Layanan sedang tidak tersedia</title></head><body>"
    "<h1>Layanan sedang tidak tersedia</h1>"
    "<p>Maaf, situs ini sedang mengalami gangguan sementara dan tidak dapat "
    "menampilkan halaman yang Anda minta.</p>"
    "<p>Petugas kami sedang menanganinya. Silakan muat ulang halaman ini "
    "dalam beberapa menit.</p>"
    "</body></html>"
)


def database_unavailable_response() -> HttpResponse:
    """The 503 page: static HTML, not cacheable, with a retry hint."""
    response = HttpResponse(UNAVAILABLE_HTML, status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # A CDN or nginx cache must not keep serving the outage after recovery.
    response["Cache-Control"] = "no-store"
    return response


@receiver(got_request_exception, dispatch_uid="ops.mark_database_unavailable")
def mark_database_unavailable(sender, request=None, **kwargs):
    """Flag the request when the exception being handled is a database outage."""
    exc = sys.exception()
    if request is not None and isinstance(exc, DATABASE_DOWN_ERRORS):
        setattr(request, MARK, True)


class DatabaseUnavailableMiddleware:
    """Replace the 500 caused by an unreachable database with a friendly 503.

    Must be the first entry in ``MIDDLEWARE``: the host check right after it
    already reads the database.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            response = self.get_response(request)
        except DATABASE_DOWN_ERRORS:
            # Only reached with DEBUG_PROPAGATE_EXCEPTIONS; normally Django
            # has converted the exception into a 500 response already.
            setattr(request, MARK, True)
            response = None
        if getattr(request, MARK, False):
            logger.error("database unavailable; answered 503 for %s", request.path)
            return database_unavailable_response()
        return response
