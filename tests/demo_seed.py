"""Running ``seed_demo`` in tests: once per module, rolled back afterwards.

Seeding all of Kota Prabumulih takes many seconds, so each demo test module
seeds once through the ``seeded`` fixture (in ``tests/conftest.py``) inside
a transaction that stays open for the module and is rolled back after its
last test. Each test still runs in its own savepoint, so what one test
changes does not leak into the next.
"""

from contextlib import contextmanager
from io import StringIO

from django.core.management import call_command
from django.db import transaction
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
