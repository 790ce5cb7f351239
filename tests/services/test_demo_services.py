"""``seed_demo``'s PATEN services for Rambang Kapak Tengah, seeded once for this module.

As in ``tests/tenants/test_seed_demo.py``, the ``seeded`` fixture runs the
command once inside a transaction that stays open for the module and is
rolled back at its end; each test runs in its own savepoint.
"""

import datetime

import pytest
from django.utils.html import escape
from wagtail.models import Revision

from cms.models import SiteProfile
from services.demo.catalogue import SERVICES
from services.models import (
    INTERNAL_COMPONENTS,
    LocalServiceNote,
    ServiceCatalogPage,
    ServicePage,
    ServicePledgePage,
    ServiceTopic,
    VillageServiceIndexPage,
)
from tenants.models import Tenant
from tests.demo_seed import PASSWORD, seed
from tests.factories import requirement

RKT = "16.74.04"
KARANGAN = "16.74.04.2008"
TANJUNG_RAMBANG = "16.74.04.1001"
DOMISILI = "surat-keterangan-domisili"


def tenant(code: str) -> Tenant:
    return Tenant.objects.select_related("site", "home_page").get(code=code)


def rkt_services():
    catalog = ServiceCatalogPage.objects.child_of(tenant(RKT).home_page).get()
    return ServicePage.objects.child_of(catalog).order_by("path")


def village_index(code: str) -> VillageServiceIndexPage:
    return VillageServiceIndexPage.objects.child_of(tenant(code).home_page).get()


def publish_state() -> dict:
    """Revision count and the publish time of every page the services demo writes."""
    pages = list(rkt_services()) + [village_index(KARANGAN)]
    pages += list(ServicePledgePage.objects.child_of(tenant(RKT).home_page))
    return {
        "revisions": Revision.objects.count(),
        "published": {page.pk: page.last_published_at for page in pages},
    }


@pytest.mark.django_db
def test_rkt_catalogue_holds_at_least_15_valid_live_services_of_both_kinds_and_every_topic(
    seeded,
):
    services = list(rkt_services().live())
    assert len(services) >= 15
    assert {service.slug for service in services} == {demo.slug for demo in SERVICES}
    assert {service.kind for service in services} == {"perizinan", "non_perizinan"}
    assert {service.handled_at for service in services} == {"kecamatan", "desa", "keduanya"}
    used_topics = set(
        ServicePage.topics.through.objects.filter(servicepage__in=services).values_list(
            "servicetopic__slug", flat=True
        )
    )
    assert used_topics == set(ServiceTopic.objects.values_list("slug", flat=True))
    for service in services:
        service.full_clean()  # raises ValidationError if a service is incomplete
        assert service.last_reviewed == datetime.date(2026, 10, 1)
        assert service.fee_amount == 0 or service.fee_legal_basis
        assert all(getattr(service, name) for name in INTERNAL_COMPONENTS), service.slug
    assert "16 layanan, 16 baru, 0 diperbarui" in seeded


@pytest.mark.django_db
def test_rkt_maklumat_is_signed_by_the_camat_named_in_its_site_profile(seeded, client):
    rkt = tenant(RKT)
    leader = SiteProfile.for_site(rkt.site).leader_name
    pledge = ServicePledgePage.objects.child_of(rkt.home_page).get()
    assert leader and pledge.signatory_name == leader
    assert pledge.signatory_title == "Camat Rambang Kapak Tengah"
    assert pledge.signed_place == "Prabumulih"
    assert pledge.signed_on == datetime.date(2026, 1, 5)
    html = client.get(pledge.get_url_parts()[2], HTTP_HOST="rkt.localhost").content.decode()
    assert escape(leader) in html
    cambai = ServicePledgePage.objects.child_of(tenant("16.74.03").home_page).get()
    assert cambai.signatory_name == ""


