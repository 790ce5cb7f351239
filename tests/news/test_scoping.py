"""A village's news stays on its own site; only its own kecamatan's portal shows it, labelled."""

import pytest

pytestmark = pytest.mark.django_db

OTHER_TITLES = {
    "kec_a": "Musrenbang Kecamatan A",
    "satu": "Kerja bakti Satu",
    "dua": "Posyandu Dua",
    "kec_b": "Musrenbang Kecamatan B",
    "tiga": "Panen patin Tiga",
}


def titles_in(html: str) -> set[str]:
    return {key for key, title in OTHER_TITLES.items() if title in html}


@pytest.mark.parametrize(
    ("host", "own"),
    [
        ("satu.kec-a.test", "satu"),
        ("dua.kec-a.test", "dua"),
        ("tiga.kec-b.test", "tiga"),
    ],
)
def test_a_village_news_index_lists_only_its_own_news_even_when_asked_for_all(
    news, client, host, own
):
    for query in ("", "?desa=semua", "?desa=satu", "?desa=dua"):
        response = client.get(f"/berita/{query}", HTTP_HOST=host)
        assert response.status_code == 200
        assert titles_in(response.text) == {own}, query


def test_a_village_article_is_not_served_on_another_village_host(news, client):
    assert client.get("/berita/kerja-bakti-satu/", HTTP_HOST="satu.kec-a.test").status_code == 200
    assert client.get("/berita/kerja-bakti-satu/", HTTP_HOST="dua.kec-a.test").status_code == 404
    assert client.get("/berita/kerja-bakti-satu/", HTTP_HOST="kec-a.test").status_code == 404


def test_portal_index_shows_only_its_own_news_by_default(news, client):
    html = client.get("/berita/", HTTP_HOST="kec-a.test").text
    assert titles_in(html) == {"kec_a"}


def test_portal_index_with_all_villages_lists_its_villages_labelled_with_links_to_their_hosts(
    news, client
):
    html = client.get("/berita/?desa=semua", HTTP_HOST="kec-a.test").text
    assert titles_in(html) == {"kec_a", "satu", "dua"}
    assert "Kelurahan Satu" in html and "Desa Dua" in html
    assert 'href="http://satu.kec-a.test/berita/kerja-bakti-satu/"' in html
    assert 'href="http://dua.kec-a.test/berita/posyandu-dua/"' in html
    # The portal's own article stays a link on its own host.
    assert 'href="/berita/musrenbang-kecamatan-a/"' in html


def test_portal_index_can_show_one_of_its_villages(news, client):
    html = client.get("/berita/?desa=satu", HTTP_HOST="kec-a.test").text
    assert titles_in(html) == {"satu"}
    assert "Kelurahan Satu" in html


def test_portal_index_ignores_a_village_of_another_kecamatan(news, client):
    html = client.get("/berita/?desa=tiga", HTTP_HOST="kec-a.test").text
    assert titles_in(html) == {"kec_a"}


def test_other_kecamatan_portal_never_shows_these_villages(news, client):
    html = client.get("/berita/?desa=semua", HTTP_HOST="kec-b.test").text
    assert titles_in(html) == {"kec_b", "tiga"}
    home = client.get("/", HTTP_HOST="kec-b.test").text
    assert titles_in(home) == {"kec_b", "tiga"}
