"""Running ``seed_demo`` in tests: the demo for a module, gone after it.

Seeding all of Kota Prabumulih takes many seconds. Each demo test module
gets the seeded demo through the ``seeded`` fixture (in
``tests/conftest.py``) for its whole length; each test still runs in its
own savepoint, so what one test changes does not leak into the next.

On SQLite (the in-memory test database) the demo is seeded once per test
process: the database is copied before and after seeding with SQLite's
backup API, and each demo module starts from the seeded copy and ends by
restoring the empty one, in milliseconds. On other databases each module
seeds inside a transaction that is rolled back after its last test.
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


@contextmanager
def seeded_demo(django_db_blocker):
    """The seeded demo in the test database for the block; yields seed_demo's output."""
    with django_db_blocker.unblock():
        connection.ensure_connection()
        copyable = connection.vendor == "sqlite" and not connection.in_atomic_block
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
