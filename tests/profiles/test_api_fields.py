"""What the profile and contact pages' api_fields put on the wire."""

import pytest

from tests.profiles.conftest import contact_page_of, profile_page_of

pytestmark = pytest.mark.django_db


def api_detail(client, page, host) -> dict:
    response = client.get(f"/api/v2/pages/{page.pk}/", HTTP_HOST=host)
    assert response.status_code == 200
    return response.json()


def test_profile_api_carries_leader_from_site_profile_officials_and_mission(profiles, client):
    data = api_detail(client, profile_page_of(profiles.village_a1), "satu.kec-a.test")
    assert data["leader"] == {"title": "Lurah", "name": "Hendra Saputra, S.STP.", "photo": None}
    assert data["welcome"] == "<p>Selamat datang di Kelurahan Satu.</p>"
    assert data["vision"] == "Kelurahan Satu yang bersih dan ramah."
    assert data["mission_items"] == ["Melayani dengan cepat.", "Menjaga kebersihan."]
    first, second = data["officials"]
    assert (first["name"], first["position"]) == ("Siti Aminah", "Sekretaris Kelurahan")
    assert first["photo"]["url"].endswith(".jpg") and first["photo"]["width"] == 120
    assert first["photo_alt"] == "Siti Aminah di kantor"
    assert second["photo"] is None
    assert data["org_chart"]["url"]
    assert data["org_chart_alt"].startswith("Bagan: Lurah")


def test_contact_api_carries_the_office_details_and_extra_contacts(profiles, client):
    data = api_detail(client, contact_page_of(profiles.village_a1), "satu.kec-a.test")
    office = data["office"]
    assert office["whatsapp_link"] == "https://wa.me/6281200001111"
    assert office["address"] == "Jl. Kelurahan Satu No. 1"
    assert office["map_url"] == "https://www.openstreetmap.org/search?query=Satu"
    assert data["intro"] == "Datang pada jam pelayanan."
    assert [c["label"] for c in data["extra_contacts"]] == ["Bidan kelurahan", "PKK"]
    assert data["extra_contacts"][1] == {"label": "PKK", "phone": "", "email": "pkk@satu.example"}


def test_each_page_reports_its_own_sites_leader(profiles, client):
    data = api_detail(client, profile_page_of(profiles.village_b1), "tiga.kec-b.test")
    assert data["leader"]["name"] == "Darmawan"
    assert [o["name"] for o in data["officials"]] == ["Rahasia Tiga"]
