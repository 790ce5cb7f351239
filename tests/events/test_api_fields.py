"""What EventPage.api_fields put on the wire."""

import datetime

import pytest

from tests.events.conftest import make_event

pytestmark = pytest.mark.django_db
WIB = datetime.timezone(datetime.timedelta(hours=7))


def test_api_detail_carries_when_where_and_what(tree, client):
    page = make_event(
        tree.village_a1,
        "Posyandu balita",
        datetime.datetime(2026, 12, 5, 8, tzinfo=WIB),
        datetime.datetime(2026, 12, 5, 11, tzinfo=WIB),
        location="Posyandu Melati",
        summary="Penimbangan balita.",
        organiser="Kader Posyandu",
        body=[{"type": "paragraph", "value": "<p>Bawa buku KIA.</p>"}],
    )
    data = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST="satu.kec-a.test").json()
    assert data["start"] == "2026-12-05T08:00:00+07:00"
    assert data["end"] == "2026-12-05T11:00:00+07:00"
    assert data["all_day"] is False
    assert data["location"] == "Posyandu Melati"
    assert data["map_url"] == ""
    assert data["summary"] == "Penimbangan balita."
    assert data["organiser"] == "Kader Posyandu"
    assert data["body"][0]["value"] == "<p>Bawa buku KIA.</p>"
