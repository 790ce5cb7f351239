"""JDIH validation: year range, promulgation not before enactment, number and file required."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from regulations.models import LegalDocumentPage, next_year

pytestmark = pytest.mark.django_db


def errors_of(page) -> dict:
    with pytest.raises(ValidationError) as error:
        page.full_clean()
    return error.value.message_dict


@pytest.fixture
def page(documents):
    """A valid, saved document to break one field at a time."""
    return LegalDocumentPage.objects.get(slug="apbdes-2026")


def test_the_fixture_document_is_valid(page):
    page.full_clean()


@pytest.mark.parametrize("year", [1944, 1000, "next_year+1"])
def test_year_before_1945_or_after_next_year_is_rejected(page, year):
    page.year = next_year() + 1 if year == "next_year+1" else year
    assert "year" in errors_of(page)


@pytest.mark.parametrize("year", [1945, "next_year"])
def test_year_from_1945_to_next_year_is_accepted(page, year):
    page.year = next_year() if year == "next_year" else year
    page.full_clean()
    assert next_year() == timezone.localdate().year + 1


def test_date_enacted_before_date_set_is_rejected_and_the_same_day_accepted(page):
    page.date_enacted = page.date_set - datetime.timedelta(days=1)
    assert "date_enacted" in errors_of(page)
    page.date_enacted = page.date_set
    page.full_clean()
    page.date_enacted = None
    page.full_clean()


def test_the_file_is_required(page):
    page.document = None
    assert "document" in errors_of(page)


def test_a_regulation_needs_a_number_but_a_report_does_not(page):
    page.number = " "
    assert "number" in errors_of(page)
    page.kind = "laporan"
    page.full_clean()


def test_citation_reads_as_people_cite_a_regulation(documents):
    perdes = LegalDocumentPage.objects.get(slug="rpjmdes-2024")
    report = LegalDocumentPage.objects.get(slug="laporan-2025")
    decree = LegalDocumentPage.objects.get(slug="tpk-2025")
    assert perdes.citation == "Peraturan Desa Nomor 3 Tahun 2024"
    assert report.citation == "Laporan Tahun 2026"
    assert decree.citation == "Keputusan Kepala Desa Nomor 141/03/KPTS/2025"
    assert perdes.get_meta_description().startswith(
        "Peraturan Desa Nomor 3 Tahun 2024 tentang Rencana Pembangunan"
    )
