"""Shared fixtures: a clean host cache per test and a two-kecamatan tree."""

import pytest
from django.core.cache import cache

from tenants import hosts
from tenants.models import Tenant
from tests.demo_seed import drop_postgres_copy, rolled_back, seeded_demo
from tests.factories import KecamatanFactory, VillageFactory


@pytest.fixture(autouse=True)
def _fresh_caches():
    """Rolled-back tests leave Site hostnames in process caches; start each clean."""
    cache.clear()
    hosts.reset_local()
    yield
    cache.clear()
    hosts.reset_local()


class Tree:
    """The two-kecamatan tree built by :func:`build_tree`."""


def build_tree() -> Tree:
    """Two kecamatan, each with two villages (one kelurahan, one desa).

    ``kec_a`` is the default site. Hostnames: kec-a.test, satu.kec-a.test,
    dua.kec-a.test, kec-b.test, tiga.kec-b.test, empat.kec-b.test. Their
    Site ports are 80, as the test client uses.
    """
    t = Tree()
    t.kec_a = KecamatanFactory(
        code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test", make_default=True
    )
    t.village_a1 = VillageFactory(kecamatan=t.kec_a, serial=1001, name="Satu")
    t.village_a2 = VillageFactory(kecamatan=t.kec_a, serial=2008, name="Dua")
    t.kec_b = KecamatanFactory(code="16.74.05", name="Rambang Kapak Hilir", hostname="kec-b.test")
    t.village_b1 = VillageFactory(kecamatan=t.kec_b, serial=1001, name="Tiga")
    t.village_b2 = VillageFactory(kecamatan=t.kec_b, serial=2002, name="Empat")
    return t


@pytest.fixture(scope="module")
def module_tree(django_db_setup, django_db_blocker):
    """:func:`build_tree` once for the requesting module, rolled back after its last test.

    Onboarding six sites costs seconds; building them once per module
    instead of once per test took minutes off the suite. A module using
    this tree must not also build another world of its own (``seeded``, a
    conftest's ``world``): their hostnames and default site would clash.
    """
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            built = build_tree()
        yield built


@pytest.fixture
def tree(module_tree, db):
    """The two-kecamatan tree of :func:`build_tree`, as it was built.

    Each test runs in its own savepoint inside the module's transaction, so
    what it changes is rolled back; its tenants are read afresh, so a change
    made to an object in memory does not leak into the next test either.
    """
    tenants = vars(module_tree)
    fresh = Tenant.objects.in_bulk([tenant.pk for tenant in tenants.values()])
    t = Tree()
    for name, tenant in tenants.items():
        setattr(t, name, fresh[tenant.pk])
    return t


@pytest.fixture(scope="session")
def _seeded_copy_dropped(django_db_setup, django_db_blocker):
    """Drops PostgreSQL's seeded copy of the test database when the session ends."""
    yield
    with django_db_blocker.unblock():
        drop_postgres_copy()


@pytest.fixture(scope="module")
def seeded(_seeded_copy_dropped, django_db_blocker):
    """The seeded demo for the requesting module, gone after its last test.

    Yields what the command printed. See ``tests/demo_seed.py``.
    """
    with seeded_demo(django_db_blocker) as output:
        yield output
