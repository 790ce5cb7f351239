"""Fixtures: the two-kecamatan tree with documents in village Satu, village Tiga and kec A.

Built once per module and rolled back after it, like ``tests/profiles``'
fixtures; each test runs in its own savepoint.
"""

import datetime

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model

from cms.pages import publish_child
from regulations.models import DocumentIndexPage, LegalDocumentPage
from tests.profiles.conftest import build_tree, rolled_back

D = datetime.date
PDF_BYTES = b"%PDF-1.4\n% dokumen uji\n%%EOF\n"


def index_of(tenant) -> DocumentIndexPage:
    return DocumentIndexPage.objects.child_of(tenant.home_page).get()


def make_file(tenant, title: str, data: bytes = PDF_BYTES, extension: str = "pdf"):
    """A Wagtail document in the tenant's collection, with its size recorded."""
    document = get_document_model()(title=title, collection=tenant.collection)
    document.file = ContentFile(data, name=f"{title.lower().replace(' ', '-')}.{extension}")
    document.file_size = len(data)
    document.save()
    return document


def legal_document(tenant, slug: str, **fields) -> LegalDocumentPage:
    """A published LegalDocumentPage under the tenant's index; valid unless told otherwise."""
    values = {
        "title": f"Dokumen {slug}",
        "kind": "peraturan_desa",
        "number": "1",
        "year": 2026,
        "subject": f"Pokok {slug}",
        "date_set": D(2026, 1, 2),
        "place": tenant.name,
    } | fields
    values.setdefault("document", make_file(tenant, f"Berkas {slug}"))
    return publish_child(index_of(tenant), LegalDocumentPage(slug=slug, **values))


def fill_documents(tree):
    """Five documents in Satu, one in Tiga (kec B), one on kec A's portal."""
    satu = tree.village_a1
    legal_document(
        satu,
        "apbdes-2026",
        title="Peraturan Desa Satu Nomor 1 Tahun 2026 tentang APBDes 2026",
        subject="Anggaran Pendapatan dan Belanja Desa Tahun Anggaran 2026",
        date_set=D(2026, 1, 2),
        date_enacted=D(2026, 1, 3),
        abstract="Pendapatan desa terutama dari Dana Desa.",
        document=make_file(satu, "APBDes 2026", data=b"%PDF-1.4\n" + b"x" * 2039),
    )
    legal_document(
        satu,
        "rpjmdes-2024",
        title="Peraturan Desa Satu Nomor 3 Tahun 2024 tentang RPJMDes",
        number="3",
        year=2024,
        subject="Rencana Pembangunan Jangka Menengah Desa 2024–2030",
        date_set=D(2024, 6, 17),
    )
    legal_document(
        satu,
        "rpjmdes-2019",
        title="Peraturan Desa Satu Nomor 4 Tahun 2019",
        number="4",
        year=2019,
        subject="Rencana Pembangunan Jangka Menengah Desa 2019–2024",
        date_set=D(2019, 7, 1),
        status="dicabut",
        status_note="Dicabut dengan Peraturan Desa Satu Nomor 3 Tahun 2024.",
    )
    legal_document(
        satu,
        "tpk-2025",
        title="Keputusan Kepala Desa Satu tentang TPK 2025",
        kind="keputusan_kepala_desa",
        number="141/03/KPTS/2025",
        year=2025,
        subject="Tim Pelaksana Kegiatan 2025",
        date_set=D(2025, 1, 10),
    )
    legal_document(
        satu,
        "laporan-2025",
        title="Laporan Realisasi APBDes 2025",
        kind="laporan",
        number="",
        subject="Realisasi APBDes 2025",
        date_set=D(2026, 1, 20),
        document=make_file(satu, "Laporan 2025", data=b"Laporan uji\n", extension="txt"),
    )
    legal_document(
        tree.village_b1,
        "rahasia-tiga",
        title="Peraturan Desa Tiga tentang Rahasia Tiga",
        subject="Rahasia Tiga",
    )
    legal_document(
        tree.kec_a,
        "se-camat",
        title="Surat Edaran Camat tentang Jam Pelayanan",
        kind="surat_edaran",
        number="400/27/2026",
        subject="Jam Pelayanan Selama Ramadan",
        date_set=D(2026, 2, 10),
    )
    return tree


@pytest.fixture(scope="module")
def module_documents(django_db_setup, django_db_blocker):
    """The tree with its documents, built once for the module."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            tree = fill_documents(build_tree())
        yield tree


@pytest.fixture
def documents(module_documents, db):
    """The module's tree with documents, each test in its own savepoint."""
    return module_documents
