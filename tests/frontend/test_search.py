"""Site search: scoped to the site, and on a portal optionally to its villages, labelled."""

import pytest

pytestmark = pytest.mark.django_db


def hit_titles(response):
    return [hit.page.title for hit in response.context["hits"]]


def test_village_search_finds_only_its_own_pages(tree, client):
    response = client.get("/cari/?q=Satu", HTTP_HOST="satu.kec-a.test")
    assert "Kelurahan Satu" in hit_titles(response)
    response = client.get("/cari/?q=Dua", HTTP_HOST="satu.kec-a.test")
    assert hit_titles(response) == []
    assert "Tidak ada hasil" in response.text


def test_portal_search_stays_on_the_portal_by_default(tree, client):
    response = client.get("/cari/?q=Satu", HTTP_HOST="kec-a.test")
    assert "Kelurahan Satu" not in hit_titles(response)


def test_portal_search_can_include_its_villages_labelled(tree, client):
    response = client.get("/cari/?q=Satu&cakupan=desa", HTTP_HOST="kec-a.test")
    hits = response.context["hits"]
    village_hits = [hit for hit in hits if hit.page.title == "Kelurahan Satu"]
    assert village_hits, hit_titles(response)
    assert village_hits[0].is_other_site
    assert village_hits[0].url == "http://satu.kec-a.test/"
    assert "dari Kelurahan Satu" in response.text


def test_portal_search_never_reaches_another_kecamatan(tree, client):
    response = client.get("/cari/?q=Tiga&cakupan=desa", HTTP_HOST="kec-a.test")
    assert hit_titles(response) == []


def test_village_cannot_widen_its_search(tree, client):
    response = client.get("/cari/?q=Dua&cakupan=desa", HTTP_HOST="satu.kec-a.test")
    assert hit_titles(response) == []
    assert 'name="cakupan"' not in response.text


def test_empty_and_overlong_queries_are_safe(tree, client):
    assert client.get("/cari/", HTTP_HOST="kec-a.test").status_code == 200
    response = client.get("/cari/?q=" + "x" * 5000, HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    assert len(response.context["query"]) == 100


def test_search_is_marked_noindex(tree, client):
    assert (
        '<meta name="robots" content="noindex">'
        in client.get("/cari/?q=a", HTTP_HOST="kec-a.test").text
    )
