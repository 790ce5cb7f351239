"""Shared fixtures: a clean host cache per test and a two-kecamatan tree."""

import pytest
from django.core.cache import cache

from tenants import hosts
from tests.demo_seed import rolled_back, seed
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


@pytest.fixture
def tree(db):
    """The two-kecamatan tree of :func:`build_tree`, fresh for each test."""
    return build_tree()


@pytest.fixture(scope="module")
def seeded(django_db_setup, django_db_blocker):
    """``seed_demo`` run once for the requesting module, rolled back after it.

    Yields what the command printed. See ``tests/demo_seed.py``.
    """
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            output = seed()
        yield output
