"""Shared services: written once at the kecamatan, live on every village site."""

import json
import re

import pytest
from django.core.exceptions import ValidationError

from services.models import LocalServiceNote, ServicePage
from tests.factories import UserFactory, requirement
from tests.services.conftest import village_index_of

pytestmark = pytest.mark.django_db

DOMISILI = "/layanan/surat-keterangan-domisili/"


def test_a_shared_service_renders_on_every_village_site_with_that_villages_office(services, client):
    offices = {
        "satu.kec-a.test": "Jl. Kantor Kelurahan Satu No. 1",
        "dua.kec-a.test": "Jl. Balai Desa Dua No. 2",
    }
    for host, address in offices.items():
        response = client.get(DOMISILI, HTTP_HOST=host)
        assert response.status_code == 200, host
        html = response.text
        assert "KTP-el pemohon" in html
        assert address in html
        other = next(a for h, a in offices.items() if h != host)
        assert other not in html
        assert "Jl. Kantor Camat" not in html


def test_the_village_url_is_its_own_and_the_print_link_follows_it(services, client):
    response = client.get(DOMISILI, HTTP_HOST="satu.kec-a.test")
    assert response.context["service_url"] == DOMISILI
    assert f'href="{DOMISILI}cetak/"' in response.text


def test_a_kecamatan_only_service_is_not_on_village_sites(services, client):
    assert client.get("/layanan/dispensasi-nikah/", HTTP_HOST="kec-a.test").status_code == 200
    assert client.get("/layanan/dispensasi-nikah/", HTTP_HOST="satu.kec-a.test").status_code == 404


def test_another_kecamatans_service_is_not_on_our_villages(services, client):
    path = "/layanan/surat-keterangan-usaha/"
    assert client.get(path, HTTP_HOST="tiga.kec-b.test").status_code == 200
    assert client.get(path, HTTP_HOST="satu.kec-a.test").status_code == 404
    assert client.get(path, HTTP_HOST="kec-a.test").status_code == 404


def test_an_edit_at_the_kecamatan_shows_on_the_village_page_without_a_copy(services, client):
    count_before = ServicePage.objects.count()
    page = ServicePage.objects.get(pk=services.domisili.pk)
    page.requirements = [requirement("Pas foto 3x4 berlatar merah", "asli", 2)]
    page.save_revision().publish()
    response = client.get(DOMISILI, HTTP_HOST="dua.kec-a.test")
    assert "Pas foto 3x4 berlatar merah" in response.text
    assert "KTP-el pemohon" not in response.text
    assert ServicePage.objects.count() == count_before


def test_an_unpublished_shared_service_disappears_from_villages(services, client):
    services.domisili.unpublish()
    assert client.get(DOMISILI, HTTP_HOST="satu.kec-a.test").status_code == 404


def test_a_local_service_wins_over_a_shared_one_with_the_same_slug(services, tree, client):
    from tests.factories import ServicePageFactory

    index = village_index_of(tree.village_a1)
    ServicePageFactory(
        parent=index,
        title="Domisili versi Satu",
        slug="surat-keterangan-domisili",
        requirements=[requirement("Syarat khusus Satu")],
    )
    response = client.get(DOMISILI, HTTP_HOST="satu.kec-a.test")
    assert "Syarat khusus Satu" in response.text
    # The other village still sees the shared one.
    assert "KTP-el pemohon" in client.get(DOMISILI, HTTP_HOST="dua.kec-a.test").text


def add_local_note(tenant, service, **fields):
    index = village_index_of(tenant)
    index.local_notes.add(LocalServiceNote(service=service, **fields))
    index.save_revision().publish()
    return index


def test_a_local_note_adds_requirements_and_hours_on_that_village_only(services, tree, client):
    add_local_note(
        tree.village_a1,
        services.domisili,
        extra_requirements=[requirement("Surat pengantar Kepala Lingkungan", "asli")],
        office_hours="Senin–Kamis 08.00–12.00",
        note="Bawa materai sendiri.",
    )
    html = client.get(DOMISILI, HTTP_HOST="satu.kec-a.test").text
    assert "Surat pengantar Kepala Lingkungan" in html
    assert "Senin–Kamis 08.00–12.00" in html
    assert "Bawa materai sendiri." in html
    other = client.get(DOMISILI, HTTP_HOST="dua.kec-a.test").text
    assert "Surat pengantar Kepala Lingkungan" not in other
    # The shared text itself is untouched.
    assert "Kepala Lingkungan" not in str(
        ServicePage.objects.get(pk=services.domisili.pk).requirements.raw_data
    )


def test_a_local_note_cannot_point_at_another_kecamatans_service(services, tree):
    index = village_index_of(tree.village_a1)
    index.local_notes.add(LocalServiceNote(service=services.other_kecamatan, note="x"))
    with pytest.raises(ValidationError, match="layanan bersama"):
        index.full_clean()


