"""The content API's anonymous response cache, its validators and its invalidation.

Runs on the package's ``world`` (built once); each test turns the cache on,
and the shared fixture clears the cache around every test.
"""

import pytest
from django.core.cache import caches
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page

from api.preview import issue_token
from cms.models import SiteProfile
from tests.api.conftest import SECRET
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db

SATU, DUA, TIGA, KEC_A = "satu.kec-a.test", "dua.kec-a.test", "tiga.kec-b.test", "kec-a.test"
PAGES = "/api/v2/pages/?limit=100"
APP, OTHER_APP = "https://app.example.id", "https://peta.example.id"


@pytest.fixture(autouse=True)
def cache_on(settings):
    settings.API_RESPONSE_CACHE_SECONDS = 600
    settings.CORS_ALLOWED_ORIGINS = [APP, OTHER_APP]


def get(client, url, host=SATU, **headers):
    response = client.get(url, HTTP_HOST=host, **headers)
    assert response.status_code in (200, 304), (url, response.status_code, response.content)
    return response


def state(response) -> str:
    return response.headers.get("X-Api-Cache", "")


def titles(response) -> set[str]:
    return {item["title"] for item in response.json()["items"]}


def fresh(obj):
    """``obj`` read again: the world's objects are shared, and tests change them."""
    return type(obj).objects.get(pk=obj.pk)


def primed(client, url, host=SATU):
    """GET ``url`` until it is a hit (twice at most)."""
    if state(get(client, url, host)) != "HIT":
        assert state(get(client, url, host)) == "HIT"


def test_a_second_anonymous_get_is_a_hit_with_the_same_body(world, client):
    for url, host in [
        (PAGES, SATU),
        ("/api/v2/services/", SATU),
        ("/api/v2/news/", KEC_A),
        ("/api/v2/images/?fields=*", KEC_A),
        ("/api/v2/documents/", SATU),
        (f"/api/v2/pages/{world.news_a1.pk}/", SATU),
        ("/api/v2/sites/", SATU),
    ]:
        first = get(client, url, host)
        second = get(client, url, host)
        assert (state(first), state(second)) == ("MISS", "HIT"), url
        assert second.content == first.content
        assert second["ETag"] == first["ETag"]
        assert second["Content-Type"] == first["Content-Type"] == "application/json"
        assert "public" in second["Cache-Control"]


def test_a_hit_runs_no_sql(world, client, django_assert_num_queries):
    get(client, PAGES)
    with django_assert_num_queries(0):
        assert state(get(client, PAGES)) == "HIT"


def test_parameter_order_does_not_matter_but_values_and_hosts_do(world, client):
    get(client, "/api/v2/pages/?limit=5&offset=1")
    assert state(get(client, "/api/v2/pages/?offset=1&limit=5")) == "HIT"
    assert state(get(client, "/api/v2/pages/?offset=2&limit=5")) == "MISS"
    assert state(get(client, "/api/v2/pages/?offset=1&limit=5", host=DUA)) == "MISS"
    # Another Accept may get another format from DRF: its own entry.
    assert state(get(client, "/api/v2/pages/?offset=1&limit=5", HTTP_ACCEPT="*/*")) == "MISS"


def test_a_publish_on_the_site_is_a_miss_with_the_new_content(world, client):
    primed(client, PAGES)
    page = fresh(world.news_a1)
    page.title = "Berita Satu (diperbarui)"
    page.save_revision().publish()
    response = get(client, PAGES)
    assert state(response) == "MISS"
    assert "Berita Satu (diperbarui)" in titles(response)


def test_unpublish_move_and_delete_are_misses_with_the_new_content(world, client):
    page = fresh(world.news_a2)
    steps = [
        (page.unpublish, [(DUA, False)]),
        (lambda: page.save_revision().publish(), [(DUA, True)]),
        (
            lambda: Page.objects.get(pk=page.pk).move(
                world.tree.village_a1.home_page, pos="last-child"
            ),
            [(DUA, False), (SATU, True)],
        ),
        (lambda: Page.objects.get(pk=page.pk).delete(), [(SATU, False)]),
    ]
    for action, expected in steps:
        for host, _shown in expected:
            primed(client, PAGES, host)
        action()
        for host, shown in expected:
            response = get(client, PAGES, host)
            assert state(response) == "MISS", (action, host)
            assert ("Berita Dua" in titles(response)) is shown, (action, host)


def test_another_sites_publish_does_not_invalidate(world, client):
    primed(client, PAGES, SATU)
    primed(client, "/api/v2/services/", DUA)
    page = fresh(world.news_b1)
    page.title = "Berita Tiga (baru)"
    page.save_revision().publish()
    assert state(get(client, PAGES, SATU)) == "HIT"
    assert state(get(client, "/api/v2/services/", DUA)) == "HIT"
    assert "Berita Tiga (baru)" in titles(get(client, PAGES, TIGA))


