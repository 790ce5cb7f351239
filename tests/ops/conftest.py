"""One kecamatan with one village, onboarded once per module and rolled back after it."""

import pytest

from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory, VillageFactory


@pytest.fixture(scope="module")
def portal(django_db_setup, django_db_blocker):
    """``portal.kecamatan`` (kec-a.test, the default site) and ``portal.village`` (satu.kec-a.test).

    Cheaper than the shared ``tree`` fixture, which onboards six sites per test.
    Tests using it also request ``db`` so that each runs in its own savepoint.
    """

    class Portal:
        pass

    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            p = Portal()
            p.kecamatan = KecamatanFactory(
                code="16.74.04",
                name="Rambang Kapak Tengah",
                hostname="kec-a.test",
                make_default=True,
            )
            p.village = VillageFactory(kecamatan=p.kecamatan, serial=1001, name="Satu")
        yield p
