"""What a legal document's api_fields put on the wire: all JDIH metadata and the file."""

import pytest

from regulations.models import LegalDocumentPage

pytestmark = pytest.mark.django_db


def test_document_api_carries_every_jdih_field_and_the_file(documents, client):
    page = LegalDocumentPage.objects.get(slug="rpjmdes-2019")
    response = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    data = response.json()
    assert {key: data[key] for key in ("kind", "kind_display", "number", "year")} == {
        "kind": "peraturan_desa",
        "kind_display": "Peraturan Desa",
        "number": "4",
        "year": 2019,
    }
    assert data["subject"] == "Rencana Pembangunan Jangka Menengah Desa 2019–2024"
    assert data["citation"] == "Peraturan Desa Nomor 4 Tahun 2019"
    assert (data["date_set"], data["date_enacted"]) == ("2019-07-01", None)
    assert (data["status"], data["status_display"]) == ("dicabut", "Dicabut")
    assert data["status_note"].startswith("Dicabut dengan")
    assert (data["place"], data["language"], data["source"]) == ("Satu", "Indonesia", "")
    assert data["abstract"] == ""
    file = data["document"]
    # The API makes the site-relative download URL absolute.
    assert file["url"] == "http://satu.kec-a.test" + page.document.url
    assert (file["file_extension"], file["file_size"]) == ("pdf", 29)
    assert file["filename"].endswith(".pdf")


def test_documents_index_api_carries_its_intro(documents, client):
    from tests.regulations.conftest import index_of

    index = index_of(documents.village_a1)
    data = client.get(f"/api/v2/pages/{index.pk}/", HTTP_HOST="satu.kec-a.test").json()
    assert data["intro"] == ""
    assert data["meta"]["type"] == "regulations.DocumentIndexPage"