def test_a_shared_service_edit_invalidates_the_villages_that_show_it(world, client):
    for host in (SATU, DUA, TIGA):
        primed(client, "/api/v2/services/", host)
    service = fresh(world.domisili)
    service.summary = "Ringkasan domisili yang baru."
    service.save_revision().publish()
    for host in (SATU, DUA):
        response = get(client, "/api/v2/services/", host)
        assert state(response) == "MISS", host
        summaries = {item["summary"] for item in response.json()["items"]}
        assert "Ringkasan domisili yang baru." in summaries
    assert state(get(client, "/api/v2/services/", TIGA)) == "HIT"


def test_an_image_change_is_a_miss_with_the_new_title(world, client):
    url = "/api/v2/images/?fields=*"
    primed(client, url, SATU)
    primed(client, url, TIGA)
    image = fresh(world.image_a1)
    image.title = "Foto Satu Baru"
    image.save()
    response = get(client, url, SATU)
    assert state(response) == "MISS"
    assert titles(response) == {"Foto Satu Baru"}
    assert state(get(client, url, TIGA)) == "HIT"


def test_tags_and_private_collections_invalidate_the_media_listing(world, client):
    from wagtail.models import CollectionViewRestriction

    url = "/api/v2/documents/?fields=*"
    primed(client, url)
    fresh(world.doc_a1).tags.add("anggaran")
    response = get(client, url)
    assert state(response) == "MISS"
    assert response.json()["items"][0]["meta"]["tags"] == ["anggaran"]

    primed(client, url)
    CollectionViewRestriction.objects.create(
        collection=world.doc_a1.collection, restriction_type=CollectionViewRestriction.LOGIN
    )
    response = get(client, url)
    assert state(response) == "MISS"
    assert response.json()["items"] == []


def test_a_settings_change_is_a_miss_with_the_new_content(world, client):
    primed(client, PAGES, SATU)
    primed(client, "/api/v2/sites/", SATU)
    profile = SiteProfile.for_site(world.tree.village_a1.site)
    profile.phone = "0713-555-0101"
    profile.save()
    assert state(get(client, PAGES, SATU)) == "MISS"
    directory = get(client, "/api/v2/sites/", SATU)
    assert state(directory) == "MISS"
    phones = {item["contact"]["phone"] for item in directory.json()["items"]}
    assert "0713-555-0101" in phones


def test_logged_in_readers_are_never_cached_nor_served_from_the_cache(world, client):
    primed(client, PAGES)
    # A change that bumps nothing: only a fresh render shows it.
    Page.objects.filter(pk=world.news_a1.pk).update(title="Judul tanpa sinyal")
    assert "Judul tanpa sinyal" not in titles(get(client, PAGES))

    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    for _ in range(2):
        response = get(client, PAGES)
        assert state(response) == ""
        assert "Judul tanpa sinyal" in titles(response)
        assert "private" in response["Cache-Control"]
    client.logout()
    assert state(get(client, PAGES)) == "HIT"


def test_previews_are_never_cached_nor_served_from_the_cache(world, client):
    url = f"/api/v2/preview/?token={issue_token(world.changed.get_latest_revision())}"
    for _ in range(2):
        response = get(client, url)
        assert state(response) == ""
        assert response.json()["title"] == f"Perubahan {SECRET}"
        assert "private" in response["Cache-Control"]
    # A token on a cached endpoint bypasses the cache too (it is refused there).
    get(client, PAGES)
    assert state(client.get(f"{PAGES}&token=x", HTTP_HOST=SATU)) == ""


def test_errors_and_random_order_are_not_cached(world, client):
    for _ in range(2):
        error = client.get("/api/v2/pages/?limit=500", HTTP_HOST=SATU)
        assert error.status_code == 400
        assert state(error) == "" and "no-store" in error["Cache-Control"]
        assert state(get(client, "/api/v2/pages/?order=random")) == ""


