"""The product page: photo with alt text, facts, contact, and sharing metadata."""

import pytest
from django.utils.html import escape

pytestmark = pytest.mark.django_db


def test_product_page_shows_photo_producer_village_price_and_whatsapp_link(products, client):
    page = products.kopi
    page.phone = "0713-000112"
    page.marketplace_url = "https://toko.example/kwt-mawar"
    page.body = [("paragraph", "<p>Disangrai dengan kayu bakar.</p>")]
    page.save_revision().publish()

    response = client.get("/umkm/kopi-robusta-satu/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    html = response.text
    assert html.count("<h1") == 1 and "<h1>Kopi Robusta Satu</h1>" in html
    assert "<picture>" in html and 'alt="Foto produk"' in html
    assert "<dd>KWT Mawar</dd>" in html
    assert "<dd>Kelurahan Satu</dd>" in html
    assert "<dd>Rp25.000–Rp40.000 per kg</dd>" in html
    assert escape(page.whatsapp_url) in html
    assert 'href="https://wa.me/6281200000001?text=Halo%20KWT%20Mawar' in html
    assert 'href="tel:0713000112"' in html
    assert 'href="https://toko.example/kwt-mawar"' in html
    assert "Disangrai dengan kayu bakar." in html
    assert 'href="/umkm/?kategori=makanan-minuman"' in html


def test_product_without_price_says_hubungi_penjual(products, client):
    html = client.get("/umkm/anyaman-purun-satu/", HTTP_HOST="satu.kec-a.test").text
    assert "<dd>Hubungi penjual</dd>" in html


def test_product_shares_its_summary_and_photo(products):
    page = products.kopi
    assert page.get_meta_description() == "Ringkasan Kopi Robusta Satu."
    assert page.get_social_image() == page.photo
    page.search_description = "Kopi robusta dari Satu."
    assert page.get_meta_description() == "Kopi robusta dari Satu."


def test_product_knows_the_village_it_comes_from(products, tree):
    assert products.kopi.tenant == tree.village_a1
    assert products.kecamatan_own.tenant == tree.kec_a


def test_site_search_finds_a_product_by_its_producer(products):
    from umkm.models import ProductPage

    found = ProductPage.objects.live().search("Gapoktan")
    assert [page.title for page in found] == ["Nanas Dua"]
