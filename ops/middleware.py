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
# unreachable rather than the query being wrong. An OperationalError is only
# a candidate: see is_database_outage().
DATABASE_DOWN_ERRORS = (OperationalError, InterfaceError)
# PostgreSQL SQLSTATE classes of a server that cannot serve at all:
# 08 connection exception, 53 insufficient resources (too many clients, out
# of memory or disk), 57P operator intervention (shutdown, cannot connect
# now), 58 system error (I/O). Other codes mean this query was wrong.
POSTGRES_OUTAGE_STATES = ("08", "53", "57P", "58")
# SQLite primary result codes of a database that cannot be used: busy,
# locked, out of memory, read-only, I/O error, corrupt, disk full, cannot
# open, protocol error, not a database. SQLITE_ERROR (1) is a bad query,
# e.g. an FTS5 syntax error from what a visitor typed.
SQLITE_OUTAGE_CODES = {5, 6, 7, 8, 10, 11, 13, 14, 15, 26}
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


def is_database_outage(exc: BaseException | None) -> bool:
    """True when ``exc`` means the database cannot be reached or used, not a bad query.

    Django wraps the driver's error, which stays as ``__cause__``. PostgreSQL
    errors carry an SQLSTATE (``pgcode``): none at all when the connection
    failed before the server could answer. SQLite errors carry a result
    code (``sqlite_errorcode``). Data errors (a NUL psycopg2 refuses is a
    ``ValueError``, a bad value a ``DataError``) and query errors are not
    outages: they are the request's fault, a 500 or better a 400, and
    calling them an outage would page someone for nothing. An
    ``OperationalError`` without a driver error to tell (Django's own, or
    another backend's) is taken for an outage, as before.
    """
    if isinstance(exc, InterfaceError):
        return True
    if not isinstance(exc, OperationalError):
        return False
    cause = exc.__cause__
    for attribute in ("pgcode", "sqlstate"):  # psycopg2, psycopg 3
        if hasattr(cause, attribute):
            state = getattr(cause, attribute)
            return state is None or state.startswith(POSTGRES_OUTAGE_STATES)
    if hasattr(cause, "sqlite_errorcode"):
        return cause.sqlite_errorcode & 0xFF in SQLITE_OUTAGE_CODES
    return True


@receiver(got_request_exception, dispatch_uid="ops.mark_database_unavailable")
def mark_database_unavailable(sender, request=None, **kwargs):
    """Flag the request when the exception being handled is a database outage."""
    if request is not None and is_database_outage(sys.exception()):
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
        except DATABASE_DOWN_ERRORS as exc:
            # Only reached with DEBUG_PROPAGATE_EXCEPTIONS; normally Django
            # has converted the exception into a 500 response already.
            if not is_database_outage(exc):
                raise
            setattr(request, MARK, True)
            response = None
        if getattr(request, MARK, False):
            logger.error("database unavailable; answered 503 for %s", request.path)
            return database_unavailable_response()
        return response
