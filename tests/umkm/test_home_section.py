"""Home pages show "Produk unggulan": up to four products of the site's scope."""

import re

import pytest

from tests.umkm.conftest import make_product

pytestmark = pytest.mark.django_db


def section(html: str) -> str:
    start = html.index('id="produk-unggulan"')
    return html[start : html.index("</section>", start)]


def names(section_html: str) -> list[str]:
    return re.findall(r'<h3 class="name"><a href="[^"]*">([^<]+)</a></h3>', section_html)


def test_portal_home_shows_products_of_its_villages_labelled_with_price_and_photo(products, client):
    html = section(client.get("/", HTTP_HOST="kec-a.test").text)
    # The featured product comes first, then by name; four at most.
    assert names(html) == [
        "Kopi Robusta Satu",
        "Anyaman Purun Satu",
        "Batik Kecamatan A",
        "Nanas Dua",
    ]
    assert "Kerupuk Tiga" not in html  # another kecamatan's
    assert "Kelurahan Satu" in html and "Desa Dua" in html
    assert "Rp25.000–Rp40.000 per kg" in html
    assert "Rp5.000 per buah" in html
    assert html.count("<picture>") == 4
    assert 'loading="lazy"' in html
    assert 'href="http://satu.kec-a.test/umkm/kopi-robusta-satu/"' in html
    assert 'href="/umkm/">Lihat semua potensi dan UMKM</a>' in html


def test_portal_home_shows_at_most_four_products(products, client, tree):
    make_product(tree.village_a2, "Zaitun Dua")
    html = section(client.get("/", HTTP_HOST="kec-a.test").text)
    assert len(names(html)) == 4
    assert "Zaitun Dua" not in html


def test_village_home_shows_only_its_own_products_without_labels(products, client):
    html = section(client.get("/", HTTP_HOST="dua.kec-a.test").text)
    assert names(html) == ["Nanas Dua"]
    assert 'class="village-label"' not in html
    assert 'href="/umkm/nanas-dua/"' in html


def test_home_without_products_has_no_product_section(tree, client):
    assert 'id="produk-unggulan"' not in client.get("/", HTTP_HOST="satu.kec-a.test").text
