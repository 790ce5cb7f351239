"""What each endpoint returns, and its filters, for two villages and their kecamatan."""

import pytest

from tests.api.conftest import SECRET

pytestmark = pytest.mark.django_db

SATU, DUA, KEC_A, KEC_B = "satu.kec-a.test", "dua.kec-a.test", "kec-a.test", "kec-b.test"


def get(client, url, host=SATU, **headers):
    return client.get(url, HTTP_HOST=host, **headers)


def ids(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


def test_pages_are_the_requested_sites_own(world, client):
    satu = ids(get(client, "/api/v2/pages/?limit=100"))
    assert world.news_a1.pk in satu
    assert world.tree.village_a1.home_page.pk in satu
    assert world.news_a2.pk not in satu and world.news_kec_a.pk not in satu

    dua = ids(get(client, f"/api/v2/pages/?limit=100&site={DUA}"))
    assert world.news_a2.pk in dua and world.news_a1.pk not in dua


def test_unknown_site_parameter_is_a_404_not_the_default_site(world, client):
    response = get(client, "/api/v2/pages/?site=nowhere.test")
    assert response.status_code == 404
    assert "nowhere.test" in response.json()["message"]
    malformed = get(client, "/api/v2/pages/?site=not%20a%20host")
    assert malformed.status_code == 400
    assert "not a valid host" in malformed.json()["message"]


def test_rich_text_is_html_with_absolute_links(world, client):
    data = get(client, f"/api/v2/pages/{world.news_a1.pk}/").json()
    paragraph = data["body"][0]["value"]
    assert 'href="http://satu.kec-a.test/"' in paragraph
    assert "linktype" not in paragraph
    assert data["lead_image"]["url"].startswith("http://")
    assert data["lead_image_alt_text"] == "Balai Satu"


def test_images_are_the_sites_own_collection_with_alt_and_renditions(world, client):
    response = get(client, "/api/v2/images/?fields=*")
    assert ids(response) == {world.image_a1.pk}
    item = response.json()["items"][0]
    assert item["alt"] == "Balai Satu"
    assert set(item["renditions"]) == {"small", "medium", "large"}
    assert item["renditions"]["small"]["url"].startswith("http://satu.kec-a.test/media/")
    assert item["meta"]["download_url"].startswith("http://")

    assert ids(get(client, "/api/v2/images/", host=DUA)) == {world.image_a2.pk}
    assert ids(get(client, "/api/v2/images/", host=KEC_A)) == {
        world.image_kec_a.pk,
        *(image.pk for image in world.more_images),
    }


def test_documents_are_the_sites_own_collection(world, client):
    assert ids(get(client, "/api/v2/documents/")) == {world.doc_a1.pk}
    assert ids(get(client, "/api/v2/documents/", host="tiga.kec-b.test")) == {world.doc_b1.pk}


def test_site_directory_lists_every_tenant_with_filters(world, client):
    everything = get(client, "/api/v2/sites/").json()
    assert everything["meta"]["total_count"] == 6
    satu = next(item for item in everything["items"] if item["code"] == "16.74.04.1001")
    assert satu["kind"] == "kelurahan"
    assert satu["hostname"] == SATU
    assert satu["url"] == "http://satu.kec-a.test/"
    assert satu["kecamatan"] == {"code": "16.74.04", "name": "Rambang Kapak Tengah"}
    assert satu["leader"]["title"] == "lurah"

    codes = lambda r: [item["code"] for item in r.json()["items"]]  # noqa: E731
    assert codes(get(client, "/api/v2/sites/?kecamatan=16.74.04")) == [
        "16.74.04",
        "16.74.04.1001",
        "16.74.04.2008",
    ]
    assert codes(get(client, "/api/v2/sites/?kind=desa")) == ["16.74.04.2008", "16.74.05.2002"]
    assert codes(get(client, "/api/v2/sites/?search=tiga")) == ["16.74.05.1001"]
    assert get(client, "/api/v2/sites/16.74.05/").json()["hostname"] == KEC_B
    assert get(client, "/api/v2/sites/99.99.99/").status_code == 404
    assert get(client, "/api/v2/sites/?kecamatan=16.74").status_code == 400
    assert get(client, "/api/v2/sites/?kind=kota").status_code == 400


def test_village_services_are_shared_plus_local_with_its_note(world, client):
    items = {item["id"]: item for item in get(client, "/api/v2/services/").json()["items"]}
    assert set(items) == {world.domisili.pk, world.local_service.pk}
    shared = items[world.domisili.pk]
    assert shared["shared"] is True
    assert shared["url"] == "http://satu.kec-a.test/layanan/surat-keterangan-domisili/"
    assert shared["local_note"]["note"] == "Bawa materai sendiri."
    assert shared["local_note"]["extra_requirements"][0]["text"] == "Surat pengantar kepala dusun"
    assert items[world.local_service.pk]["shared"] is False
    assert items[world.local_service.pk]["local_note"] is None

    # The other village of the same kecamatan gets the shared service without the note.
    dua = get(client, "/api/v2/services/", host=DUA).json()["items"]
    assert [(item["id"], item["local_note"]) for item in dua] == [(world.domisili.pk, None)]


def test_kecamatan_services_and_filters(world, client):
    assert ids(get(client, "/api/v2/services/", host=KEC_A)) == {
        world.domisili.pk,
        world.dispensasi.pk,
    }
    assert ids(get(client, "/api/v2/services/?kind=perizinan", host=KEC_A)) == {world.dispensasi.pk}
    assert ids(get(client, "/api/v2/services/?handled_at=desa", host=KEC_A)) == {world.domisili.pk}
    assert ids(get(client, "/api/v2/services/?topic=kependudukan", host=KEC_A)) == {
        world.domisili.pk
    }
    assert ids(get(client, "/api/v2/services/?search=dispensasi", host=KEC_A)) == {
        world.dispensasi.pk
    }
    # A well-formed topic that does not exist names nothing (404); a malformed one is a 400.
    assert get(client, "/api/v2/services/?topic=tidak-ada", host=KEC_A).status_code == 404
    assert get(client, "/api/v2/services/?topic=a%20b", host=KEC_A).status_code == 400
    detail = get(client, f"/api/v2/services/{world.dispensasi.pk}/", host=KEC_A)
    assert detail.json()["title"] == "Dispensasi Nikah"
    # A kecamatan-only service is not offered on a village site.
    assert get(client, f"/api/v2/services/{world.dispensasi.pk}/").status_code == 404


def test_service_internal_components_never_leave(world, client):
    for host in (SATU, KEC_A):
        body = get(client, "/api/v2/services/", host=host).content.decode()
        assert SECRET not in body
        assert "staff_competence" not in body
    detail = get(client, f"/api/v2/pages/{world.domisili.pk}/?fields=*", host=KEC_A)
    assert SECRET not in detail.content.decode()


def test_news_of_a_kecamatan_includes_its_villages_and_filters_by_village(world, client):
    portal = ids(get(client, "/api/v2/news/?limit=100", host=KEC_A))
    assert {world.news_kec_a.pk, world.news_a1.pk, world.news_a2.pk} <= portal
    assert world.news_b1.pk not in portal

    only_dua = get(client, "/api/v2/news/?village=16.74.04.2008", host=KEC_A).json()["items"]
    assert [item["id"] for item in only_dua] == [world.news_a2.pk]
    assert only_dua[0]["site"]["code"] == "16.74.04.2008"
    assert only_dua[0]["url"] == "http://dua.kec-a.test/berita/berita-dua/"
    assert only_dua[0]["detail_url"] == f"http://dua.kec-a.test/api/v2/pages/{world.news_a2.pk}/"

    # Another kecamatan's village is refused (it is not here), not silently empty.
    foreign = get(client, "/api/v2/news/?village=16.74.05.1001", host=KEC_A)
    assert foreign.status_code == 404
    assert get(client, "/api/v2/news/?village=satu", host=KEC_A).status_code == 400
    # A village site sees its own news only.
    assert ids(get(client, "/api/v2/news/?limit=100", host=DUA)) == {world.news_a2.pk}
    assert ids(get(client, "/api/v2/news/?category=kesehatan", host=KEC_A)) == {world.news_a2.pk}


def test_news_items_carry_image_renditions_and_alt(world, client):
    item = next(
        item
        for item in get(client, "/api/v2/news/?limit=100").json()["items"]
        if item["id"] == world.news_a1.pk
    )
    assert item["lead_image"]["alt"] == "Balai Satu"
    assert item["lead_image"]["renditions"]["medium"]["url"].startswith("http://")


def test_filters_combine_as_the_schema_allows(world, client):
    """What Wagtail refused is answered: the schema cannot say "not together"."""
    home = world.tree.village_a1.home_page.pk
    both = get(client, f"/api/v2/pages/?child_of={home}&descendant_of=root&limit=100")
    assert world.news_a1.pk not in ids(both)  # a grandchild, not a child
    assert get(client, "/api/v2/pages/?order=random&offset=1").status_code == 200
    # A search with a filter and an order on fields the search index does not hold.
    found = get(client, "/api/v2/pages/?search=Berita&slug=berita-satu&order=-slug")
    assert ids(found) == {world.news_a1.pk}
    # A page id that is not on this site is a 404, a malformed one a 400.
    assert get(client, f"/api/v2/pages/?child_of={world.news_a2.pk}").status_code == 404
    assert get(client, "/api/v2/pages/?child_of=%205").status_code == 400
    assert get(client, "/api/v2/pages/?limit=%D9%A3").status_code == 400  # Arabic-Indic 3
    assert get(client, "/api/v2/pages/?type=news.NewsPage&date=kemarin").status_code == 400


def test_find_redirects_to_the_detail_of_the_site_read(world, client):
    response = get(client, f"/api/v2/pages/find/?html_path=/berita/berita-dua/&site={DUA}")
    assert response.status_code == 302
    assert f"/api/v2/pages/{world.news_a2.pk}/?" in response["Location"]
    assert f"site={DUA}" in response["Location"]
    assert get(client, f"/api/v2/images/find/?id={world.image_a1.pk}").status_code == 302
    assert get(client, f"/api/v2/images/find/?id={world.image_a2.pk}").status_code == 404
    assert get(client, "/api/v2/images/find/?id=x").status_code == 400


def test_only_json_is_served(world, client):
    assert get(client, "/api/v2/pages/?format=json").status_code == 200
    refused = get(client, "/api/v2/pages/?format=api")
    assert refused.status_code == 400 and "format" in refused.json()["message"]
    # A browser's Accept gets JSON, not DRF's browsable HTML page.
    browser = get(client, "/api/v2/sites/", HTTP_ACCEPT="text/html,*/*;q=0.8")
    assert browser.status_code == 200 and browser["Content-Type"] == "application/json"
