"""Fixtures: the two-kecamatan tree with a few services in kecamatan A's catalogue."""

import pytest

from cms.models import SiteProfile
from services.models import ServiceCatalogPage, VillageServiceIndexPage
from tests.factories import ServicePageFactory, requirement


def catalog_of(tenant):
    return ServiceCatalogPage.objects.child_of(tenant.home_page).get()


def village_index_of(tenant):
    return VillageServiceIndexPage.objects.child_of(tenant.home_page).get()


@pytest.fixture
def services(tree):
    """Services in kec A (one village-level, one kecamatan-only, one permit) and kec B."""
    for tenant, address in [
        (tree.village_a1, "Jl. Kantor Kelurahan Satu No. 1"),
        (tree.village_a2, "Jl. Balai Desa Dua No. 2"),
        (tree.kec_a, "Jl. Kantor Camat No. 9"),
    ]:
        profile = SiteProfile.for_site(tenant.site)
        profile.address = address
        profile.office_hours = "Senin–Jumat 08.00–15.00"
        profile.save()

    class Services:
        pass

    s = Services()
    catalog_a = catalog_of(tree.kec_a)
    s.domisili = ServicePageFactory(
        parent=catalog_a,
        title="Surat Keterangan Domisili",
        slug="surat-keterangan-domisili",
        summary="Surat yang menerangkan tempat tinggal Anda, untuk pelayanan publik.",
        handled_at="desa",
        topics=["pindah-domisili", "kependudukan"],
        requirements=[
            requirement("Surat pengantar RT/RW", "asli"),
            requirement("Kartu Keluarga", "fotokopi"),
            requirement("KTP-el pemohon", "fotokopi", note="yang masih berlaku"),
        ],
    )
    s.dispensasi = ServicePageFactory(
        parent=catalog_a,
        title="Dispensasi Nikah",
        slug="dispensasi-nikah",
        summary="Izin camat untuk menikah kurang dari 10 hari kerja sejak pendaftaran.",
        handled_at="kecamatan",
        topics=["perkawinan"],
    )
    s.pbg = ServicePageFactory(
        parent=catalog_a,
        title="Rekomendasi PBG",
        slug="rekomendasi-pbg",
        summary="Rekomendasi camat untuk Persetujuan Bangunan Gedung.",
        kind="perizinan",
        handled_at="keduanya",
        topics=["tanah-bangunan"],
        time_value=3,
        time_unit="hari_kerja",
        fee_amount=50000,
        fee_legal_basis="Perda Uji No. 1 Tahun 2024",
    )
    s.other_kecamatan = ServicePageFactory(
        parent=catalog_of(tree.kec_b),
        title="Surat Keterangan Usaha",
        slug="surat-keterangan-usaha",
        handled_at="desa",
    )
    return s