def test_village_operator_cannot_edit_shared_text_but_can_edit_its_local_notes(services, tree):
    operator = UserFactory(groups=[tree.village_a1.editor_group])
    shared = ServicePage.objects.get(pk=services.domisili.pk)
    index = village_index_of(tree.village_a1)
    assert not shared.permissions_for_user(operator).can_edit()
    assert index.permissions_for_user(operator).can_edit()
    assert not village_index_of(tree.village_a2).permissions_for_user(operator).can_edit()
    kecamatan_editor = UserFactory(groups=[tree.kec_a.editor_group])
    assert shared.permissions_for_user(kecamatan_editor).can_edit()


def test_operator_edit_form_offers_only_its_kecamatans_village_level_services(
    services, tree, client
):
    operator = UserFactory(groups=[tree.village_a1.editor_group])
    client.force_login(operator)
    index = village_index_of(tree.village_a1)
    response = client.get(f"/admin/pages/{index.pk}/edit/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    formset = response.context["form"].formsets["local_notes"]
    offered = {page.title for page in formset.empty_form.fields["service"].queryset}
    # Shared and handled at village level (or both); never kecamatan-only ones,
    # and never another kecamatan's.
    assert offered == {"Surat Keterangan Domisili", "Rekomendasi PBG"}


def test_operator_saving_a_local_note_through_the_admin(services, tree, client):
    operator = UserFactory(groups=[tree.village_a1.editor_group])
    client.force_login(operator)
    index = village_index_of(tree.village_a1)
    url = f"/admin/pages/{index.pk}/edit/"
    form = client.get(url, HTTP_HOST="satu.kec-a.test").context["form"]
    data = {
        "title": index.title,
        "slug": index.slug,
        "intro": index.intro,
        "local_notes-TOTAL_FORMS": "1",
        "local_notes-INITIAL_FORMS": "0",
        "local_notes-MIN_NUM_FORMS": "0",
        "local_notes-MAX_NUM_FORMS": "1000",
        "local_notes-0-service": str(services.domisili.pk),
        "local_notes-0-extra_requirements-count": "0",
        "local_notes-0-office_hours": "Sabtu 08.00–11.00",
        "local_notes-0-note": "Catatan dari operator",
        "local_notes-0-ORDER": "1",
        "local_notes-0-DELETE": "",
        "local_notes-0-id": "",
        "action-publish": "publish",
    }
    assert "local_notes" in form.formsets
    # A dropdown of the kecamatan's services: the page chooser would browse
    # only the operator's own site, where they are not.
    service_field = form.formsets["local_notes"].empty_form.fields["service"]
    assert type(service_field.widget).__name__ == "Select"
    assert {choice.pk for choice in service_field.queryset} >= {services.domisili.pk}
    response = client.post(url, data, HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 302, (
        (response.context["form"].errors, response.context["form"].formsets["local_notes"].errors)
        if response.context
        else ""
    )
    html = client.get(DOMISILI, HTTP_HOST="satu.kec-a.test").text
    assert "Catatan dari operator" in html
    assert "Sabtu 08.00–11.00" in html


def test_json_ld_is_a_government_service_provided_by_the_site_shown(services, client):
    for host, provider in [("satu.kec-a.test", "Kelurahan Satu"), ("kec-a.test", "Kecamatan")]:
        html = client.get(DOMISILI, HTTP_HOST=host).text
        match = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
        assert match, host
        data = json.loads(match.group(1))
        assert data["@type"] == "GovernmentService"
        assert data["name"] == "Surat Keterangan Domisili"
        assert provider in data["provider"]["name"]
        assert data["offers"] == {"@type": "Offer", "price": "0", "priceCurrency": "IDR"}
        assert data["url"].endswith(DOMISILI)
        assert data["areaServed"]["name"]


def test_json_ld_cannot_break_out_of_its_script_element(services, client):
    page = ServicePage.objects.get(pk=services.domisili.pk)
    page.summary = "</script><script>alert(1)</script>"
    page.save_revision().publish()
    html = client.get(DOMISILI, HTTP_HOST="kec-a.test").text
    assert "<script>alert(1)" not in html


def test_the_print_view_holds_every_requirement(services, tree, client):
    add_local_note(
        tree.village_a2,
        services.domisili,
        extra_requirements=[requirement("Surat pengantar Kepala Dusun", "asli")],
    )
    for host in ["kec-a.test", "dua.kec-a.test"]:
        response = client.get(f"{DOMISILI}cetak/", HTTP_HOST=host)
        assert response.status_code == 200
        html = response.text
        for block in services.domisili.requirements:
            assert block.value["text"] in html, (host, block.value["text"])
        assert ("Surat pengantar Kepala Dusun" in html) == (host == "dua.kec-a.test")
        assert "print.css" in html
