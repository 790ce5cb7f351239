"""Every absolute URL the API gives is on the host of the site read (the
Host's site, or the one ``?site=`` names), or the storage's own absolute URL;
never one install-wide host such as ``WAGTAILADMIN_BASE_URL``."""

from urllib.parse import urlsplit

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

SATU, DUA, KEC_A, TIGA = "satu.kec-a.test", "dua.kec-a.test", "kec-a.test", "tiga.kec-b.test"
CDN = "https://media.cdn.example"


def host_of(url: str) -> str:
    assert url.startswith(("http://", "https://")), url
    return urlsplit(url).hostname


def get(client, url, host):
    response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, response.content
    return response.json()


def only_item(data) -> dict:
    assert len(data["items"]) == 1, data
    return data["items"][0]


@override_settings(WAGTAILADMIN_BASE_URL="http://admin.example")
def test_image_urls_are_on_each_villages_own_host(world, client):
    for host, image in ((SATU, world.image_a1), (DUA, world.image_a2)):
        item = only_item(get(client, "/api/v2/images/?fields=*", host))
        assert item["id"] == image.pk
        assert host_of(item["meta"]["download_url"]) == host
        for rendition in item["renditions"].values():
            assert host_of(rendition["url"]) == host


@override_settings(WAGTAILADMIN_BASE_URL="http://admin.example")
def test_rendition_full_url_is_on_the_site_read_not_the_admin_host(world, client):
    url = f"/api/v2/pages/{world.news_a1.pk}/?fields=lead_image,lead_image_thumbnail"
    on_satu = get(client, url, SATU)
    for name in ("lead_image", "lead_image_thumbnail"):
        rendition = on_satu[name]
        assert host_of(rendition["full_url"]) == SATU
        assert rendition["full_url"] == rendition["url"]

    # Read through another site's Host with ?site=: the URLs follow the site read.
    via_dua = get(client, f"{url}&site={SATU}", DUA)
    assert host_of(via_dua["lead_image"]["full_url"]) == SATU


@override_settings(WAGTAILADMIN_BASE_URL="http://admin.example")
def test_image_urls_follow_the_site_parameter(world, client):
    item = only_item(get(client, f"/api/v2/images/?fields=*&site={DUA}", KEC_A))
    assert item["id"] == world.image_a2.pk
    assert host_of(item["meta"]["download_url"]) == DUA
    # Its detail is on Dua's host too, where it is found (not on the portal's).
    assert item["meta"]["detail_url"] == f"http://{DUA}/api/v2/images/{world.image_a2.pk}/"
    assert get(client, urlsplit(item["meta"]["detail_url"]).path, DUA)["id"] == world.image_a2.pk
    assert host_of(item["renditions"]["small"]["url"]) == DUA


def test_document_download_urls_are_on_the_site_read(world, client):
    satu = only_item(get(client, "/api/v2/documents/", SATU))
    assert satu["id"] == world.doc_a1.pk
    assert host_of(satu["meta"]["download_url"]) == SATU
    tiga = only_item(get(client, "/api/v2/documents/", TIGA))
    assert tiga["id"] == world.doc_b1.pk
    assert host_of(tiga["meta"]["download_url"]) == TIGA
    # The Host is kecamatan A's portal; the document read is Tiga's, on Tiga's host.
    via_kec = only_item(get(client, f"/api/v2/documents/?site={TIGA}", KEC_A))
    assert host_of(via_kec["meta"]["download_url"]) == TIGA
    # The stored name: Django adds a suffix when another test left the same name.
    stored = world.doc_b1.file.name.rsplit("/", 1)[-1]
    assert via_kec["meta"]["download_url"] == (
        f"http://{TIGA}/documents/{world.doc_b1.pk}/{stored}"
    )


def test_an_absolute_media_url_is_passed_through(world, client):
    with override_settings(MEDIA_URL=f"{CDN}/media/"):
        # limit=7: a URL no other test asked for, so no cached answer is replayed.
        item = only_item(get(client, "/api/v2/images/?fields=*&limit=7", DUA))
        page = get(client, f"/api/v2/pages/{world.news_a1.pk}/?fields=lead_image", SATU)
    assert item["meta"]["download_url"].startswith(f"{CDN}/media/")
    assert item["renditions"]["large"]["url"].startswith(f"{CDN}/media/")
    assert page["lead_image"]["url"].startswith(f"{CDN}/media/")
    assert page["lead_image"]["full_url"] == page["lead_image"]["url"]


def test_page_detail_urls_are_on_the_site_read(world, client):
    pages = get(client, f"/api/v2/pages/?site={SATU}&type=news.NewsPage&limit=100", KEC_A)
    news = next(item for item in pages["items"] if item["id"] == world.news_a1.pk)
    assert news["meta"]["detail_url"] == f"http://{SATU}/api/v2/pages/{world.news_a1.pk}/"
    assert host_of(news["meta"]["html_url"]) == SATU