@pytest.mark.django_db
def test_running_the_seed_again_creates_no_revisions_and_keeps_publish_times(seeded):
    before = publish_state()
    output = seed(password=PASSWORD)
    assert publish_state() == before
    assert "16 layanan, 0 baru, 0 diperbarui; maklumat pelayanan sudah sesuai" in output
    assert "2 catatan, 0 baru, 0 diperbarui" in output


@pytest.mark.django_db
def test_seed_restores_an_edited_service_in_one_new_revision(seeded):
    service = rkt_services().get(slug=DOMISILI)
    wanted_requirements = [block["value"] for block in service.requirements.raw_data]
    wanted_topics = {topic.slug for topic in service.topics.all()}
    service.requirements = [requirement("Syarat lain", "asli")]
    service.topics.set(ServiceTopic.objects.filter(slug="usaha"))
    service.save_revision().publish()
    revisions = Revision.objects.count()

    output = seed(password=PASSWORD)

    service = rkt_services().get(slug=DOMISILI)
    assert [block["value"] for block in service.requirements.raw_data] == wanted_requirements
    assert {topic.slug for topic in service.topics.all()} == wanted_topics
    assert Revision.objects.count() == revisions + 1
    assert "0 baru, 1 diperbarui" in output


@pytest.mark.django_db
def test_karangan_domisili_page_shows_its_local_note_and_other_villages_do_not(seeded, client):
    note = village_index(KARANGAN).local_notes.get(service__slug=DOMISILI)
    assert note.office_hours == "Senin–Kamis 08.00–14.00"
    assert [block.value["text"] for block in note.extra_requirements] == [
        "Surat pengantar Kepala Dusun"
    ]
    path = f"/layanan/{DOMISILI}/"
    response = client.get(path, HTTP_HOST="karangan.rkt.localhost")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Surat pengantar Kepala Dusun" in html
    assert escape(note.office_hours) in html or note.office_hours in html
    other_host = tenant(TANJUNG_RAMBANG).site.hostname
    other = client.get(path, HTTP_HOST=other_host)
    assert other.status_code == 200
    assert "Surat pengantar Kepala Dusun" not in other.content.decode()


@pytest.mark.django_db
def test_every_seeded_service_renders_its_title_without_internal_components(seeded, client):
    internal_texts = set()
    failures = []
    for service in rkt_services():
        texts = [getattr(service, name) for name in INTERNAL_COMPONENTS]
        texts = [text for text in texts if isinstance(text, str) and text]
        internal_texts.update(texts)
        pages = [("rkt.localhost", service.get_url_parts()[2])]
        if service.handled_at_village:
            pages.append(("karangan.rkt.localhost", f"/layanan/{service.slug}/"))
        for host, path in pages:
            response = client.get(path, HTTP_HOST=host)
            html = response.content.decode()
            if response.status_code != 200:
                failures.append(f"{host}{path}: {response.status_code}")
            elif escape(service.title) not in html:
                failures.append(f"{host}{path}: title missing")
            leaked = [text for text in texts if text in html or escape(text) in html]
            if leaked:
                failures.append(f"{host}{path}: shows {leaked}")
    assert failures == []
    assert len(internal_texts) >= 7  # legal bases differ, the rest are shared texts


@pytest.mark.django_db
def test_other_kecamatan_get_no_services_and_other_villages_no_notes(seeded):
    rkt = tenant(RKT)
    others = Tenant.objects.kecamatan().exclude(pk=rkt.pk).select_related("home_page")
    assert others.count() == 5
    for kecamatan in others:
        catalog = ServiceCatalogPage.objects.child_of(kecamatan.home_page).get()
        assert not ServicePage.objects.child_of(catalog).exists(), kecamatan.name
    assert ServicePage.objects.count() == rkt_services().count()
    noted_pages = set(LocalServiceNote.objects.values_list("page_id", flat=True))
    assert noted_pages == {village_index(KARANGAN).pk}
