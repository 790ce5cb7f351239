"""Running ``seed_demo`` in tests: the demo for a module, gone after it.

Seeding all of Kota Prabumulih takes many seconds. Each demo test module
gets the seeded demo through the ``seeded`` fixture (in
``tests/conftest.py``) for its whole length; each test still runs in its
own savepoint, so what one test changes does not leak into the next.

The demo is seeded once per test process, whatever the database:

* SQLite (the in-memory test database): the database is copied before and
  after seeding with SQLite's backup API, and each demo module starts from
  the seeded copy and ends by restoring the empty one, in milliseconds.
* PostgreSQL: seeding takes one to three minutes there, and once per module
  it was the larger part of the PostgreSQL run. The first demo module copies
  the empty test database (``CREATE DATABASE … TEMPLATE``) to
  ``<test database>_demo`` and seeds that copy; each demo module then points
  the connection at the copy for its length, inside a transaction rolled
  back after its last test, and back at the test database after it. The
  copy is dropped at the end of the session.
* Any other database: each module seeds inside a rolled-back transaction.
"""

import sqlite3
from contextlib import contextmanager
from io import StringIO

from django.core.management import call_command
from django.db import connection, transaction
from django.test import override_settings

PASSWORD = "demo-sandi-uji-2026"


def seed(**options) -> str:
    """Run seed_demo with DEBUG on (and the test password) and return what it printed."""
    options.setdefault("password", PASSWORD)
    out = StringIO()
    with override_settings(DEBUG=True):
        call_command("seed_demo", stdout=out, **options)
    return out.getvalue()


@contextmanager
def rolled_back(django_db_blocker):
    """Everything done inside the block happens in one transaction, rolled back on exit."""
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
    try:
        yield
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


# (database before seeding, database after seeding, what seed_demo printed),
# taken the first time a module asks for the demo in this process.
_sqlite_copies: tuple[sqlite3.Connection, sqlite3.Connection, str] | None = None


def _copy_of(raw: sqlite3.Connection) -> sqlite3.Connection:
    copy = sqlite3.connect(":memory:", check_same_thread=False)
    raw.backup(copy)
    return copy


# (name of the seeded copy of the test database, what seed_demo printed).
_postgres_copy: tuple[str, str] | None = None


@contextmanager
def _connected_to(name: str):
    """The default connection on database ``name`` for the block, then back.

    The settings dict is shared with the connections other threads open (a
    live server's), so they follow the switch too.
    """
    original = connection.settings_dict["NAME"]
    connection.close()
    connection.settings_dict["NAME"] = name
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict["NAME"] = original


def _seeded_postgres_copy() -> tuple[str, str]:
    """Name of the seeded copy of the (empty) test database, made on first use."""
    global _postgres_copy
    if _postgres_copy is None:
        test_name = connection.settings_dict["NAME"]
        copy_name = f"{test_name}_demo"
        quote = connection.ops.quote_name
        connection.close()  # a template database must have no other session
        with connection._nodb_cursor() as cursor:
            cursor.execute(f"DROP DATABASE IF EXISTS {quote(copy_name)}")
            cursor.execute(f"CREATE DATABASE {quote(copy_name)} TEMPLATE {quote(test_name)}")
        try:
            with _connected_to(copy_name):
                output = seed()
        except BaseException:
            drop_postgres_copy(copy_name)  # no half-seeded demo for the next module
            raise
        _postgres_copy = (copy_name, output)
    return _postgres_copy


def drop_postgres_copy(name: str | None = None) -> None:
    """Drop the seeded copy (at the end of the session); nothing if there is none."""
    global _postgres_copy
    if name is None:
        if _postgres_copy is None:
            return
        name = _postgres_copy[0]
    _postgres_copy = None
    connection.close()
    with connection._nodb_cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {connection.ops.quote_name(name)}")


@contextmanager
def seeded_demo(django_db_blocker):
    """The seeded demo in the test database for the block; yields seed_demo's output."""
    with django_db_blocker.unblock():
        connection.ensure_connection()
        outside_transaction = not connection.in_atomic_block
    if connection.vendor == "postgresql" and outside_transaction:
        with django_db_blocker.unblock():
            copy_name, output = _seeded_postgres_copy()
            switched = _connected_to(copy_name)
            switched.__enter__()
        try:
            with rolled_back(django_db_blocker):
                yield output
        finally:
            with django_db_blocker.unblock():
                switched.__exit__(None, None, None)
        return
    copyable = connection.vendor == "sqlite" and outside_transaction
    if not copyable:
        with rolled_back(django_db_blocker):
            with django_db_blocker.unblock():
                output = seed()
            yield output
        return
    global _sqlite_copies
    with django_db_blocker.unblock():
        raw = connection.connection
        if _sqlite_copies is None:
            empty = _copy_of(raw)
            try:
                output = seed()
            except BaseException:
                empty.backup(raw)  # no half-seeded demo for the next module
                raise
            _sqlite_copies = (empty, _copy_of(raw), output)
        else:
            _sqlite_copies[1].backup(raw)
    try:
        yield _sqlite_copies[2]
    finally:
        with django_db_blocker.unblock():
            _sqlite_copies[0].backup(raw)
