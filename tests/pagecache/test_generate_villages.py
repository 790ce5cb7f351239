"""``bench/synthetic_villages.py``: synthetic village sites that serve and can be topped up."""

from io import StringIO

import pytest
from wagtail.models import Page, Site

from bench.synthetic_villages import generate_villages
from tenants.models import VillageHomePage

pytestmark = pytest.mark.django_db


def test_generates_live_village_sites_in_bulk_and_tops_up(client):
    assert generate_villages(3, stdout=StringIO()) == 3
    assert generate_villages(5, stdout=StringIO()) == 2
    hosts = set(
        Site.objects.filter(hostname__endswith=".sintetis.localhost").values_list(
            "hostname", flat=True
        )
    )
    assert len(hosts) == 5
    assert VillageHomePage.objects.live().count() == 5
    assert Page.find_problems() == ([], [], [], [], [])
    response = client.get("/", HTTP_HOST="desa-sintetis-5.sintetis.localhost")
    assert response.status_code == 200
    assert "Desa Sintetis 5" in response.text
