"""The service standard's fields validate, and its internal parts stay internal."""

import pytest
from django.core.exceptions import ValidationError

from services.models import (
    INTERNAL_COMPONENTS,
    ServiceCatalogPage,
    ServicePage,
    ServicePledgePage,
    VillageServiceIndexPage,
)

pytestmark = pytest.mark.django_db


def test_a_valid_service_passes_full_clean(services):
    services.domisili.full_clean()


@pytest.mark.parametrize(
    ("field", "value", "error_field"),
    [
        ("fee_amount", -1, "fee_amount"),
        ("time_value", 0, "time_value"),
        ("requirements", [], "requirements"),
        ("procedure", [], "procedure"),
    ],
)
def test_the_standard_refuses_invalid_values(services, field, value, error_field):
    page = ServicePage.objects.get(pk=services.domisili.pk)
    setattr(page, field, value)
    with pytest.raises(ValidationError) as exc:
        page.full_clean()
    assert error_field in exc.value.message_dict


def test_a_fee_needs_its_legal_basis(services):
    page = ServicePage.objects.get(pk=services.domisili.pk)
    page.fee_amount = 10000
    page.fee_legal_basis = ""
    with pytest.raises(ValidationError) as exc:
        page.full_clean()
    assert "fee_legal_basis" in exc.value.message_dict
    page.fee_legal_basis = "Perda No. 1"
    page.full_clean()


def test_fee_and_time_read_as_people_say_them(services):
    assert services.domisili.fee_display == "Gratis"
    assert services.pbg.fee_display == "Rp50.000"
    assert services.domisili.time_display == "15 menit"
    assert services.pbg.time_display == "3 hari kerja"


def test_api_fields_hold_every_public_component_and_no_internal_one():
    names = {field.name for field in ServicePage.api_fields}
    assert names.isdisjoint(INTERNAL_COMPONENTS)
    for public in [
        "requirements",
        "procedure",
        "time_value",
        "time_unit",
        "fee_amount",
        "fee_display",
        "product",
        "complaints",
        "kind",
        "topics",
        "handled_at",
    ]:
        assert public in names


def test_internal_components_never_appear_in_public_html(services, client):
    page = ServicePage.objects.get(pk=services.domisili.pk)
    for name in INTERNAL_COMPONENTS:
        setattr(page, name, 7 if name == "staff_count" else f"RAHASIA-{name}")
    page.save_revision().publish()
    urls = [
        ("kec-a.test", "/layanan/surat-keterangan-domisili/"),
        ("kec-a.test", "/layanan/surat-keterangan-domisili/cetak/"),
        ("kec-a.test", "/layanan/"),
        ("satu.kec-a.test", "/layanan/surat-keterangan-domisili/"),
        ("satu.kec-a.test", "/layanan/surat-keterangan-domisili/cetak/"),
    ]
    for host, url in urls:
        response = client.get(url, HTTP_HOST=host)
        assert response.status_code == 200, (host, url)
        assert "Surat Keterangan Domisili" in response.text
        assert "RAHASIA" not in response.text, (host, url)


def test_onboarding_gives_each_tenant_its_service_pages(tree, client):
    assert ServiceCatalogPage.objects.child_of(tree.kec_a.home_page).live().count() == 1
    assert ServicePledgePage.objects.child_of(tree.kec_a.home_page).live().count() == 1
    for village in (tree.village_a1, tree.village_b2):
        assert VillageServiceIndexPage.objects.child_of(village.home_page).live().count() == 1
    response = client.get("/maklumat-pelayanan/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    assert "sanggup menyelenggarakan pelayanan sesuai standar" in response.text
