"""The documents index: newest first, filters, pagination, rows, and scoping per site."""

import re

import pytest

from regulations.models import DocumentIndexPage

pytestmark = pytest.mark.django_db

SATU = "satu.kec-a.test"


def get_html(client, query="", host=SATU, path="/dokumen/") -> str:
    response = client.get(path + query, HTTP_HOST=host)
    assert response.status_code == 200, f"{host}{path}{query}: {response.status_code}"
    return response.content.decode()


def listed(html: str) -> list[str]:
    """The titles of the listed documents, in order."""
    return re.findall(r'<li>\s*<a href="[^"]+"><strong>(.*?)</strong>', html)


def test_index_lists_the_sites_documents_newest_first(documents, client):
    assert listed(get_html(client)) == [
        "Laporan Realisasi APBDes 2025",
        "Peraturan Desa Satu Nomor 1 Tahun 2026 tentang APBDes 2026",
        "Keputusan Kepala Desa Satu tentang TPK 2025",
        "Peraturan Desa Satu Nomor 3 Tahun 2024 tentang RPJMDes",
        "Peraturan Desa Satu Nomor 4 Tahun 2019",
    ]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("?jenis=keputusan_kepala_desa", ["Keputusan Kepala Desa Satu tentang TPK 2025"]),
        ("?tahun=2019", ["Peraturan Desa Satu Nomor 4 Tahun 2019"]),
        ("?status=dicabut", ["Peraturan Desa Satu Nomor 4 Tahun 2019"]),
        # Matches the subject, whatever the case, though the title does not say it.
        ("?q=jangka+menengah", ["Peraturan Desa Satu Nomor 3 Tahun 2024 tentang RPJMDes",
                                "Peraturan Desa Satu Nomor 4 Tahun 2019"]),
        ("?q=apbdes&jenis=peraturan_desa&tahun=2026&status=berlaku",
         ["Peraturan Desa Satu Nomor 1 Tahun 2026 tentang APBDes 2026"]),
        ("?q=tidak-ada-yang-cocok", []),
    ],
)  # fmt: skip
def test_filters_narrow_the_list(documents, client, query, expected):
    html = get_html(client, query)
    assert listed(html) == expected
    if not expected:
        assert "Tidak ada dokumen yang cocok." in html


def test_invalid_filter_values_are_ignored_not_an_error(documents, client):
    html = get_html(client, "?jenis=bogus&tahun=abc&status=%3Cx%3E&q=")
    assert len(listed(html)) == 5
    assert "Tampilkan semua" not in html


def test_filter_form_is_labelled_and_keeps_the_chosen_values(documents, client):
    html = get_html(client, "?tahun=2024&jenis=peraturan_desa")
    for control in ("q", "jenis", "tahun", "status"):
        assert f'<label for="{control}">' in html and f'id="{control}"' in html
    assert '<option value="2024" selected>2024</option>' in html
    assert '<option value="peraturan_desa" selected>Peraturan Desa</option>' in html
    years = re.findall(r'<option value="(\d{4})"', html)
    assert years == ["2026", "2025", "2024", "2019"]


def test_pagination_keeps_filters_and_clamps_bad_page_numbers(documents, client, monkeypatch):
    monkeypatch.setattr(DocumentIndexPage, "documents_per_page", 2)
    first = get_html(client, "?jenis=peraturan_desa")
    assert len(listed(first)) == 2
    assert "Halaman 1 dari 2" in first
    assert 'href="?jenis=peraturan_desa&amp;page=2" rel="next"' in first
    second = get_html(client, "?jenis=peraturan_desa&page=2")
    assert listed(second) == ["Peraturan Desa Satu Nomor 4 Tahun 2019"]
    assert listed(get_html(client, "?page=99")) == ["Peraturan Desa Satu Nomor 4 Tahun 2019"]
    assert listed(get_html(client, "?page=abc")) == listed(get_html(client))


def test_each_row_shows_kind_number_year_subject_status_and_a_sized_download(documents, client):
    html = get_html(client, "?tahun=2019")
    start = html.index('<ul class="doc-list">')
    row = html[start : html.index("</ul>", start)]
    assert "Peraturan Desa Nomor 4 Tahun 2019" in row
    assert "Rencana Pembangunan Jangka Menengah Desa 2019–2024" in row
    assert '<span class="status status-dicabut">Dicabut</span>' in row
    assert "ditetapkan 1 Juli 2019" in row
    assert re.search(r'<a href="/documents/\d+/[^"]+\.pdf" download>Unduh PDF, 29\sbita', row)
    report = get_html(client, "?jenis=laporan")
    assert re.search(r"Unduh TXT, 12\sbita", report)
    big = get_html(client, "?tahun=2026&jenis=peraturan_desa")
    assert re.search(r"Unduh PDF, 2,0\sKB", big)


def test_a_village_index_never_lists_another_sites_documents(documents, client):
    satu = get_html(client)
    assert "Rahasia Tiga" not in satu and "Surat Edaran Camat" not in satu
    tiga = get_html(client, host="tiga.kec-b.test")
    assert listed(tiga) == ["Peraturan Desa Tiga tentang Rahasia Tiga"]
    portal = get_html(client, host="kec-a.test")
    assert listed(portal) == ["Surat Edaran Camat tentang Jam Pelayanan"]
    assert listed(get_html(client, host="dua.kec-a.test")) == []
    assert "Belum ada dokumen." in get_html(client, host="dua.kec-a.test")


def test_a_document_is_served_only_on_its_own_site(documents, client):
    assert client.get("/dokumen/rahasia-tiga/", HTTP_HOST="tiga.kec-b.test").status_code == 200
    for host in (SATU, "kec-a.test", "kec-b.test", "empat.kec-b.test"):
        assert client.get("/dokumen/rahasia-tiga/", HTTP_HOST=host).status_code == 404


def test_drafts_and_unpublished_documents_are_not_listed(documents, client):
    from regulations.models import LegalDocumentPage

    LegalDocumentPage.objects.get(slug="tpk-2025").unpublish()
    assert "Keputusan Kepala Desa Satu tentang TPK 2025" not in listed(get_html(client))


def test_document_page_shows_its_metadata_abstract_and_revocation(documents, client):
    html = get_html(client, path="/dokumen/rpjmdes-2019/")
    assert html.count("<h1") == 1
    assert "<strong>Status: Dicabut.</strong> Dicabut dengan Peraturan Desa Satu Nomor 3" in html
    for label, value in [
        ("Jenis", "Peraturan Desa"),
        ("Nomor", "4"),
        ("Tahun", "2019"),
        ("Tanggal ditetapkan", "1 Juli 2019"),
        ("Bahasa", "Indonesia"),
        ("Tempat penetapan", "Satu"),
    ]:
        assert f"<dt>{label}</dt><dd>{value}</dd>" in html
    apbdes = get_html(client, path="/dokumen/apbdes-2026/")
    assert "<dt>Tanggal diundangkan</dt><dd>3 Januari 2026</dd>" in apbdes
    assert "Pendapatan desa terutama dari Dana Desa." in apbdes
    assert "Status: " not in apbdes


@pytest.mark.parametrize("path", ["/dokumen/", "/dokumen/apbdes-2026/", "/profil/"])
def test_every_inline_style_carries_the_pages_csp_nonce(documents, client, path):
    html = get_html(client, path=path)
    styles = re.findall(r"<style([^>]*)>", html)
    assert styles, "the base template's brand colour style should be there"
    nonces = {re.search(r'nonce="([^"]*)"', attrs).group(1) for attrs in styles}
    assert len(nonces) == 1
