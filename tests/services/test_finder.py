"""The service finder: filters and search, always within the current site."""

import pytest
from django.conf import settings

from tests.factories import ServicePageFactory
from tests.services.conftest import village_index_of

pytestmark = pytest.mark.django_db


def titles(response):
    return [service.title for service, _url in response.context["results"]]


def test_kecamatan_finder_lists_its_own_catalogue_only(services, client):
    response = client.get("/layanan/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    assert titles(response) == ["Dispensasi Nikah", "Rekomendasi PBG", "Surat Keterangan Domisili"]
    assert "Surat Keterangan Usaha" not in response.text


def test_village_finder_lists_shared_village_services_and_its_own(services, tree, client):
    ServicePageFactory(parent=village_index_of(tree.village_a1), title="Surat Pengantar Nikah")
    response = client.get("/layanan/", HTTP_HOST="satu.kec-a.test")
    assert titles(response) == [
        "Rekomendasi PBG",
        "Surat Keterangan Domisili",
        "Surat Pengantar Nikah",
    ]
    urls = dict((s.title, url) for s, url in response.context["results"])
    assert urls["Surat Keterangan Domisili"] == "/layanan/surat-keterangan-domisili/"
    # The sibling village does not see Satu's own service.
    assert "Surat Pengantar Nikah" not in titles(
        client.get("/layanan/", HTTP_HOST="dua.kec-a.test")
    )


def test_filter_by_kind(services, client):
    response = client.get("/layanan/?jenis=perizinan", HTTP_HOST="kec-a.test")
    assert titles(response) == ["Rekomendasi PBG"]
    response = client.get("/layanan/?jenis=non_perizinan", HTTP_HOST="kec-a.test")
    assert titles(response) == ["Dispensasi Nikah", "Surat Keterangan Domisili"]


def test_filter_by_topic(services, client):
    response = client.get("/layanan/?topik=perkawinan", HTTP_HOST="kec-a.test")
    assert titles(response) == ["Dispensasi Nikah"]
    response = client.get("/layanan/?topik=perkawinan", HTTP_HOST="satu.kec-a.test")
    assert titles(response) == []
    assert "Tidak ada layanan yang cocok" in response.text


def test_unknown_filter_values_show_the_whole_list(services, client):
    response = client.get("/layanan/?jenis=bogus&topik=bogus", HTTP_HOST="kec-a.test")
    assert len(titles(response)) == 3
    assert response.context["selected_kind"] == ""


def test_search_finds_by_words_in_the_summary_and_requirements(services, client):
    response = client.get("/layanan/?q=bangunan", HTTP_HOST="kec-a.test")
    assert titles(response) == ["Rekomendasi PBG"]
    response = client.get("/layanan/?q=domisili", HTTP_HOST="satu.kec-a.test")
    assert titles(response) == ["Surat Keterangan Domisili"]


def test_search_is_scoped_to_the_site(services, client):
    # "Usaha" exists only in kecamatan B's catalogue.
    assert titles(client.get("/layanan/?q=usaha", HTTP_HOST="kec-a.test")) == []
    assert titles(client.get("/layanan/?q=usaha", HTTP_HOST="satu.kec-a.test")) == []
    assert titles(client.get("/layanan/?q=usaha", HTTP_HOST="tiga.kec-b.test")) == [
        "Surat Keterangan Usaha"
    ]


@pytest.mark.skipif(not settings.IS_POSTGRES, reason="Indonesian stemming is PostgreSQL's")
def test_search_uses_indonesian_stemming_on_postgres(services, client):
    # The summary says "pelayanan publik"; the query says "layanan".
    response = client.get("/layanan/?q=layanan", HTTP_HOST="kec-a.test")
    assert "Surat Keterangan Domisili" in titles(response)
