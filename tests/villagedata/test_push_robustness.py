"""OpenSID pushes at their real sizes and shapes (issue 21 item 7), and the
cache generation a push bumps so that ``/data/`` shows it at once."""

import json
import random
from urllib.parse import urlencode

import pytest

from tests.villagedata.test_push import report_body
from villagedata import push
from villagedata.boundary import MAX_POINTS
from villagedata.models import SyncedIdentity, SyncedReport

TRIANGLE = "[[[[-3.43,104.23],[-3.44,104.25],[-3.45,104.24]]]]"


def big_polygon(target_bytes: int) -> str:
    """A desa boundary drawn point by point, as OpenSID stores it: ``[[[[lat,lng],…]]]``."""
    rng = random.Random(21)
    points, size = [], 0
    while size < target_bytes:
        point = [round(-3.4 - rng.random() / 10, 14), round(104.2 + rng.random() / 10, 14)]
        points.append(point)
        size += len(json.dumps(point)) + 2
    return json.dumps([[points]])


def identity_form(client, key, code, **fields):
    """``identitas-desa`` as OpenSID's Guzzle helper sends it: form-urlencoded."""
    fields = {
        "kode_desa": code,
        "sebutan_desa": "Desa",
        "website": "https://dua.desa.test/",
        **fields,
    }
    return client.post(
        "/api/v1/identitas-desa",
        urlencode(fields),
        content_type="application/x-www-form-urlencoded",
        HTTP_AUTHORIZATION=f"Bearer {key}",
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        HTTP_HOST="kec-a.test",
    )


def test_a_3_mb_boundary_form_is_accepted_above_djangos_form_limit(csrf_client, world, keys):
    polygon = big_polygon(3_100_000)
    response = identity_form(csrf_client, keys.dua, world.dua.code, path=polygon)
    assert response.status_code == 200, response.content[:300]
    identity = SyncedIdentity.objects.get(tenant=world.dua)
    assert len(identity.boundary[0][0]) > 60_000
    # What pages read is a few KB, whatever was pushed.
    assert identity.outline["path"].count("L") < MAX_POINTS
    assert len(identity.outline["path"]) < 12_000


def test_the_identity_form_limit_is_bounded(csrf_client, world, keys, monkeypatch):
    monkeypatch.setattr(push.identity, "max_form_bytes", 1024 * 1024)
    response = identity_form(csrf_client, keys.dua, world.dua.code, path=big_polygon(1_200_000))
    assert response.status_code == 422
    assert response.json()["errors"] == {"body": ["Isi permintaan lebih dari 1 MB."]}
    assert not SyncedIdentity.objects.exists()


