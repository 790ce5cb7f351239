"""Who sees which products: a village its own, a portal its kecamatan's, labelled."""

import re

import pytest

from tests.umkm.conftest import make_product
from umkm.models import UmkmIndexPage

pytestmark = pytest.mark.django_db
# Measured at 21 for 3 and for 12 products; the slack absorbs base-template
# changes, not one query per product (12 products would add at least 9).
QUERY_BOUND = 25


def product_names(html: str) -> list[str]:
    """Product titles in the order the list shows them."""
    return re.findall(r'<h2 class="name"><a href="[^"]*">([^<]+)</a></h2>', html)


def card_of(html: str, title: str) -> str:
    start = html.index(f">{title}</a>")
    return html[html.rindex("<li", 0, start) : html.index("</li>", start)]


def test_portal_lists_its_own_and_its_villages_products_each_labelled_with_its_village(
    products, client
):
    html = client.get("/umkm/", HTTP_HOST="kec-a.test").text
    assert product_names(html) == [
        "Anyaman Purun Satu",
        "Batik Kecamatan A",
        "Kopi Robusta Satu",
        "Nanas Dua",
    ]
    assert "Kelurahan Satu" in card_of(html, "Kopi Robusta Satu")
    assert "Desa Dua" in card_of(html, "Nanas Dua")
    assert "Kecamatan Rambang Kapak Tengah" in card_of(html, "Batik Kecamatan A")


def test_portal_never_shows_another_kecamatans_products(products, client):
    html = client.get("/umkm/", HTTP_HOST="kec-a.test").text
    assert "Kerupuk Tiga" not in html
    other = client.get("/umkm/", HTTP_HOST="kec-b.test").text
    assert product_names(other) == ["Kerupuk Tiga"]
    assert "Kopi Robusta Satu" not in other


def test_portal_links_village_products_to_their_page_on_the_village_host(products, client):
    html = client.get("/umkm/", HTTP_HOST="kec-a.test").text
    assert 'href="http://satu.kec-a.test/umkm/kopi-robusta-satu/"' in html
    assert products.kopi.get_full_url() == "http://satu.kec-a.test/umkm/kopi-robusta-satu/"
    # The portal's own product stays a path on the portal's host.
    assert 'href="/umkm/batik-kecamatan-a/"' in html


def test_village_lists_only_its_own_products_without_village_labels(products, client):
    html = client.get("/umkm/", HTTP_HOST="satu.kec-a.test").text
    assert product_names(html) == ["Anyaman Purun Satu", "Kopi Robusta Satu"]
    assert 'href="/umkm/kopi-robusta-satu/"' in html
    assert 'class="village-label"' not in html
    assert 'name="desa"' not in html  # no village filter on a village site


def test_a_village_product_is_404_on_another_villages_host_and_on_the_portal(products, client):
    path = "/umkm/kopi-robusta-satu/"
    assert client.get(path, HTTP_HOST="satu.kec-a.test").status_code == 200
    assert client.get(path, HTTP_HOST="dua.kec-a.test").status_code == 404
    assert client.get(path, HTTP_HOST="kec-a.test").status_code == 404
    assert client.get(path, HTTP_HOST="tiga.kec-b.test").status_code == 404


def test_portal_filters_by_village_home_slug(products, client, tree):
    slug = tree.village_a2.home_page.slug
    html = client.get(f"/umkm/?desa={slug}", HTTP_HOST="kec-a.test").text
    assert product_names(html) == ["Nanas Dua"]
    assert f'<option value="{slug}" selected>Desa Dua</option>' in html


def test_a_village_of_another_kecamatan_is_not_a_filter_on_the_portal(products, client, tree):
    slug = tree.village_b1.home_page.slug
    html = client.get(f"/umkm/?desa={slug}", HTTP_HOST="kec-a.test").text
    assert "Kerupuk Tiga" not in html
    assert len(product_names(html)) == 4  # unknown village: the filter is ignored


def test_category_filter_narrows_the_list_on_portal_and_village(products, client, tree):
    html = client.get("/umkm/?kategori=kerajinan", HTTP_HOST="kec-a.test").text
    assert product_names(html) == ["Anyaman Purun Satu", "Batik Kecamatan A"]
    assert '<option value="kerajinan" selected>Kerajinan</option>' in html
    village = client.get("/umkm/?kategori=kerajinan", HTTP_HOST="satu.kec-a.test").text
    assert product_names(village) == ["Anyaman Purun Satu"]
    both = f"/umkm/?kategori=kerajinan&desa={tree.village_a1.home_page.slug}"
    assert product_names(client.get(both, HTTP_HOST="kec-a.test").text) == ["Anyaman Purun Satu"]


def test_category_choices_list_only_categories_with_products(products, client):
    html = client.get("/umkm/", HTTP_HOST="satu.kec-a.test").text
    assert 'value="kerajinan"' in html
    assert 'value="perikanan"' not in html
    assert 'value="pertanian-perkebunan"' not in html  # only in village Dua


def test_an_unknown_category_shows_the_whole_list(products, client):
    html = client.get("/umkm/?kategori=tidak-ada", HTTP_HOST="satu.kec-a.test").text
    assert len(product_names(html)) == 2


def test_unpublished_products_are_not_listed(products, client):
    products.anyaman.unpublish()
    html = client.get("/umkm/", HTTP_HOST="kec-a.test").text
    assert "Anyaman Purun Satu" not in html


def test_listing_paginates_and_keeps_the_filter_in_page_links(tree, client, monkeypatch):
    monkeypatch.setattr(UmkmIndexPage, "products_per_page", 2)
    for number in range(5):
        make_product(tree.village_a1, f"Produk {number}", category="kerajinan")
    make_product(tree.village_a1, "Produk Lain", category="jasa")

    first = client.get("/umkm/?kategori=kerajinan", HTTP_HOST="satu.kec-a.test").text
    assert product_names(first) == ["Produk 0", "Produk 1"]
    assert 'href="?kategori=kerajinan&amp;page=2"' in first
    assert "Halaman 1 dari 3" in first
    last = client.get("/umkm/?kategori=kerajinan&page=99", HTTP_HOST="satu.kec-a.test").text
    assert product_names(last) == ["Produk 4"]
    assert 'href="?kategori=kerajinan&amp;page=2" rel="prev"' in last
    junk = client.get("/umkm/?kategori=kerajinan&page=abc", HTTP_HOST="satu.kec-a.test")
    assert junk.status_code == 200
    assert product_names(junk.text) == ["Produk 0", "Produk 1"]


def test_kecamatan_index_query_count_does_not_grow_with_the_number_of_products(
    tree, client, django_assert_max_num_queries
):
    villages = [tree.village_a1, tree.village_a2, tree.kec_a]
    for number in range(3):
        make_product(villages[number % 3], f"Produk {number:02d}")
    client.get("/umkm/", HTTP_HOST="kec-a.test")  # draws the thumbnails once
    with django_assert_max_num_queries(QUERY_BOUND):
        html = client.get("/umkm/", HTTP_HOST="kec-a.test").text
    assert len(product_names(html)) == 3

    for number in range(3, 12):
        make_product(villages[number % 3], f"Produk {number:02d}")
    client.get("/umkm/", HTTP_HOST="kec-a.test")
    with django_assert_max_num_queries(QUERY_BOUND):
        html = client.get("/umkm/", HTTP_HOST="kec-a.test").text
    assert len(product_names(html)) == 12
