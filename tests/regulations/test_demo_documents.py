"""``seed_demo``'s documents for Rambang Kapak Tengah and its villages, seeded once per module.

As in ``tests/services/test_demo_services.py``, the ``seeded`` fixture runs the
command once inside a transaction that stays open for the module and is
rolled back at its end; each test runs in its own savepoint.
"""

import pytest
from wagtail.documents import get_document_model
from wagtail.models import Revision

from regulations.models import DocumentIndexPage, LegalDocumentPage
from tenants.models import Tenant
from tests.demo_seed import seed

RKT = "16.74.04"
KARANGAN = "16.74.04.2008"
KARANGAN_HOST = "karangan.rkt.localhost"


def tenant_of(code: str) -> Tenant:
    return Tenant.objects.select_related("site", "home_page", "collection").get(code=code)


def documents_of(tenant):
    index = DocumentIndexPage.objects.child_of(tenant.home_page).get()
    return LegalDocumentPage.objects.child_of(index).select_related("document")


@pytest.mark.django_db
def test_karangan_has_its_budget_plan_and_activity_team_decree(seeded):
    documents = {page.slug: page for page in documents_of(tenant_of(KARANGAN))}
    apbdes = documents["perdes-5-2025-apbdes-2026"]
    assert apbdes.citation == "Peraturan Desa Nomor 5 Tahun 2025"
    assert apbdes.subject == "Anggaran Pendapatan dan Belanja Desa Tahun Anggaran 2026"
    assert documents["perdes-3-2024-rpjmdes-2024-2030"].subject.endswith("2024–2030")
    assert documents["kepkades-tpk-2026"].kind == "keputusan_kepala_desa"
    assert documents["perdes-4-2019-rpjmdes-2019-2024"].status == "dicabut"
    assert {page.kind for page in documents.values()} >= {
        "peraturan_desa",
        "peraturan_kepala_desa",
        "keputusan_kepala_desa",
        "peraturan_bersama",
        "laporan",
    }
    assert "26 dokumen di 10 situs, 26 baru, 0 diperbarui." in seeded


@pytest.mark.django_db
def test_the_kecamatan_has_a_surat_edaran_and_a_keputusan_camat(seeded):
    kinds = {page.kind for page in documents_of(tenant_of(RKT))}
    assert {"surat_edaran", "keputusan_camat", "laporan"} <= kinds


@pytest.mark.django_db
def test_every_demo_document_is_valid_live_and_its_pdf_is_in_its_own_collection(seeded):
    rkt = tenant_of(RKT)
    sites = [rkt, *rkt.villages.select_related("site", "home_page", "collection")]
    total = 0
    for tenant in sites:
        pages = list(documents_of(tenant).live())
        assert pages, tenant.name
        for page in pages:
            page.full_clean()
            assert page.document.collection_id == tenant.collection_id, page.title
            assert page.document.file_extension == "pdf"
            assert page.document.file_size > 500
            with page.document.open_file() as file:
                data = file.read()
            assert data.startswith(b"%PDF-1.4") and data.rstrip().endswith(b"%%EOF")
            assert b"DOKUMEN CONTOH UNTUK DEMO" in data
            total += 1
    assert total == 26


@pytest.mark.django_db
def test_karangan_index_renders_filters_and_each_document_page(seeded, client):
    response = client.get("/dokumen/?jenis=peraturan_desa&status=berlaku", HTTP_HOST=KARANGAN_HOST)
    html = response.content.decode()
    assert response.status_code == 200
    assert "2 dokumen cocok" in html
    for page in documents_of(tenant_of(KARANGAN)):
        detail = client.get(f"/dokumen/{page.slug}/", HTTP_HOST=KARANGAN_HOST)
        assert detail.status_code == 200
        assert page.document.url in detail.content.decode()


@pytest.mark.django_db
def test_a_village_index_shows_only_its_own_documents(seeded, client):
    html = client.get("/dokumen/", HTTP_HOST="jungai.rkt.localhost").content.decode()
    assert "Desa Jungai" in html
    assert "Karangan" not in html and "Surat Edaran Camat" not in html


@pytest.mark.django_db
def test_other_kecamatan_get_an_empty_documents_index(seeded):
    others = Tenant.objects.exclude(code__startswith=RKT).select_related("home_page")
    assert others.count() == 41
    for tenant in others:
        assert not documents_of(tenant).exists(), tenant.name


@pytest.mark.django_db
def test_running_the_seed_again_creates_no_revisions_and_no_files(seeded):
    revisions = Revision.objects.count()
    files = get_document_model().objects.count()
    output = seed()
    assert (Revision.objects.count(), get_document_model().objects.count()) == (revisions, files)
    assert "26 dokumen di 10 situs, 0 baru, 0 diperbarui." in output


@pytest.mark.django_db
def test_seed_restores_an_edited_document_in_one_new_revision(seeded):
    page = documents_of(tenant_of(KARANGAN)).get(slug="perdes-5-2025-apbdes-2026")
    page.status = "tidak_berlaku"
    page.abstract = "Diubah oleh operator."
    page.save_revision().publish()
    revisions = Revision.objects.count()

    output = seed()

    page = documents_of(tenant_of(KARANGAN)).get(slug="perdes-5-2025-apbdes-2026")
    assert (page.status, page.abstract.startswith("Peraturan ini")) == ("berlaku", True)
    assert Revision.objects.count() == revisions + 1
    assert "0 baru, 1 diperbarui." in output
