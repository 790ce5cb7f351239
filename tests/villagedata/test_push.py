"""The OpenSID push (OpenDK contract): valid, revoked and foreign keys; personal data refused."""

import base64
import json

import pytest
from gunicorn.util import split_request_uri

from villagedata.models import SyncedIdentity, SyncedReport, SyncKey
from villagedata.models.sync import hash_key
from villagedata.push import MAX_JSON_DEPTH, nesting_exceeds

PDF = base64.b64encode(b"%PDF-1.4\n% laporan uji\n").decode()


def post_json(client, path, body, key, host="kec-a.test"):
    return client.post(
        f"/api/v1/{path}",
        data=json.dumps(body),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {key}",
        HTTP_ACCEPT="application/json",
        HTTP_HOST=host,
    )


def report_body(code, **item):
    return {
        "desa_id": code,
        "laporan_penduduk": [
            {
                "id": 7,
                "judul": "Laporan Penduduk Januari 2024",
                "bulan": 1,
                "tahun": 2024,
                "nama_file": "laporan_penduduk_januari_2024_05_02_2024.pdf",
                "file": PDF,
                "created_at": "2024-02-05T02:10:00.000000Z",
                **item,
            }
        ],
    }


def test_only_the_hash_of_a_key_is_stored(keys):
    row = SyncKey.objects.get(key_hash=hash_key(keys.dua))
    assert keys.dua not in {row.key_hash, row.hint, row.label}
    assert row.hint == keys.dua[:11]


