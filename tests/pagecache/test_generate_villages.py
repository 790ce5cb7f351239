"""``manage.py generate_villages``: synthetic village sites that serve and can be topped up."""

from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from tenants.models import VillageHomePage

pytestmark = pytest.mark.django_db


def test_generates_live_village_sites_in_bulk_and_tops_up(client):
    call_command("generate_villages", 3, stdout=StringIO())
    call_command("generate_villages", 5, stdout=StringIO())
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
