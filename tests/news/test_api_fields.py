"""What the news pages' api_fields put on the wire."""

import datetime

import pytest
from django.utils import timezone

from cms.demo_images import demo_image
from news.demo.documents import demo_document
from tests.news.conftest import add_announcement, add_news

pytestmark = pytest.mark.django_db


def detail(client, page):
    response = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    return response.json()


def test_news_detail_carries_date_category_summary_body_and_lead_image_renditions(tree, client):
    image = demo_image(
        "Panen patin", tree.village_a1.collection, size=(1000, 600), alt="Warga menjaring patin"
    )
    page = add_news(
        tree.village_a1,
        "Panen patin",
        datetime.date(2026, 8, 14),
        "ekonomi",
        lead_image=image,
        lead_image_caption="Panen di kolam BUMDes.",
    )
    data = detail(client, page)
    assert data["date"] == "2026-08-14"
    assert (data["category"], data["category_label"]) == ("ekonomi", "Ekonomi")
    assert data["summary"] == "Ringkasan Panen patin."
    assert data["body"][0]["type"] == "paragraph"
    assert data["lead_image"]["width"] == 800 and data["lead_image"]["height"] == 450
    assert "fill-800x450" in data["lead_image"]["url"]
    assert data["lead_image_thumbnail"]["width"] == 400
    assert data["lead_image_thumbnail"]["height"] == 225
    assert data["lead_image_alt_text"] == "Warga menjaring patin"
    assert data["lead_image_caption"] == "Panen di kolam BUMDes."


def test_news_without_a_photo_has_a_null_lead_image(tree, client):
    data = detail(client, add_news(tree.village_a1, "Tanpa foto", datetime.date(2026, 1, 2)))
    assert data["lead_image"] is None
    assert data["lead_image_alt_text"] == ""


def test_announcement_detail_carries_dates_state_body_and_attachment(tree, client):
    document = demo_document("Surat Edaran PBB", tree.village_a1.collection, ("PBB",))
    page = add_announcement(
        tree.village_a1,
        "Bayar PBB",
        datetime.date(2026, 5, 4),
        timezone.localdate() - datetime.timedelta(days=1),
        attachment=document,
    )
    data = detail(client, page)
    assert data["date"] == "2026-05-04"
    assert data["valid_until"] == page.valid_until.isoformat()
    assert data["is_expired"] is True
    assert data["body"][0]["value"] == "<p>Isi pengumuman Bayar PBB.</p>"
    assert data["attachment"] == {
        "title": "Surat Edaran PBB",
        "url": "http://satu.kec-a.test" + document.url,
        "file_extension": "pdf",
    }
