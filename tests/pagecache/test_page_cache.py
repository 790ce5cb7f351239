"""The anonymous full-page cache: hits, keys, bypasses and per-site invalidation."""

import re

import pytest
from wagtail.models import Page

from cms.models import SiteProfile
from news.models import NewsCategory, NewsIndexPage, NewsPage
from pagecache import invalidation
from services.models import ServiceCatalogPage
from tests.conftest import build_tree
from tests.demo_seed import rolled_back
from tests.factories import ServicePageFactory, UserFactory

pytestmark = pytest.mark.django_db
SHARED = "/layanan/surat-uji-bersama/"


@pytest.fixture(scope="module")
def module_tree(django_db_setup, django_db_blocker):
    """The two-kecamatan tree plus one shared service, built once for the module."""
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            t = build_tree()
            catalog = ServiceCatalogPage.objects.child_of(t.kec_a.home_page).get()
            t.shared = ServicePageFactory(
                parent=catalog, title="Surat Uji Bersama", slug="surat-uji-bersama"
            )
        yield t


@pytest.fixture
def t(module_tree, settings):
    settings.PAGECACHE_SECONDS = 600
    return module_tree


def news(title):
    return NewsPage(title=title, category=NewsCategory.values[0], summary="Ringkasan berita uji.")


def get(client, host, path="/"):
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200, (host, path)
    return response


def state(response) -> str:
    return response.headers.get("X-Page-Cache", "")


def test_a_second_anonymous_get_is_a_hit_with_the_same_content(t, client):
    first = get(client, "satu.kec-a.test")
    second = get(client, "satu.kec-a.test")
    assert state(first) == "MISS"
    assert state(second) == "HIT"
    assert second.headers["Content-Type"] == first.headers["Content-Type"]
    strip = re.compile(r'nonce="[^"]+"')
    assert strip.sub("", second.text) == strip.sub("", first.text)


def test_a_hit_renders_no_sql(t, client, django_assert_num_queries):
    get(client, "satu.kec-a.test")
    with django_assert_num_queries(0):
        assert state(get(client, "satu.kec-a.test")) == "HIT"


def test_the_csp_nonce_is_fresh_on_each_hit_and_matches_the_header(t, client):
    get(client, "kec-a.test")
    nonces = set()
    for _ in range(2):
        response = get(client, "kec-a.test")
        assert state(response) == "HIT"
        header = re.search(r"'nonce-([^']+)'", response.headers["Content-Security-Policy"])
        if header is None:  # no inline style on this page: nothing to match
            pytest.skip("the page uses no CSP nonce")
        nonce = header.group(1)
        assert f'nonce="{nonce}"' in response.text
        nonces.add(nonce)
    assert len(nonces) == 2


def test_hosts_and_query_strings_are_cached_separately(t, client):
    satu = get(client, "satu.kec-a.test")
    dua = get(client, "dua.kec-a.test")
    assert state(dua) == "MISS"
    assert "Satu" in satu.text and "Dua" in dua.text
    assert "Dua" in get(client, "dua.kec-a.test").text
    assert state(get(client, "satu.kec-a.test", "/?x=1")) == "MISS"
    assert state(get(client, "satu.kec-a.test", "/?x=1")) == "HIT"


def test_publishing_invalidates_only_the_affected_site(t, client):
    for host in ("satu.kec-a.test", "tiga.kec-b.test"):
        get(client, host)
    index = NewsIndexPage.objects.descendant_of(t.village_a1.home_page).first()
    if index is None:
        index = t.village_a1.home_page
    page = index.add_child(instance=news("Kabar Baru Uji"))
    page.save_revision().publish()
    assert state(get(client, "satu.kec-a.test")) == "MISS"
    assert state(get(client, "tiga.kec-b.test")) == "HIT"


def test_a_village_change_also_refreshes_its_portal_but_not_its_neighbours(t, client):
    hosts = invalidation.stale_hostnames(t.village_a1.home_page)
    assert hosts == {"satu.kec-a.test", "kec-a.test"}


def test_a_shared_service_change_refreshes_every_village_of_its_kecamatan_only(t, client):
    for host in ("satu.kec-a.test", "dua.kec-a.test", "tiga.kec-b.test"):
        assert state(get(client, host, "/")) == "MISS"
    t.shared.refresh_from_db()
    t.shared.summary = "Ringkasan baru layanan bersama."
    t.shared.save_revision().publish()
    assert state(get(client, "satu.kec-a.test")) == "MISS"
    assert state(get(client, "dua.kec-a.test")) == "MISS"
    assert state(get(client, "tiga.kec-b.test")) == "HIT"
    assert "Ringkasan baru layanan bersama." in get(client, "dua.kec-a.test", SHARED).text


