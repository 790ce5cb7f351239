"""``pesan/getpesan``: OpenSID's dashboard asks on every load; an empty, cheap, JSON 200."""

import pytest
from gunicorn.util import split_request_uri

from villagedata.models import SyncKey


def get_messages(client, key, path="/api/v1/pesan/getpesan", **extra):
    """The request ``get_pesan_opendk()`` (OpenSID v2410) builds: a Guzzle form POST."""
    headers = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest", "HTTP_HOST": "kec-a.test"}
    if key is not None:
        headers["HTTP_AUTHORIZATION"] = f"Bearer {key}"
    return client.post(path, {"kode_desa": "16.74.04.2008", "id": 0}, **headers, **extra)


def test_message_check_answers_an_empty_list_in_opendks_shape(csrf_client, keys):
    response = get_messages(csrf_client, keys.dua)
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"
    # OpenSID iterates over ``data``; OpenDK answers {"status": true, "data": [...]}.
    assert response.json() == {"status": True, "data": []}


def test_message_check_costs_one_query_and_writes_nothing(
    csrf_client, world, keys, django_assert_num_queries
):
    get_messages(csrf_client, keys.dua)  # the first request also loads the known hosts
    with django_assert_num_queries(1):  # the key lookup, nothing else
        assert get_messages(csrf_client, keys.dua).status_code == 200
    assert not SyncKey.objects.filter(tenant=world.dua, last_used_at__isnull=False).exists()


@pytest.mark.parametrize("path", ["/api/v1/pesan/getpesan/", "//api/v1/pesan/getpesan"])
def test_message_check_answers_with_a_trailing_or_doubled_slash(csrf_client, keys, path):
    # gunicorn passes "//api/…" on unchanged; the test client would read it as a host.
    path_info = split_request_uri(path).path
    response = get_messages(csrf_client, keys.dua, path="/", PATH_INFO=path_info)
    assert response.json() == {"status": True, "data": []}


def test_message_check_with_a_bad_key_is_a_json_401(csrf_client, keys):
    for key in ("kcms_palsu", keys.revoked, None):
        response = get_messages(csrf_client, key)
        assert response.status_code == 401, key
        assert response.json()["message"]


def test_a_get_on_the_message_check_is_a_json_405(csrf_client, keys):
    response = csrf_client.get("/api/v1/pesan/getpesan", HTTP_HOST="kec-a.test")
    assert response.status_code == 405 and response.json()["message"]


def test_message_checks_are_rate_limited_per_key(csrf_client, keys, settings):
    settings.OPENSID_MESSAGE_CHECKS_PER_MINUTE = 3
    for _ in range(3):
        assert get_messages(csrf_client, keys.dua).status_code == 200
    limited = get_messages(csrf_client, keys.dua)
    assert limited.status_code == 429
    assert limited["Retry-After"] == "60"
    assert "Terlalu banyak" in limited.json()["message"]
    # Another village's key, from the same address, has its own budget.
    assert get_messages(csrf_client, keys.satu).status_code == 200


def test_a_flood_over_the_limit_reaches_no_database(
    csrf_client, keys, settings, django_assert_num_queries
):
    settings.OPENSID_MESSAGE_CHECKS_PER_MINUTE = 1
    get_messages(csrf_client, "kcms_palsu")
    with django_assert_num_queries(0):
        assert get_messages(csrf_client, "kcms_palsu").status_code == 429
