"""The "Berita terbaru" home section: a portal aggregates its villages, a village shows its own."""

import datetime
import re

import pytest
from django.db import connection
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext

from news.wagtail_hooks import latest_news_section
from tests.news.conftest import add_news

pytestmark = pytest.mark.django_db


def section(html: str) -> str:
    start = html.index('id="berita-terbaru"')
    return html[start : html.index("</section>", start)]


def titles(html: str) -> list[str]:
    return re.findall(r'class="news-title"><a href="[^"]+">([^<]+)</a>', html)


def test_portal_home_shows_its_and_its_villages_news_labelled_and_linked_to_their_hosts(
    news, client
):
    html = section(client.get("/", HTTP_HOST="kec-a.test").text)
    assert titles(html) == ["Musrenbang Kecamatan A", "Kerja bakti Satu", "Posyandu Dua"]
    assert '<span class="news-source">Kelurahan Satu</span>' in html
    assert '<span class="news-source">Desa Dua</span>' in html
    assert '<span class="news-source">Kecamatan Rambang Kapak Tengah</span>' in html
    assert 'href="http://satu.kec-a.test/berita/kerja-bakti-satu/"' in html
    assert 'href="/berita/musrenbang-kecamatan-a/"' in html
    assert 'href="/berita/?desa=semua"' in html


def test_portal_home_shows_the_five_newest_only(tree, client):
    start = datetime.date(2026, 4, 1)
    for day in range(7):
        tenant = (tree.kec_a, tree.village_a1, tree.village_a2)[day % 3]
        add_news(tenant, f"Kabar {day}", start + datetime.timedelta(days=day))
    html = section(client.get("/", HTTP_HOST="kec-a.test").text)
    assert titles(html) == [f"Kabar {day}" for day in (6, 5, 4, 3, 2)]


def test_village_home_shows_only_its_own_news_unlabelled(news, client):
    html = section(client.get("/", HTTP_HOST="dua.kec-a.test").text)
    assert titles(html) == ["Posyandu Dua"]
    assert "news-source" not in html
    assert 'href="/berita/posyandu-dua/"' in html
    assert 'href="/berita/"' in html


def test_a_home_without_news_has_no_news_section(tree, client):
    html = client.get("/", HTTP_HOST="empat.kec-b.test").text
    assert 'id="berita-terbaru"' not in html


def test_section_queries_do_not_grow_with_items_or_photos(tree):
    home = tree.kec_a.home_page.specific

    def count():
        latest_news_section(RequestFactory().get("/", HTTP_HOST="kec-a.test"), home)  # warm
        with CaptureQueriesContext(connection) as queries:
            html = latest_news_section(RequestFactory().get("/", HTTP_HOST="kec-a.test"), home)
        return len(queries), html

    add_news(tree.village_a1, "Foto 0", datetime.date(2026, 2, 1), photo=True)
    one, _html = count()
    for n in range(1, 5):
        tenant = (tree.kec_a, tree.village_a1, tree.village_a2)[n % 3]
        add_news(tenant, f"Foto {n}", datetime.date(2026, 2, 1 + n), photo=True)
    five, html = count()
    assert html.count("<picture>") == 5
    assert five == one