def test_unpublish_move_and_delete_invalidate(t, client):
    page = t.village_a2.home_page.add_child(instance=news("Sementara"))
    page.save_revision().publish()
    steps = [
        (lambda: page.unpublish(), ["dua.kec-a.test"]),
        (
            lambda: page.move(t.village_a1.home_page, pos="last-child"),
            ["dua.kec-a.test", "satu.kec-a.test"],
        ),
        (lambda: Page.objects.get(pk=page.pk).delete(), ["satu.kec-a.test"]),
    ]
    for action, hosts in steps:
        for host in hosts:
            get(client, host)
            assert state(get(client, host)) == "HIT"
        action()
        for host in hosts:
            assert state(get(client, host)) == "MISS", host


def test_site_settings_change_refreshes_its_site(t, client):
    get(client, "tiga.kec-b.test")
    profile = SiteProfile.for_site(t.village_b1.site)
    profile.tagline = "Slogan baru desa tiga"
    profile.save()
    response = get(client, "tiga.kec-b.test")
    assert state(response) == "MISS"
    assert "Slogan baru desa tiga" in response.text


def test_logged_in_editors_always_get_fresh_pages(t, client):
    get(client, "satu.kec-a.test")
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = get(client, "satu.kec-a.test")
    assert state(response) == ""
    assert "sessionid" in client.cookies


def test_pages_with_a_csrf_form_are_not_cached(t, client):
    path = "/warga/pengaduan/"
    first = client.get(path, HTTP_HOST="satu.kec-a.test")
    second = client.get(path, HTTP_HOST="satu.kec-a.test")
    assert "X-Page-Cache" not in first.headers and "X-Page-Cache" not in second.headers


def test_a_response_using_a_csrf_token_is_never_stored(t, rf, settings):
    from django.http import HttpResponse
    from django.middleware.csrf import get_token

    from pagecache.middleware import AnonymousPageCacheMiddleware

    def view(request):
        return HttpResponse(f"<form>{get_token(request)}</form>")

    middleware = AnonymousPageCacheMiddleware(view)
    for _ in range(2):
        request = rf.get("/formulir/", HTTP_HOST="satu.kec-a.test")
        response = middleware(request)
        assert "X-Page-Cache" not in response.headers


def test_error_responses_are_not_cached(t, client):
    for _ in range(2):
        response = client.get("/tidak-ada-halaman-ini/", HTTP_HOST="satu.kec-a.test")
        assert response.status_code == 404
        assert "X-Page-Cache" not in response.headers


def test_disabled_cache_does_nothing(t, client, settings):
    settings.PAGECACHE_SECONDS = 0
    get(client, "satu.kec-a.test")
    assert state(get(client, "satu.kec-a.test")) == ""


def test_a_shared_service_publish_purges_its_village_copies_from_a_front_cache(
    t, settings, monkeypatch
):
    from wagtail.contrib.frontend_cache import utils

    settings.WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": "http://127.0.0.1:9",
        }
    }
    purged = []
    monkeypatch.setattr(utils, "purge_urls_from_cache", lambda urls: purged.extend(urls))
    t.shared.refresh_from_db()
    t.shared.save_revision().publish()
    assert set(purged) == {f"http://satu.kec-a.test{SHARED}", f"http://dua.kec-a.test{SHARED}"}


def test_an_image_change_refreshes_the_sites_that_show_its_collection_only(t, client):
    from cms.demo_images import demo_image

    image = demo_image("Foto Uji Cache", t.village_a1.collection, size=(10, 10))
    hosts = {"satu.kec-a.test": "MISS", "kec-a.test": "MISS", "dua.kec-a.test": "HIT"}
    for host in hosts:
        get(client, host)
    # Wagtail filling in a file's size while serving it changes nothing visible.
    image.file_size = None
    image.save(update_fields=["file_size"])
    assert all(state(get(client, host)) == "HIT" for host in hosts)
    image.title = "Foto Uji Cache Baru"
    image.save()
    assert {host: state(get(client, host)) for host in hosts} == hosts


def test_a_generation_says_when_it_started():
    import time

    from pagecache import store

    before = int(time.time())
    generation = store.new_generation()
    assert before <= store.generation_time(generation) <= before + 1
    assert store.generation_time(f"{generation}+{store.new_generation()}") >= before
    assert store.generation_time("0123abcd") is None  # an older value without a time
