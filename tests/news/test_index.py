"""The news index: newest first, 10 per page, a category filter that survives paging."""

import datetime
import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.news.conftest import add_news

pytestmark = pytest.mark.django_db

HOST = "satu.kec-a.test"


@pytest.fixture
def twelve(tree):
    """Twelve articles in Kelurahan Satu, one a day; odd days are Kesehatan."""
    start = datetime.date(2026, 1, 1)
    return [
        add_news(
            tree.village_a1,
            f"Berita ke-{day:02d}",
            start + datetime.timedelta(days=day),
            "kesehatan" if day % 2 else "pembangunan",
        )
        for day in range(1, 13)
    ]


def listed(html: str) -> list[str]:
    """Article titles in list order."""
    return re.findall(r'class="news-title"><a href="[^"]+">([^<]+)</a>', html)


def test_first_page_shows_the_ten_newest_newest_first(twelve, client):
    html = client.get("/berita/", HTTP_HOST=HOST).text
    assert listed(html) == [f"Berita ke-{day:02d}" for day in range(12, 2, -1)]
    assert "Halaman 1 dari 2" in html
    assert 'href="/berita/?page=2" rel="next"' in html


def test_second_page_shows_the_rest(twelve, client):
    html = client.get("/berita/?page=2", HTTP_HOST=HOST).text
    assert listed(html) == ["Berita ke-02", "Berita ke-01"]
    assert 'href="/berita/" rel="prev"' in html
    assert '<meta name="robots" content="noindex, follow">' in html


@pytest.mark.parametrize(("page", "first"), [("99", "Berita ke-02"), ("abc", "Berita ke-12")])
def test_an_out_of_range_page_shows_the_last_and_a_non_number_the_first(
    twelve, client, page, first
):
    response = client.get(f"/berita/?page={page}", HTTP_HOST=HOST)
    assert response.status_code == 200
    assert listed(response.text)[0] == first


def test_category_filter_keeps_only_that_category_and_is_selected(twelve, client):
    html = client.get("/berita/?kategori=kesehatan", HTTP_HOST=HOST).text
    assert listed(html) == [f"Berita ke-{day:02d}" for day in (11, 9, 7, 5, 3, 1)]
    assert '<option value="kesehatan" selected>' in html
    assert "<h1>Berita: Kesehatan</h1>" in html
    assert "Halaman 1 dari" not in html  # six fit on one page


def test_pagination_links_keep_the_category(tree, client):
    start = datetime.date(2026, 1, 1)
    for day in range(11):
        add_news(tree.village_a1, f"Sehat {day}", start + datetime.timedelta(days=day), "kesehatan")
    html = client.get("/berita/?kategori=kesehatan", HTTP_HOST=HOST).text
    assert 'href="/berita/?kategori=kesehatan&amp;page=2" rel="next"' in html


def test_an_unknown_category_is_ignored(twelve, client):
    html = client.get("/berita/?kategori=gosip", HTTP_HOST=HOST).text
    assert len(listed(html)) == 10


def test_a_filter_with_no_result_says_so_and_links_back(twelve, client):
    html = client.get("/berita/?kategori=keamanan", HTTP_HOST=HOST).text
    assert listed(html) == []
    assert "Belum ada berita untuk pilihan ini" in html


def test_portal_pagination_keeps_the_village_choice(tree, client):
    start = datetime.date(2026, 1, 1)
    for day in range(11):
        add_news(tree.village_a2, f"Dua {day}", start + datetime.timedelta(days=day))
    html = client.get("/berita/?desa=dua", HTTP_HOST="kec-a.test").text
    assert len(listed(html)) == 10
    assert 'href="/berita/?desa=dua&amp;page=2" rel="next"' in html
    assert '<option value="dua" selected>' in html


def test_index_costs_the_same_queries_for_one_or_ten_articles_with_photos(tree, client):
    def count():
        client.get("/berita/?desa=semua", HTTP_HOST="kec-a.test")  # warm: renditions made
        with CaptureQueriesContext(connection) as queries:
            response = client.get("/berita/?desa=semua", HTTP_HOST="kec-a.test")
        assert response.status_code == 200
        return len(queries)

    add_news(tree.village_a1, "Foto 0", datetime.date(2026, 2, 1), photo=True)
    one = count()
    for n in range(1, 10):
        tenant = tree.village_a1 if n % 2 else tree.village_a2
        add_news(tenant, f"Foto {n}", datetime.date(2026, 2, 1 + n), photo=True)
    assert count() == one
