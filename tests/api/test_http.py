"""HTTP behaviour: conditional GET, caching headers, CORS, parameter errors, query counts."""

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext, override_settings

pytestmark = pytest.mark.django_db

HOST = "satu.kec-a.test"


def test_etag_and_last_modified_answer_a_conditional_get_with_304(world, client):
    first = client.get("/api/v2/pages/", HTTP_HOST=HOST)
    assert first.status_code == 200
    etag, last_modified = first["ETag"], first["Last-Modified"]
    assert etag and last_modified

    again = client.get("/api/v2/pages/", HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    assert again.content == b""
    since = client.get("/api/v2/news/", HTTP_HOST=HOST, HTTP_IF_MODIFIED_SINCE=last_modified)
    assert since.status_code == 304


def test_a_publish_changes_etag_and_last_modified(world, client):
    before = client.get("/api/v2/pages/", HTTP_HOST=HOST)
    world.news_a1.title = "Berita Satu (diperbarui)"
    world.news_a1.save_revision().publish()
    after = client.get("/api/v2/pages/", HTTP_HOST=HOST, HTTP_IF_NONE_MATCH=before["ETag"])
    assert after.status_code == 200
    assert after["ETag"] != before["ETag"]
    assert "diperbarui" in after.content.decode()


def test_anonymous_reads_are_publicly_cacheable_errors_are_not(world, client, django_user_model):
    response = client.get("/api/v2/sites/", HTTP_HOST=HOST)
    assert "public" in response["Cache-Control"] and "max-age=60" in response["Cache-Control"]
    assert "origin" in response["Vary"].lower()
    error = client.get("/api/v2/pages/?limit=500", HTTP_HOST=HOST)
    assert error.status_code == 400
    assert "no-store" in error["Cache-Control"]

    client.force_login(django_user_model.objects.create_user("pembaca", password="x" * 12))
    private = client.get("/api/v2/sites/", HTTP_HOST=HOST)
    assert "private" in private["Cache-Control"] and "public" not in private["Cache-Control"]


@override_settings(CORS_ALLOWED_ORIGINS=["https://app.example.id"])
def test_cors_allows_configured_origins_only(world, client):
    allowed = client.get("/api/v2/news/", HTTP_HOST=HOST, HTTP_ORIGIN="https://app.example.id")
    assert allowed["Access-Control-Allow-Origin"] == "https://app.example.id"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    other = client.get("/api/v2/news/", HTTP_HOST=HOST, HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other
    preflight = client.options(
        "/api/v2/news/",
        HTTP_HOST=HOST,
        HTTP_ORIGIN="https://app.example.id",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )
    assert preflight.status_code == 200
    assert "GET" in preflight["Access-Control-Allow-Methods"]
    assert "POST" not in preflight["Access-Control-Allow-Methods"]
    # Pages outside the API get no CORS headers at all.
    page = client.get("/", HTTP_HOST=HOST, HTTP_ORIGIN="https://app.example.id")
    assert "Access-Control-Allow-Origin" not in page


@pytest.mark.parametrize(
    "url, fragment",
    [
        ("/api/v2/pages/?limit=101", "limit cannot be higher than 100"),
        ("/api/v2/pages/?limit=-1", "limit must be a positive integer"),
        ("/api/v2/services/?limit=abc", "limit must be a positive integer"),
        ("/api/v2/news/?offset=-5", "offset must be a positive integer"),
        ("/api/v2/sites/?colour=red", "colour"),
        ("/api/v2/services/?kind=semua", "kind"),
        ("/api/v2/news/?category=gosip", "category"),
        ("/api/v2/pages/?type=tidak.Ada", "type doesn't exist"),
        ("/api/v2/images/?site=tidak%20ada", "tidak ada"),
        ("/api/v2/sites/?search=" + "x" * 101, "100 characters"),
    ],
)
def test_bad_parameters_get_a_400_with_a_clear_message(world, client, url, fragment):
    response = client.get(url, HTTP_HOST=HOST)
    assert response.status_code == 400
    assert fragment in response.json()["message"]


@pytest.mark.parametrize("url", ["/api/v2/tidak-ada/", "/api/v1", "/api/tidak-ada"])
def test_a_post_to_an_unknown_api_address_is_a_json_404_not_a_csrf_page(world, url):
    client = Client(enforce_csrf_checks=True)
    response = client.post(url, {"a": "b"}, HTTP_HOST=HOST)
    # Before: an HTML 403 "CSRF verification failed", since the address was
    # only found unknown by a view that CSRF protected.
    assert response.status_code == 404
    assert response.json() == {"message": "Not found."}


def count_queries(client, url, host):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_HOST=host)
    assert response.status_code == 200, response.content
    return len(captured)


@pytest.mark.parametrize(
    "url, host",
    [
        ("/api/v2/pages/?type=news.NewsPage", HOST),
        ("/api/v2/pages/?type=news.NewsPage&fields=date,summary,lead_image", HOST),
        ("/api/v2/news/?", "kec-a.test"),
        ("/api/v2/sites/?", HOST),
        ("/api/v2/services/?", HOST),
        ("/api/v2/images/?fields=*", "kec-a.test"),
        ("/api/v2/documents/?fields=*", HOST),
    ],
)
def test_listing_queries_do_not_grow_with_limit(world, client, url, host):
    # Warm up: renditions and caches are made on the first request.
    client.get(f"{url}&limit=20", HTTP_HOST=host)
    one = count_queries(client, f"{url}&limit=1", host)
    twenty = count_queries(client, f"{url}&limit=20", host)
    assert twenty <= one + 1, (one, twenty)
