"""What the service's api_fields put on the wire: every public part, no internal one."""

import json

import pytest

from services.models import INTERNAL_COMPONENTS, ServicePage

pytestmark = pytest.mark.django_db


def test_api_detail_carries_public_components_and_never_internal_ones(services, client):
    page = ServicePage.objects.get(pk=services.pbg.pk)
    for name in INTERNAL_COMPONENTS:
        setattr(page, name, 9 if name == "staff_count" else f"RAHASIA-{name}")
    page.save_revision().publish()

    response = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    data = response.json()
    assert "RAHASIA" not in json.dumps(data)
    for name in INTERNAL_COMPONENTS:
        assert name not in data
    assert data["fee_amount"] == 50000
    assert data["fee_display"] == "Rp50.000"
    assert data["time_display"] == "3 hari kerja"
    assert data["kind"] == "perizinan"
    assert data["topics"] == [{"slug": "tanah-bangunan", "name": "Tanah dan bangunan"}]
    assert [r["value"]["text"] for r in data["requirements"]] == [
        "Surat pengantar RT/RW",
        "Kartu Keluarga",
    ]
    assert data["procedure"][0]["value"]["actor"] == "Pemohon"
    assert data["downloadable_forms"] == []
