"""Bad input on the public API and pages is a 400 or an empty result, never a 5xx.

A NUL anywhere in the query string is refused before any view runs
(``cms.middleware.NullCharacterMiddleware``); every other character reaches
the search backend cleaned (``cms.search_backend``), so a quote typed into a
search box is not an SQL error on SQLite's FTS5. Run these on PostgreSQL too:
``DATABASE_URL=postgres://… pytest tests/frontend/test_bad_input.py``.
"""

from types import SimpleNamespace

import pytest
from django.db import connection
from django.test import Client
from wagtail.models import Page

from cms.search_backend import clean_query, clean_search_text
from services.models import ServiceCatalogPage
from tests.demo_seed import rolled_back
from tests.factories import KecamatanFactory, ServicePageFactory, UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def site(django_db_setup, django_db_blocker):
    """One kecamatan with a service, so the finder and the API really search."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            kecamatan = KecamatanFactory(
                code="16.74.04", name="Rambang Kapak Tengah", hostname="kec-a.test"
            )
            catalog = ServiceCatalogPage.objects.child_of(kecamatan.home_page).get()
            service = ServicePageFactory(parent=catalog, title="Surat Keterangan Domisili")
        yield SimpleNamespace(kecamatan=kecamatan, service=service)


@pytest.fixture
def browser():
    """Answers errors as a server would (a 500 or 503 response), instead of raising."""
    return Client(HTTP_HOST="kec-a.test", raise_request_exception=False)


NUL_URLS = [
    "/api/v2/pages/?search=%00",
    "/api/v2/pages/?search=a%00b",
    "/api/v2/images/?search=%00",
    "/api/v2/documents/?search=%00",
    "/api/v2/pages/?site=%00",
    "/api/v2/pages/?type=%00",
    "/api/v2/services/?search=%00",
    "/cari/?q=%00",
    "/cari/?q=posyandu%00",
    "/layanan/?q=%00",
    "/layanan/?jenis=%00",
    "/dokumen/?q=%00",
    "/berita/?kategori=%00",
    "/warga/lacak/?code=%00",
    "/?%00=1",
]


@pytest.mark.parametrize("url", NUL_URLS)
def test_a_nul_in_the_query_string_is_a_400(site, browser, url):
    response = browser.get(url)

    assert response.status_code == 400, response.content[:300]
    if url.startswith("/api/"):
        assert response.json() == {"message": "query string: null characters are not allowed."}
    else:
        assert "Permintaan tidak valid" in response.text
        assert "karakter yang tidak diizinkan" in response.text


def test_an_unknown_search_operator_is_the_apis_400(site, browser):
    for endpoint in ("pages", "images", "documents"):
        response = browser.get(f"/api/v2/{endpoint}/?search=surat&search_operator=AAA")

        assert response.status_code == 400
        assert response.json() == {"message": "search_operator: 'AAA' is not one of and, or."}
    found = browser.get("/api/v2/pages/?search=surat domisili&search_operator=and")
    assert found.status_code == 200
    assert [item["title"] for item in found.json()["items"]] == ["Surat Keterangan Domisili"]


# Characters that are SQL syntax for one backend or the other, or control characters.
ODD_SEARCHES = [
    '"',
    'a"b',
    '"domisili',
    "'",
    "\\",
    "(",
    ")",
    "*",
    "-",
    ":",
    "&",
    "|",
    "!",
    "\x01",
    "\x7f",
]


@pytest.mark.parametrize("text", ODD_SEARCHES)
def test_odd_characters_in_a_search_give_a_result_not_an_error(site, browser, text):
    responses = {
        "api": browser.get("/api/v2/pages/", {"search": text}),
        "cari": browser.get("/cari/", {"q": text}),
        "layanan": browser.get("/layanan/", {"q": text}),
    }

    assert {name: r.status_code for name, r in responses.items()} == dict.fromkeys(responses, 200)
    assert isinstance(responses["api"].json()["items"], list)


def test_a_quoted_word_still_finds_what_it_names(site, browser):
    response = browser.get("/layanan/", {"q": '"domisili'})
    assert "Surat Keterangan Domisili" in response.text
    api = browser.get("/api/v2/pages/", {"search": 'domisili"'}).json()
    assert [item["title"] for item in api["items"]] == ["Surat Keterangan Domisili"]


def test_the_admin_search_survives_a_stray_quote(site, browser):
    browser.force_login(UserFactory(is_superuser=True))

    response = browser.get("/admin/pages/search/", {"q": 'surat "domisili'})

    assert response.status_code == 200
    assert "Surat Keterangan Domisili" in response.text


def test_every_search_goes_through_the_cleaning_backend(site):
    results = Page.objects.filter(pk=site.service.pk).search('a"b\x00c')
    assert list(results) == []
    assert connection.vendor in {"sqlite", "postgresql"}


def test_clean_search_text_keeps_words_and_drops_what_breaks_sql():
    assert clean_search_text('  surat "domisili"\x00\x01 ') == "surat domisili"
    assert clean_search_text("pelayanan KTP-el (baru)") == "pelayanan KTP-el (baru)"
    assert len(clean_search_text("kata " * 200)) <= 255
    from modelsearch.query import And, Not, PlainText

    cleaned = clean_query(And([PlainText('a"b'), Not(PlainText("c\x00"))]))
    assert cleaned.subqueries[0].query_string == "a b"
    assert cleaned.subqueries[1].subquery.query_string == "c"


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents", "news", "services", "sites"])
def test_an_offset_past_any_listing_is_an_empty_page(site, browser, endpoint):
    # Beyond a signed 64-bit integer, the databases refused the OFFSET (a 500).
    response = browser.get(f"/api/v2/{endpoint}/?offset=5641893563519797821440&search=surat")

    assert response.status_code == 200
    assert response.json()["items"] == []
    assert browser.get(f"/api/v2/{endpoint}/?offset=-1").status_code == 400


def test_every_api_operation_documents_the_400_it_may_answer():
    from drf_spectacular.generators import SchemaGenerator

    schema = SchemaGenerator().get_schema(request=None, public=True)
    undocumented = [
        f"{method.upper()} {path}"
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if "400" not in {str(code) for code in operation["responses"]}
    ]
    assert undocumented == []
