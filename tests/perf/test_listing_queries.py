"""Listing pages cost the same number of queries whatever the number of items.

Each test renders a list with a few items, adds more (from more villages and,
for search, of more page types), and renders it again: the count must not
move. A lookup per item, per village or per page type (an N+1) fails here
before it reaches the query budget of ``test_query_budgets``.
"""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import VillageFactory
from tests.news.conftest import add_news
from tests.umkm.conftest import make_product
from tests.villagedata.conftest import (
    BUDGET_HEADER,
    POP_HEADER,
    budget_rows,
    population_rows,
    table,
)
from villagedata.importing import import_budget, import_population

pytestmark = pytest.mark.django_db

PORTAL = "kec-a.test"


@pytest.fixture(autouse=True)
def _fragments_cached(settings):
    """As in production: the menu and home sections come from the fragment cache."""
    settings.PAGECACHE_FRAGMENT_SECONDS = 600


def queries(client, path, host=PORTAL):
    """Queries of a warm render of ``path`` (the first render warms the process)."""
    assert client.get(path, HTTP_HOST=host).status_code == 200
    with CaptureQueriesContext(connection) as captured:
        response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    return len(captured), response


def day(n):
    return datetime.date(2026, 1, 1) + datetime.timedelta(days=n)


def test_news_index_queries_do_not_grow_with_the_articles_listed(tree, client):
    owners = [tree.kec_a, tree.village_a1, tree.village_a2]
    for n, owner in enumerate(owners):
        add_news(owner, f"Kabar uji {n}", day(n), photo=True)
    few, response = queries(client, "/berita/?desa=semua")
    assert len(response.context["items"]) == 3
    for n in range(3, 9):
        add_news(owners[n % 3], f"Kabar uji {n}", day(n), photo=True)
    many, response = queries(client, "/berita/?desa=semua")
    assert len(response.context["items"]) == 9
    assert many == few


def test_umkm_index_queries_do_not_grow_with_the_products_listed(tree, client):
    owners = [tree.kec_a, tree.village_a1, tree.village_a2]
    for n, owner in enumerate(owners):
        make_product(owner, f"Produk uji {n}")
    few, response = queries(client, "/umkm/")
    assert len(response.context["products"]) == 3
    for n in range(3, 12):
        make_product(owners[n % 3], f"Produk uji {n}")
    many, response = queries(client, "/umkm/")
    assert len(response.context["products"]) == 12
    assert many == few


def test_search_queries_do_not_grow_with_the_hits_or_their_page_types(tree, client):
    for n in range(3):
        add_news(tree.kec_a, f"Kabar lumbung {n}", day(n))
    few, response = queries(client, "/cari/?q=lumbung&cakupan=desa")
    assert len(response.context["hits"]) == 3
    for n in range(3, 6):
        add_news(tree.village_a1, f"Kabar lumbung {n}", day(n))
    for n in range(4):
        make_product([tree.kec_a, tree.village_a2][n % 2], f"Beras lumbung {n}")
    many, response = queries(client, "/cari/?q=lumbung&cakupan=desa")
    hits = response.context["hits"]
    assert len(hits) == 10
    assert {type(hit.page).__name__ for hit in hits} == {"NewsPage", "ProductPage"}
    assert many == few


def import_figures(*villages):
    """Population 2024-2 and an APBDes 2024 for each village (a kelurahan has none)."""
    rows = []
    for n, village in enumerate(villages):
        rows += population_rows(village.code, 2024, 2, 1000 + n, 1010 + n)
    assert import_population(table(POP_HEADER, rows)).ok
    desa = [v for v in villages if v.kind == "desa"]
    budgets = [row for v in desa for row in budget_rows(v.code, 2024)]
    assert import_budget(table(BUDGET_HEADER, budgets)).ok


def test_data_page_queries_do_not_grow_with_the_villages_summed(tree, client):
    import_figures(tree.village_a2)
    few, response = queries(client, "/data/")
    assert len(response.context["population"]["villages"]) == 1
    lima = VillageFactory(kecamatan=tree.kec_a, serial=2005, name="Lima")
    enam = VillageFactory(kecamatan=tree.kec_a, serial=2006, name="Enam")
    import_figures(tree.village_a1, lima, enam)
    many, response = queries(client, "/data/")
    assert len(response.context["population"]["villages"]) == 4
    assert len(response.context["budget"]["villages"]) == 3
    assert many == few