def test_the_raised_limit_is_identitas_desa_only(csrf_client, world, keys, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    assert (
        identity_form(csrf_client, keys.dua, world.dua.code, path=TRIANGLE + " " * 2048).status_code
        == 200
    )
    response = csrf_client.post(
        "/api/v1/laporan-apbdes",
        urlencode({"desa_id": world.dua.code, "x": "y" * 2048}),
        content_type="application/x-www-form-urlencoded",
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 422
    assert "1 KB" in response.json()["message"]


@pytest.mark.parametrize("second", [{}, {"path": ""}, {"path": "[[[[]]]]"}, {"path": "[]"}])
def test_a_push_without_a_polygon_keeps_the_stored_boundary(csrf_client, world, keys, second):
    assert identity_form(csrf_client, keys.dua, world.dua.code, path=TRIANGLE).status_code == 200
    response = identity_form(
        csrf_client, keys.dua, world.dua.code, website="https://baru.desa.test/", **second
    )
    assert response.status_code == 200
    identity = SyncedIdentity.objects.get(tenant=world.dua)
    assert identity.website == "https://baru.desa.test/"  # the rest is updated
    assert identity.boundary[0][0][0] == [-3.43, 104.23]
    assert identity.outline["path"].startswith("M")


@pytest.mark.parametrize(
    "prefix", ["/opendk", "/kab/opendk/", "//opendk", "/opendk//"], ids=["one", "two", "dbl", "end"]
)
def test_a_server_address_with_a_sub_path_reaches_the_endpoints(csrf_client, world, keys, prefix):
    """``api_opendk_server = https://kec-a.test/opendk`` asks for ``/opendk/api/v1/…``."""
    base = prefix if prefix.endswith("//") else prefix.rstrip("/") + "/"
    path = base + "api/v1/laporan-penduduk"
    response = csrf_client.post(
        "/",
        data=json.dumps(report_body(world.dua.code)),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
        PATH_INFO=path,  # as gunicorn passes it on, "//" included
    )
    # Before: the pages' 404 and APPEND_SLASH on a POST, a 500 in DEBUG.
    assert response.status_code == 200, (path, response.status_code)
    assert SyncedReport.objects.filter(tenant=world.dua).exists()
    unknown = csrf_client.post("/", HTTP_HOST="kec-a.test", PATH_INFO=base + "api/v1/lain")
    assert unknown.status_code == 404 and "tidak dikenal" in unknown.json()["message"]


def test_a_sub_path_install_behind_script_name_reaches_the_endpoints(csrf_client, world, keys):
    """nginx proxying ``/opendk/`` with ``SCRIPT_NAME=/opendk`` (docs/deploy.md)."""
    response = csrf_client.post(
        "/api/v1/identitas-desa",
        urlencode({"kode_desa": world.dua.code, "sebutan_desa": "Desa"}),
        content_type="application/x-www-form-urlencoded",
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
        SCRIPT_NAME="/opendk",
    )
    assert response.status_code == 200


MALFORMED = {
    "not utf-8": ("application/json", b'{"desa_id": "\xff\xfe"}'),
    "truncated": ("application/json", b'{"desa_id": "16.74.04.2008", "laporan_penduduk": ['),
    "a list": ("application/json", b"[1, 2, 3]"),
    "a string": ("application/json", b'"laporan"'),
    "nested": ("application/json", b'{"a": ' + b"[" * 5000 + b"]" * 5000 + b"}"),
    "huge": ("application/json", b'{"a": "' + b"x" * (push.MAX_BODY_BYTES + 10) + b'"}'),
    "fields": ("application/x-www-form-urlencoded", b"&".join(b"f%d=1" % i for i in range(20_000))),
    "multipart": ("multipart/form-data; boundary=zz", b"--zz\r\nContent-Disposition: form-data"),
}


@pytest.mark.parametrize("endpoint", ["identitas-desa", "laporan-penduduk", "laporan-apbdes"])
@pytest.mark.parametrize("case", list(MALFORMED))
def test_every_malformed_body_is_a_json_422_with_a_message(csrf_client, keys, endpoint, case):
    content_type, body = MALFORMED[case]
    response = csrf_client.generic(
        "POST",
        f"/api/v1/{endpoint}",
        data=body,
        content_type=content_type,
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 422, (case, response.status_code, response.content[:200])
    assert response["Content-Type"] == "application/json"
    assert response.json()["message"]


def test_a_push_refreshes_the_cached_data_page_of_the_village_and_its_portal(
    client, csrf_client, world, keys, settings
):
    settings.PAGECACHE_SECONDS = 600
    for host in ("dua.kec-a.test", "kec-a.test"):
        client.get("/data/", HTTP_HOST=host)
        assert client.get("/data/", HTTP_HOST=host)["X-Page-Cache"] == "HIT"
    assert identity_form(csrf_client, keys.dua, world.dua.code, path=TRIANGLE).status_code == 200
    page = client.get("/data/", HTTP_HOST="dua.kec-a.test")
    assert page["X-Page-Cache"] == "MISS"
    assert "Identitas desa" in page.text  # the push's date, in "Kiriman OpenSID"
    assert client.get("/data/", HTTP_HOST="kec-a.test")["X-Page-Cache"] == "MISS"


def test_a_refused_push_leaves_the_cache_alone(client, csrf_client, world, keys, settings):
    settings.PAGECACHE_SECONDS = 600
    client.get("/data/", HTTP_HOST="dua.kec-a.test")
    assert identity_form(csrf_client, keys.dua, world.dua.code, path="[[[").status_code == 422
    assert client.get("/data/", HTTP_HOST="dua.kec-a.test")["X-Page-Cache"] == "HIT"
