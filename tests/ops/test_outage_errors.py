"""Only a database that cannot be reached or used is an outage (503); an error caused by
the request (a bad query, a value the driver refuses) is not, and must not raise a
false alarm. The driver errors here are real ones, wrapped as Django wraps them."""

import sqlite3

import psycopg2
import pytest
from django.core.signals import got_request_exception
from django.db import DataError, InterfaceError, OperationalError, connection
from django.http import HttpResponse, HttpResponseServerError
from django.test import RequestFactory

from ops.middleware import DatabaseUnavailableMiddleware, is_database_outage


def django_error(driver_error, kind=OperationalError):
    """``driver_error`` wrapped as ``django.db.utils.DatabaseErrorWrapper`` does."""
    error = kind(*driver_error.args)
    error.__cause__ = driver_error
    return error


def raised(action):
    try:
        action()
    except Exception as exc:  # noqa: BLE001
        return exc
    raise AssertionError("no error raised")


def sqlite_fts_syntax_error():
    """What SQLite answered to a search for a lone double quote."""
    db = sqlite3.connect(":memory:")
    db.execute("CREATE VIRTUAL TABLE t USING fts5(body)")
    return raised(lambda: db.execute("SELECT * FROM t WHERE t MATCH ?", ['"\x00"']).fetchall())


def sqlite_cannot_open():
    return raised(lambda: sqlite3.connect("/nonexistent/kcms/db.sqlite3").execute("SELECT 1"))


def postgres_refused():
    return raised(lambda: psycopg2.connect(host="127.0.0.1", port=5439, connect_timeout=3))


def test_a_bad_query_on_sqlite_is_not_an_outage():
    error = sqlite_fts_syntax_error()
    assert isinstance(error, sqlite3.OperationalError)
    assert not is_database_outage(django_error(error))


def test_a_sqlite_file_that_cannot_be_opened_is_an_outage():
    assert is_database_outage(django_error(sqlite_cannot_open()))


def test_a_refused_postgres_connection_is_an_outage():
    error = postgres_refused()
    assert error.pgcode is None
    assert is_database_outage(django_error(error))


def test_data_errors_and_driver_value_errors_are_not_outages():
    assert not is_database_outage(ValueError("A string literal cannot contain NUL (0x00)"))
    assert not is_database_outage(DataError("invalid input syntax"))
    assert is_database_outage(InterfaceError("connection already closed"))
    # Django's own OperationalError, with no driver error to tell: as before, an outage.
    assert is_database_outage(OperationalError("could not connect to server"))


@pytest.mark.django_db
def test_a_cancelled_postgres_query_is_not_an_outage():
    if connection.vendor != "postgresql":
        pytest.skip("needs PostgreSQL (DATABASE_URL)")
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL statement_timeout = 1")
        error = raised(lambda: cursor.execute("SELECT pg_sleep(1)"))
    assert isinstance(error, OperationalError) and error.__cause__.pgcode == "57014"
    assert not is_database_outage(error)


def answer_with(error):
    """The middleware around a view failing with ``error``, as Django's handler runs it."""

    def get_response(request):
        try:
            raise error
        except Exception:  # noqa: BLE001
            got_request_exception.send(sender=None, request=request)
            return HttpResponseServerError("server error")

    return DatabaseUnavailableMiddleware(get_response)


def test_the_middleware_answers_503_only_for_an_outage(caplog):
    request = RequestFactory().get("/cari/")
    bad_query = answer_with(django_error(sqlite_fts_syntax_error()))(request)
    assert bad_query.status_code == 500
    assert not [r for r in caplog.records if r.name == "ops.middleware"]  # no false alarm

    outage = answer_with(django_error(postgres_refused()))(RequestFactory().get("/cari/"))
    assert outage.status_code == 503
    assert "Layanan sedang tidak tersedia" in outage.text

    fine = DatabaseUnavailableMiddleware(lambda request: HttpResponse("ok"))(request)
    assert fine.status_code == 200