def test_a_matching_if_none_match_is_a_304_before_rendering(
    world, client, django_assert_max_num_queries
):
    first = get(client, PAGES)
    etag, last_modified = first["ETag"], first["Last-Modified"]
    with django_assert_max_num_queries(0):
        again = get(client, PAGES, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304 and again.content == b""
    assert again["ETag"] == etag
    assert "public" in again["Cache-Control"]
    with django_assert_max_num_queries(0):
        since = get(client, PAGES, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert since.status_code == 304


def test_a_304_needs_no_stored_response(world, client, rf, django_assert_max_num_queries):
    from api.cache import plan_for

    etag = get(client, PAGES)["ETag"]
    plan = plan_for(rf.get(PAGES, HTTP_HOST=SATU))
    assert plan.entry is not None and plan.etag == etag
    caches["default"].delete(plan.key)
    with django_assert_max_num_queries(0):
        assert get(client, PAGES, HTTP_IF_NONE_MATCH=etag).status_code == 304


def test_a_stale_etag_gets_the_new_content(world, client):
    etag = get(client, PAGES)["ETag"]
    page = fresh(world.news_a1)
    page.title = "Berita Satu (lagi)"
    page.save_revision().publish()
    response = get(client, PAGES, HTTP_IF_NONE_MATCH=etag)
    assert response.status_code == 200
    assert response["ETag"] != etag
    assert "Berita Satu (lagi)" in titles(response)
    assert get(client, PAGES, HTTP_IF_NONE_MATCH='"tidak-cocok"').status_code == 200


def test_cors_headers_from_the_cache_are_those_of_each_origin(world, client):
    first = get(client, PAGES, HTTP_ORIGIN=APP)
    assert state(first) == "MISS"
    assert first["Access-Control-Allow-Origin"] == APP
    second = get(client, PAGES, HTTP_ORIGIN=OTHER_APP)
    assert state(second) == "HIT"
    assert second["Access-Control-Allow-Origin"] == OTHER_APP
    assert "ETag" in second["Access-Control-Expose-Headers"]
    assert "origin" in second["Vary"].lower()
    stranger = get(client, PAGES, HTTP_ORIGIN="https://evil.example")
    assert state(stranger) == "HIT"
    assert "Access-Control-Allow-Origin" not in stranger
    plain = get(client, PAGES)
    assert "Access-Control-Allow-Origin" not in plain
    not_modified = get(client, PAGES, HTTP_ORIGIN=OTHER_APP, HTTP_IF_NONE_MATCH=first["ETag"])
    assert not_modified.status_code == 304
    assert not_modified["Access-Control-Allow-Origin"] == OTHER_APP


class CountingCache:
    """Counts round trips to the default cache: calls of ``get`` and ``get_many``
    (local memory's ``get_many`` calls its own ``get``: counted once)."""

    def __init__(self, monkeypatch):
        self.reads = 0
        self._inside = False
        backend = caches["default"]
        for name in ("get", "get_many"):
            original = getattr(backend, name)
            monkeypatch.setattr(backend, name, self._counting(original))

    def _counting(self, original):
        def read(*args, **kwargs):
            if self._inside:
                return original(*args, **kwargs)
            self.reads += 1
            self._inside = True
            try:
                return original(*args, **kwargs)
            finally:
                self._inside = False

        return read


@pytest.mark.parametrize("cached", [False, True])
def test_a_listing_of_twenty_pages_reads_the_cache_a_fixed_number_of_times(
    world, client, settings, monkeypatch, cached
):
    settings.API_RESPONSE_CACHE_SECONDS = 600 if cached else 0
    url = "/api/v2/pages/?type=news.NewsPage&fields=date,summary,lead_image,body"
    get(client, f"{url}&limit=20")  # renditions are made on the first request
    caches["default"].clear()
    get(client, f"{url}&limit=2")  # generations and process copies start again
    counter = CountingCache(monkeypatch)
    get(client, f"{url}&limit=1")
    one = counter.reads
    counter.reads = 0
    with CaptureQueriesContext(connection) as queries:
        response = get(client, f"{url}&limit=20")
    twenty = counter.reads
    assert len(response.json()["items"]) == 20
    assert all(item["meta"]["html_url"] for item in response.json()["items"])
    # Before: the site-root index's generation was read once per page.
    assert twenty == one, (one, twenty)
    # The host list's and site roots' generations, and the API cache's lookup.
    assert twenty <= (3 if cached else 2), twenty
    assert len(queries) <= 15, [q["sql"] for q in queries.captured_queries]


def test_site_parameter_follows_the_named_sites_generation(world, client):
    from django.core.cache import cache

    from pagecache import store

    url = f"{PAGES}&site={DUA}"
    primed(client, url, SATU)
    page = fresh(world.news_a2)
    page.title = "Berita Dua (baru)"
    page.save_revision().publish()
    response = get(client, url, SATU)
    assert state(response) == "MISS"
    assert "Berita Dua (baru)" in titles(response)
    # A made-up site is a 404, and leaves nothing behind in the cache.
    refused = client.get("/api/v2/pages/?site=tidak-ada.test", HTTP_HOST=SATU)
    assert refused.status_code == 404 and state(refused) == ""
    assert cache.get(store.generation_key("tidak-ada.test")) is None


def test_head_is_answered_from_a_stored_get(world, client):
    get(client, PAGES)
    head = client.head(PAGES, HTTP_HOST=SATU)
    assert head.status_code == 200 and state(head) == "HIT"
