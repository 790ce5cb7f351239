"""The contact page: SiteProfile details, a wa.me link, a map link, safe JSON-LD, no iframes."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from profiles.models import ExtraContact
from tests.profiles.conftest import set_profile

pytestmark = pytest.mark.django_db


def get_html(client, host) -> str:
    response = client.get("/kontak/", HTTP_HOST=host)
    assert response.status_code == 200
    return response.content.decode()


def scripts(html: str) -> list[tuple[str, str]]:
    """Every ``<script>`` element as (attributes, body)."""
    return re.findall(r"<script([^>]*)>(.*?)</script>", html, re.S)


def json_ld(html: str) -> dict:
    """The office's JSON-LD; every script on the page is JSON-LD (breadcrumbs too)."""
    found = scripts(html)
    assert all('type="application/ld+json"' in attrs for attrs, _body in found)
    (office,) = [
        data
        for data in (json.loads(body) for _attrs, body in found)
        if data.get("@type") != "BreadcrumbList"
    ]
    return office


def main_content(html: str) -> str:
    return html[html.index('<main id="isi">') : html.index("</main>")]


def test_contact_page_shows_the_site_profile_and_extra_contacts(profiles, client):
    main = main_content(get_html(client, "satu.kec-a.test"))
    assert "Datang pada jam pelayanan." in main
    assert "Jl. Kelurahan Satu No. 1" in main
    assert "Senin–Jumat 08.00–14.00 WIB" in main
    assert '<a href="tel:0713000111">0713-000111</a>' in main
    assert '<a href="mailto:kantor@satu.example">' in main
    assert '<a href="https://www.facebook.com/kelurahan.satu" rel="noopener">Facebook</a>' in main
    assert '<a href="tel:081200011001">0812-0001-1001</a>' in main
    assert '<a href="mailto:pkk@satu.example">' in main


def test_whatsapp_link_is_a_wa_me_link_with_the_country_code(profiles, client):
    main = main_content(get_html(client, "satu.kec-a.test"))
    assert re.search(r'<a href="https://wa\.me/6281200001111"[^>]*>Kirim pesan WhatsApp', main)


def test_map_is_a_plain_link_and_the_page_has_no_iframe_and_no_script_but_json_ld(profiles, client):
    html = get_html(client, "satu.kec-a.test")
    assert (
        '<a href="https://www.openstreetmap.org/search?query=Satu" rel="noopener">Buka di peta</a>'
        in html
    )
    assert "<iframe" not in html.lower()
    # JavaScript is none: the office's and the breadcrumbs' JSON-LD only.
    assert [attrs for attrs, _body in scripts(html)] == [' type="application/ld+json"'] * 2


def test_json_ld_describes_the_office_as_a_government_office(profiles, client):
    data = json_ld(get_html(client, "satu.kec-a.test"))
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "GovernmentOffice"
    assert data["url"] == "http://satu.kec-a.test/"
    assert data["address"]["streetAddress"] == "Jl. Kelurahan Satu No. 1"
    assert data["telephone"] == "0713-000111"
    assert data["hasMap"] == "https://www.openstreetmap.org/search?query=Satu"
    assert data["sameAs"] == ["https://www.facebook.com/kelurahan.satu"]
    points = {point["contactType"]: point for point in data["contactPoint"]}
    assert points["WhatsApp"]["url"] == "https://wa.me/6281200001111"
    assert points["Bidan kelurahan"]["telephone"] == "0812-0001-1001"
    assert points["PKK"]["email"] == "pkk@satu.example"


def test_json_ld_cannot_be_broken_out_of_by_what_an_editor_types(profiles, client):
    address = 'Jl. </script><script>alert("x")</script> & <!-- No. 1'
    set_profile(profiles.village_a1, address=address)
    html = get_html(client, "satu.kec-a.test")
    assert "<script>alert" not in html
    assert json_ld(html)["address"]["streetAddress"] == address


def test_a_contact_page_never_shows_another_sites_contacts(profiles, client):
    satu = main_content(get_html(client, "satu.kec-a.test"))
    tiga = main_content(get_html(client, "tiga.kec-b.test"))
    assert "Babinsa Tiga" in tiga and "Jl. Desa Tiga No. 3" in tiga
    assert "Babinsa Tiga" not in satu and "Jl. Desa Tiga" not in satu
    assert "Bidan kelurahan" not in tiga and "Kelurahan Satu No. 1" not in tiga


def test_an_extra_contact_needs_a_phone_number_or_an_email(profiles):
    with pytest.raises(ValidationError):
        ExtraContact(label="Kosong").clean()
    ExtraContact(label="Bidan", phone="0812-0001-1001").clean()
    ExtraContact(label="PKK", email="pkk@satu.example").clean()


def test_contact_page_of_an_empty_profile_still_renders_with_json_ld(profiles, client):
    html = get_html(client, "empat.kec-b.test")
    assert "Data kontak kantor belum diisi." in html
    assert json_ld(html)["@type"] == "GovernmentOffice"
