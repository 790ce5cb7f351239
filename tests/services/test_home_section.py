"""Home pages show the site's key services, from its own catalogue only."""

import pytest

from services.models import ServicePage

pytestmark = pytest.mark.django_db


def section(html):
    start = html.index('id="layanan-utama"')
    return html[start : html.index("</section>", start)]


def test_portal_home_lists_its_services_with_time_and_fee(services, client):
    html = section(client.get("/", HTTP_HOST="kec-a.test").text)
    assert "Surat Keterangan Domisili" in html
    assert "Rp50.000" in html
    assert "Surat Keterangan Usaha" not in html  # kecamatan B's


def test_featured_services_take_the_home_when_any_is_marked(services, client):
    page = ServicePage.objects.get(pk=services.dispensasi.pk)
    page.featured = True
    page.save_revision().publish()
    html = section(client.get("/", HTTP_HOST="kec-a.test").text)
    assert "Dispensasi Nikah" in html
    assert "Surat Keterangan Domisili" not in html


def test_village_home_lists_the_shared_services_it_offers_at_its_own_urls(services, client):
    html = section(client.get("/", HTTP_HOST="satu.kec-a.test").text)
    assert 'href="/layanan/surat-keterangan-domisili/"' in html
    assert "Dispensasi Nikah" not in html  # handled at the kecamatan only
