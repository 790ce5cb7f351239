"""What ProductPage.api_fields put on the wire (Wagtail's endpoint serves the host's own site)."""

import pytest

pytestmark = pytest.mark.django_db


def test_api_detail_carries_price_contact_photo_with_alt_and_village(products, client):
    page = products.kopi
    page.photo_alt = "Kopi bubuk dalam kemasan 250 gram"
    page.instagram = "@kwtmawar"
    page.save_revision().publish()

    response = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    data = response.json()
    assert data["producer"] == "KWT Mawar"
    assert (data["category"], data["category_label"]) == ("makanan-minuman", "Makanan & Minuman")
    assert (data["price_min"], data["price_max"]) == (25000, 40000)
    assert data["price_display"] == "Rp25.000–Rp40.000"
    assert data["unit"] == "per kg"
    assert data["whatsapp_url"].startswith("https://wa.me/6281200000001?text=Halo%20KWT%20Mawar")
    assert data["instagram_url"] == "https://www.instagram.com/kwtmawar/"
    assert data["thumbnail"]["alt"] == "Kopi bubuk dalam kemasan 250 gram"
    assert (data["thumbnail"]["width"], data["thumbnail"]["height"]) == (120, 90)
    assert data["thumbnail"]["url"].endswith(".jpg")
    assert data["photo"]["alt"] == "Kopi bubuk dalam kemasan 250 gram"
    assert data["village"] == {
        "code": "16.74.04.1001",
        "name": "Kelurahan Satu",
        "url": "http://satu.kec-a.test/",
    }


def test_api_shows_hubungi_penjual_without_prices(products, client):
    data = client.get(f"/api/v2/pages/{products.anyaman.pk}/", HTTP_HOST="satu.kec-a.test").json()
    assert data["price_min"] is None and data["price_max"] is None
    assert data["price_display"] == "Hubungi penjual"
