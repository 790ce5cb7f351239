"""What GalleryPage.api_fields put on the wire: renditions with each photo's alt text."""

import pytest

pytestmark = pytest.mark.django_db


def test_api_detail_carries_photos_as_renditions_with_alt_text(albums, client):
    page = albums.satu_new
    data = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST="satu.kec-a.test").json()
    assert data["date"] == "2026-10-18"
    assert data["description"] == "Panen perdana kolam desa."
    photos = data["photos"]
    assert [p["caption"] for p in photos] == ["Kolam sebelum panen", "Menarik jaring", "Hiasan"]
    first = photos[0]
    assert first["alt"] == "Kolam ikan berair cokelat"
    assert first["decorative"] is False
    assert first["thumbnail"]["width"] == 400 and first["thumbnail"]["height"] == 300
    assert first["thumbnail"]["alt"] == "Kolam ikan berair cokelat"
    assert first["medium"]["url"].endswith(".width-800.jpg")
    assert first["large"]["width"] == 900  # never upscaled
    assert photos[2]["alt"] == "" and photos[2]["decorative"] is True
    assert photos[2]["large"]["alt"] == ""
