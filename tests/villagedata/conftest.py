"""Package-scoped village data: two kecamatan, their villages, and imported figures.

Kecamatan A (16.74.04, kec-a.test) has kelurahan Satu (1001), desa Dua
(2008) and desa Lima (2005); kecamatan B (16.74.05, kec-b.test) has desa
Empat (2002). Population 2024-2 exists for Satu, Dua and Empat, 2024-1 for
Satu only; Lima has none (the "missing" village). APBDes 2024 exists for Dua
only. Built once for this test package (onboarding costs seconds) and rolled
back after its last test (see tests/demo_seed.py); each test runs in its own
savepoint, so nothing one test writes is seen by the next.
"""

from types import SimpleNamespace

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory, VillageFactory
from villagedata.importing import import_budget, import_population, import_profiles
from villagedata.models import SyncKey

POP_HEADER = [
    "kode_wilayah",
    "tahun",
    "semester",
    "tanggal_data",
    "sumber",
    "kelompok",
    "kategori",
    "laki_laki",
    "perempuan",
    "jumlah",
]
BUDGET_HEADER = [
    "kode_wilayah",
    "tahun",
    "tanggal_data",
    "sumber",
    "jenis",
    "kategori",
    "anggaran",
    "realisasi",
]


def table(header, rows):
    """The shape ``read_table`` returns, with spreadsheet row numbers."""
    return [(1, {c: c for c in header})] + [
        (number, dict(zip(header, row, strict=True))) for number, row in enumerate(rows, start=2)
    ]


def population_rows(code, year, semester, male, female, source="Dukcapil uji"):
    """A valid period: the total, marital status adding up to it, and households."""
    common = [code, year, semester, f"{year}-12-31", source]
    return [
        [*common, "penduduk", "jumlah", male, female, male + female],
        [*common, "perkawinan", "belum_kawin", male - 300, female - 320, ""],
        [*common, "perkawinan", "kawin", 280, 290, ""],
        [*common, "perkawinan", "cerai_hidup", 5, 10, ""],
        [*common, "perkawinan", "cerai_mati", 15, 20, ""],
        [*common, "keluarga", "kk", 300, 40, ""],
    ]


def budget_rows(code, year, dana_desa=900_000_000, add=400_000_000):
    common = [code, year, f"{year}-12-31", "Perdes APBDes uji"]
    return [
        [*common, "pendapatan", "dana_desa", dana_desa, dana_desa - 10_000_000],
        [*common, "pendapatan", "alokasi_dana_desa", add, add],
        [*common, "pendapatan", "jumlah", dana_desa + add, dana_desa + add - 10_000_000],
        [*common, "belanja", "pelaksanaan_pembangunan", 700_000_000, 654_321_000],
        [*common, "belanja", "penyelenggaraan_pemerintahan", 500_000_000, 480_000_000],
    ]


class World:
    """The module's tenants, by role."""


@pytest.fixture(scope="package")
def world(django_db_setup, django_db_blocker):
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            w = build_world()
        yield w


def build_world() -> World:
    """Onboard the tenants and import their figures."""
    w = World()
    w.kec_a = KecamatanFactory(
        code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test", make_default=True
    )
    w.satu = VillageFactory(kecamatan=w.kec_a, serial=1001, name="Satu")
    w.dua = VillageFactory(kecamatan=w.kec_a, serial=2008, name="Dua")
    w.lima = VillageFactory(kecamatan=w.kec_a, serial=2005, name="Lima")
    w.kec_b = KecamatanFactory(code="16.74.05", name="Rambang Kapak Hilir", hostname="kec-b.test")
    w.empat = VillageFactory(kecamatan=w.kec_b, serial=2002, name="Empat")
    rows = (
        population_rows(w.satu.code, 2024, 2, 1000, 1010)
        + population_rows(w.satu.code, 2024, 1, 990, 1000)
        + population_rows(w.dua.code, 2024, 2, 1500, 1480, source="Dukcapil Dua")
        + population_rows(w.empat.code, 2024, 2, 700, 720)
    )
    result = import_population(table(POP_HEADER, rows))
    assert result.ok, result.errors
    result = import_budget(table(BUDGET_HEADER, budget_rows(w.dua.code, 2024)))
    assert result.ok, result.errors
    profile_header = [
        "kode_wilayah",
        "tanggal_data",
        "sumber",
        "luas_km2",
        "jumlah_rt",
        "posyandu",
        "batas_utara",
    ]
    result = import_profiles(
        table(
            profile_header,
            [
                [w.satu.code, "2024-12-31", "Profil uji", "12.5", 14, 3, "Desa Dua"],
                [w.dua.code, "2024-12-31", "Profil uji", "20.25", 21, 4, "Desa Lima"],
            ],
        )
    )
    assert result.ok, result.errors
    return w


@pytest.fixture(autouse=True)
def _db(world, db):
    """Every test here reads the module's world inside its own savepoint."""


@pytest.fixture
def keys(world):
    """OpenSID push keys: one each for Dua, Satu and Empat, and a revoked one of Dua's."""
    k = SimpleNamespace()
    _row, k.dua = SyncKey.issue(world.dua, label="OpenSID Dua")
    _row, k.satu = SyncKey.issue(world.satu)
    _row, k.empat = SyncKey.issue(world.empat)
    revoked, k.revoked = SyncKey.issue(world.dua)
    revoked.revoke()
    return k


@pytest.fixture
def csrf_client():
    """CSRF checked as a browser-less sender meets it in production."""
    return Client(enforce_csrf_checks=True)


def send_zip(client, key, code, content, path, filename, host="kec-a.test"):
    """A ZIP push as OpenSID's ``opendk_api()`` sends it: multipart ``file`` +
    ``desa_id``, its key as a Bearer token, X-Requested-With."""
    upload = SimpleUploadedFile(filename, content, "application/zip")
    return client.post(
        path,
        {"file": upload, "desa_id": code},
        HTTP_AUTHORIZATION=f"Bearer {key}",
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        HTTP_HOST=host,
    )