def test_identity_form_push_with_a_valid_key_is_accepted(client, world, keys):
    response = client.post(
        "/api/v1/identitas-desa",
        {
            "kode_desa": world.dua.code,
            "sebutan_desa": "Desa",
            "website": "http://dua.desa.test/",
            "path": "[[[[-3.43,104.23],[-3.44,104.25],[-3.45,104.24]]]]",
        },
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 200
    assert response.json() == {
        "status": "success",
        "message": "Proses sinkronisasi identitas desa sudah selesai",
    }
    identity = SyncedIdentity.objects.get(tenant=world.dua)
    assert identity.boundary[0][0][0] == [-3.43, 104.23]
    assert SyncKey.objects.get(key_hash=hash_key(keys.dua)).last_used_at is not None


def test_identity_without_path_is_accepted(client, world, keys):
    body = {"kode_desa": world.dua.code, "sebutan_desa": "Desa"}
    response = post_json(client, "identitas-desa", body, keys.dua)
    assert response.status_code == 200
    assert SyncedIdentity.objects.get(tenant=world.dua).boundary is None


def test_population_report_is_stored_and_upserted_on_its_opensid_id(client, world, keys):
    assert (
        post_json(client, "laporan-penduduk", report_body(world.dua.code), keys.dua).status_code
        == 200
    )
    response = post_json(
        client, "laporan-penduduk", report_body(world.dua.code, judul="Revisi"), keys.dua
    )
    assert response.json()["status"] == "success"
    report = SyncedReport.objects.get(tenant=world.dua)
    assert (report.title, report.part, report.year) == ("Revisi", 1, 2024)
    assert bytes(report.content).startswith(b"%PDF")


@pytest.mark.parametrize("path", ["laporan-penduduk", "laporan-apbdes"])
def test_revoked_key_on_a_laporan_endpoint_is_a_422_so_the_report_stays_queued(
    client, world, keys, path
):
    # OpenSID's laporan sender marks reports as sent on any status but 422
    # (contract §7); the 401 this used to be lost them silently.
    response = post_json(client, path, report_body(world.dua.code), keys.revoked)
    assert response.status_code == 422
    body = response.json()
    assert "dicabut" in body["message"]
    assert body["errors"] == {"api_opendk_key": [body["message"]]}
    assert not SyncedReport.objects.exists()


@pytest.mark.parametrize("path", ["laporan-penduduk", "laporan-apbdes"])
def test_unknown_or_missing_key_on_a_laporan_endpoint_is_a_422(client, world, path):
    response = post_json(client, path, report_body(world.dua.code), "kcms_palsu")
    assert response.status_code == 422
    assert "Api Opendk Key" in response.json()["message"]
    missing = client.post(
        f"/api/v1/{path}",
        data=json.dumps(report_body(world.dua.code)),
        content_type="application/json",
        HTTP_HOST="kec-a.test",
    )
    assert missing.status_code == 422 and "errors" in missing.json()


def test_unknown_missing_or_revoked_key_on_identity_stays_a_401(client, world, keys):
    # identitas-desa goes through OpenSID's Guzzle helper, which shows a 4xx's
    # message and queues nothing: OpenDK's own 401 is handled there.
    assert post_json(client, "identitas-desa", {}, "kcms_palsu").status_code == 401
    response = client.post("/api/v1/identitas-desa", {}, HTTP_HOST="kec-a.test")
    assert response.status_code == 401 and "message" in response.json()
    revoked = post_json(client, "identitas-desa", {}, keys.revoked)
    assert revoked.status_code == 401 and "dicabut" in revoked.json()["message"]


def test_another_villages_key_is_refused_with_422(client, world, keys):
    response = post_json(client, "laporan-penduduk", report_body(world.dua.code), keys.satu)
    assert response.status_code == 422  # 422, so OpenSID does not mark the report as sent
    body = response.json()
    assert "Kelurahan Satu" in body["errors"]["desa_id"][0]
    assert not SyncedReport.objects.exists()


def test_village_of_another_kecamatan_is_unknown_on_this_portal(client, world, keys):
    response = post_json(
        client, "laporan-penduduk", report_body(world.dua.code), keys.dua, host="kec-b.test"
    )
    assert response.status_code == 422
    assert "tidak dikenal" in response.json()["message"]


def test_individual_level_fields_in_a_payload_are_refused(client, world, keys):
    body = report_body(world.dua.code)
    body["laporan_penduduk"][0]["nik"] = "1674010101010001"
    response = post_json(client, "laporan-penduduk", body, keys.dua)
    assert response.status_code == 422
    assert "Data perorangan" in response.json()["message"]
    assert "nik" in response.json()["message"]
    assert not SyncedReport.objects.exists()


@pytest.mark.parametrize("path", ["penduduk/storedata", "penduduk", "program-bantuan/peserta"])
def test_personal_data_endpoints_are_refused_without_an_errors_object(client, keys, path):
    response = client.post(
        f"/api/v1/{path}",
        data=json.dumps({"hapus_penduduk": [{"desa_id": "16.74.04.2008", "id_pend_desa": 9}]}),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 422
    assert "errors" not in response.json()  # an errors object crashes OpenSID's sender
    assert "Data perorangan" in response.json()["message"]


def test_invalid_report_items_get_laravel_style_422(client, world, keys):
    body = report_body(world.dua.code, bulan=13, file="bukan base64!")
    response = post_json(client, "laporan-penduduk", body, keys.dua)
    assert response.status_code == 422
    errors = response.json()["errors"]
    assert set(errors) == {"laporan_penduduk.0.bulan", "laporan_penduduk.0.file"}
    assert "(dan 1 kesalahan lainnya)" in response.json()["message"]


def test_apbdes_report_from_a_kelurahan_is_refused(client, world, keys):
    body = {"desa_id": world.satu.code, "laporan_apbdes": []}
    response = post_json(client, "laporan-apbdes", body, keys.satu)
    assert response.status_code == 422


def test_report_bodies_above_djangos_memory_limit_are_accepted(client, world, keys, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024  # as if the PDF were many MB
    big_pdf = base64.b64encode(b"%PDF-1.4\n" + b"0" * 4096).decode()
    response = post_json(
        client, "laporan-penduduk", report_body(world.dua.code, file=big_pdf), keys.dua
    )
    assert response.status_code == 200
    assert len(bytes(SyncedReport.objects.get(tenant=world.dua).content)) == 4105


# --- Every answer under /api/v1/ is JSON (review findings 12 and "bad input") ---


def deep(depth: int) -> str:
    return "[" * depth + "]" * depth


def test_deeply_nested_json_body_is_a_422_not_a_500(csrf_client, world, keys):
    body = f'{{"kode_desa": "{world.dua.code}", "sebutan_desa": "Desa", "x": {deep(100_000)}}}'
    response = csrf_client.post(
        "/api/v1/identitas-desa",
        data=body,
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 422  # OpenSID holds a report back only on 422 (§7)
    assert response.json()["errors"] == {
        "body": ["Isi permintaan bersarang lebih dari 32 tingkat."]
    }
    assert not SyncedIdentity.objects.exists()


def test_deeply_nested_boundary_in_a_form_push_is_a_422(csrf_client, world, keys):
    response = csrf_client.post(
        "/api/v1/identitas-desa",
        {"kode_desa": world.dua.code, "sebutan_desa": "Desa", "path": deep(100_000)},
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 422
    assert response.json()["errors"] == {"path": ["Isian path bersarang lebih dari 32 tingkat."]}


def test_nesting_limit_counts_structure_not_brackets_inside_strings():
    assert not nesting_exceeds(deep(MAX_JSON_DEPTH))
    assert nesting_exceeds(deep(MAX_JSON_DEPTH + 1))
    assert not nesting_exceeds(json.dumps({"judul": deep(1000), "kutip": '\\"[[[' * 50}))
    assert nesting_exceeds('{"a": "\\"]", "b": ' + deep(40) + "}")
    assert nesting_exceeds('{"a": "\\\\", "b": ' + deep(40) + "}")  # "\\" ends the string
    # Linear, even on a string that is never closed (a naive pattern is quadratic here).
    assert not nesting_exceeds('"' + '\\"' * 200_000)


def test_report_with_brackets_in_its_strings_is_accepted(client, world, keys):
    body = report_body(world.dua.code, judul="[" * 200 + " Laporan")
    response = post_json(client, "laporan-penduduk", body, keys.dua)
    assert response.status_code == 200
    assert SyncedReport.objects.get(tenant=world.dua).title.startswith("[[[")


@pytest.mark.parametrize(
    "path", ["/api/v1/tidak-ada", "/api/v1/", "/api/v1/auth/logout", "/api/v1/penduduk/1/hapus/"]
)
def test_unknown_addresses_are_a_json_404_whatever_the_method(csrf_client, keys, path):
    for method in ("POST", "GET", "PUT", "DELETE"):
        response = csrf_client.generic(
            method,
            path,
            data="{}",
            content_type="application/json",
            HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
            HTTP_HOST="kec-a.test",
        )
        # Before: POST answered an HTML 403 "CSRF verification failed".
        assert response.status_code == 404, (method, response.status_code)
        assert response["Content-Type"] == "application/json"
        assert "tidak dikenal" in response.json()["message"]


def test_endpoints_answer_with_a_trailing_slash_too(csrf_client, world, keys):
    response = csrf_client.post(
        "/api/v1/laporan-penduduk/",
        data=json.dumps(report_body(world.dua.code)),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    assert response.status_code == 200
    assert SyncedReport.objects.filter(tenant=world.dua).exists()
    refused = csrf_client.post(
        "/api/v1/penduduk/storedata/", data={}, HTTP_HOST="kec-a.test"
    ).json()
    assert "Data perorangan" in refused["message"]


def test_a_get_on_an_endpoint_is_a_json_405(csrf_client):
    response = csrf_client.get("/api/v1/laporan-apbdes", HTTP_HOST="kec-a.test")
    assert response.status_code == 405
    assert response["Allow"] == "POST"
    assert response.json()["message"]


def test_form_body_over_djangos_memory_limit_is_a_json_422(csrf_client, world, keys, settings):
    # Django's limit holds for every form but identitas-desa's (test_push_robustness).
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 1024
    response = csrf_client.post(
        "/api/v1/laporan-penduduk",
        {"desa_id": world.dua.code, "judul": "[" + "1," * 2000 + "1]"},
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
    )
    # Before: Django's HTML 400. 422, not 413: OpenSID holds a report back only on 422.
    assert response.status_code == 422
    assert response.json()["errors"] == {"body": ["Isi permintaan lebih dari 1 KB."]}
    assert not SyncedReport.objects.exists()


def test_doubled_slash_from_opensid_reaches_the_endpoint(csrf_client, world, keys):
    """OpenSID with server ``https://kec-a.test/`` asks for ``//api/v1/laporan-penduduk``."""
    # gunicorn passes the request target on unchanged as PATH_INFO…
    path = split_request_uri("//api/v1/laporan-penduduk").path
    assert path == "//api/v1/laporan-penduduk"
    # …while the test client would read "//api" as a host name, so set it as gunicorn does.
    response = csrf_client.post(
        path,
        data=json.dumps(report_body(world.dua.code)),
        content_type="application/json",
        HTTP_AUTHORIZATION=f"Bearer {keys.dua}",
        HTTP_HOST="kec-a.test",
        PATH_INFO=path,
    )
    assert response.status_code == 200
    assert response.json()["status"] == "success"
    assert SyncedReport.objects.filter(tenant=world.dua, remote_id=7).exists()
    unknown = csrf_client.post("/", data={}, HTTP_HOST="kec-a.test", PATH_INFO="//api/v1/lain")
    assert unknown.status_code == 404 and "message" in unknown.json()
