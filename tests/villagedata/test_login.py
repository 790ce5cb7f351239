"""``POST /api/v1/auth/login`` (issue 21 item 4): OpenSID's "Buat Key" button gets
the operator's village a push key, with CORS, django-axes throttling and 2FA refusal."""

import json

import pytest
from axes.models import AccessAttempt
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django_otp.plugins.otp_totp.models import TOTPDevice

from access.models import GroupSecurity
from villagedata.models import SyncKey
from villagedata.models.sync import hash_key

PASSWORD = "sandi-Operator-2024"
ORIGIN = "https://desa-dua.example.id"


def login(client, email, password=PASSWORD, as_form=False, path="/api/v1/auth/login", **extra):
    """As ``get_token()`` in OpenSID v2410 sends it: axios, JSON, axios's default Accept."""
    headers = {"HTTP_HOST": "kec-a.test", "HTTP_ORIGIN": ORIGIN, **extra}
    headers["HTTP_ACCEPT"] = "application/json, text/plain, */*"
    body = {"email": email, "password": password}
    if as_form:
        return client.post(path, body, **headers)
    return client.post(path, json.dumps(body), content_type="application/json", **headers)


@pytest.fixture
def operator(world):
    user = get_user_model().objects.create_user(
        "operator-dua", email="operator@dua.example.id", password=PASSWORD
    )
    user.groups.add(world.dua.editor_group)
    return user


def test_buat_key_issues_a_working_key_for_the_operators_village(csrf_client, world, operator):
    response = login(csrf_client, "operator@dua.example.id")
    assert response.status_code == 200
    body = response.json()
    assert body["token_type"] == "Bearer"
    key = SyncKey.find(body["access_token"])
    assert key.tenant == world.dua and key.is_active and key.issued_by_login
    assert key.created_by == operator
    # Stored hashed only, as every key.
    assert key.key_hash == hash_key(body["access_token"])
    assert not SyncKey.objects.filter(key_hash=body["access_token"]).exists()
    # The key pushes: OpenSID's identitas-desa with it is accepted.
    pushed = csrf_client.post(
        "/api/v1/identitas-desa",
        {"kode_desa": world.dua.code, "sebutan_desa": "Desa", "website": ""},
        HTTP_AUTHORIZATION=f"Bearer {body['access_token']}",
        HTTP_HOST="kec-a.test",
    )
    assert pushed.status_code == 200, pushed.content


def test_username_and_form_body_work_too_and_a_new_click_replaces_an_unused_key(
    csrf_client, operator
):
    first = login(csrf_client, "operator-dua", as_form=True).json()["access_token"]
    second = login(csrf_client, "operator-dua").json()["access_token"]
    assert first != second
    assert not SyncKey.find(first).is_active  # never used: revoked by the new click
    assert SyncKey.find(second).is_active


def test_a_used_key_is_kept_when_the_button_is_clicked_again(csrf_client, operator, keys):
    first = login(csrf_client, "operator-dua").json()["access_token"]
    SyncKey.objects.filter(key_hash=hash_key(first)).update(last_used_at="2026-01-01T00:00Z")
    login(csrf_client, "operator-dua")
    assert SyncKey.find(first).is_active
    assert SyncKey.find(keys.dua).is_active  # keys made on the keys screen are untouched


def test_preflight_and_answers_carry_cors_for_any_origin(csrf_client, operator):
    preflight = csrf_client.options(
        "/api/v1/auth/login",
        HTTP_HOST="kec-a.test",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="content-type",
    )
    assert preflight.status_code in (200, 204)
    assert preflight["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight["Access-Control-Allow-Methods"]
    assert "content-type" in preflight["Access-Control-Allow-Headers"].lower()
    for response in (login(csrf_client, "operator-dua"), login(csrf_client, "x", "salah")):
        assert response["Access-Control-Allow-Origin"] == "*"
        assert "Access-Control-Allow-Credentials" not in response


def test_other_push_endpoints_get_no_cors(csrf_client, keys):
    response = csrf_client.options(
        "/api/v1/identitas-desa",
        HTTP_HOST="kec-a.test",
        HTTP_ORIGIN=ORIGIN,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
    )
    assert "Access-Control-Allow-Origin" not in response


@pytest.mark.parametrize("path", ["/api/v1/auth/login/", "/opendk/api/v1/auth/login"])
def test_trailing_slash_and_sub_path(csrf_client, operator, path):
    assert login(csrf_client, "operator-dua", path=path).status_code == 200


def test_wrong_credentials_are_a_json_401_in_opendks_words(csrf_client, operator):
    for email, password in (("operator-dua", "salah"), ("nobody@example.id", PASSWORD)):
        response = login(csrf_client, email, password)
        assert response.status_code == 401
        assert response.json() == {"message": "Pengguna tidak dikenali"}
    assert not SyncKey.objects.filter(issued_by_login=True).exists()


def test_an_inactive_user_is_not_recognised(csrf_client, operator):
    operator.is_active = False
    operator.save()
    assert login(csrf_client, "operator-dua").status_code == 401


def test_missing_fields_and_bad_bodies_are_a_json_422(csrf_client, operator):
    response = login(csrf_client, "", "")
    assert response.status_code == 422
    assert set(response.json()["errors"]) == {"email", "password"}
    response = csrf_client.post(
        "/api/v1/auth/login", "{not json", content_type="application/json", HTTP_HOST="kec-a.test"
    )
    assert response.status_code == 422 and response.json()["message"]


def test_a_get_is_a_json_405(csrf_client):
    response = csrf_client.get("/api/v1/auth/login", HTTP_HOST="kec-a.test")
    assert response.status_code == 405 and response.json()["message"]


def test_only_a_village_operator_gets_a_key(csrf_client, world):
    User = get_user_model()
    other = User.objects.create_user("camat", password=PASSWORD)
    other.groups.add(Group.objects.create(name="Bukan operator"))
    response = login(csrf_client, "camat")
    assert response.status_code == 422
    assert "bukan operator" in response.json()["message"]
    both = User.objects.create_user("dua-satu", password=PASSWORD)
    both.groups.add(world.dua.editor_group, world.satu.editor_group)
    response = login(csrf_client, "dua-satu")
    assert response.status_code == 422 and "lebih dari satu" in response.json()["message"]
    assert not SyncKey.objects.filter(issued_by_login=True).exists()


def test_another_kecamatans_address_gives_no_key(csrf_client, operator):
    response = login(csrf_client, "operator-dua", HTTP_HOST="kec-b.test")
    assert (
        response.status_code == 422 and "tidak termasuk kecamatan ini" in response.json()["message"]
    )
    assert login(csrf_client, "operator-dua", HTTP_HOST="dua.kec-a.test").status_code == 200


def test_two_step_login_users_are_refused(csrf_client, world, operator):
    TOTPDevice.objects.create(user=operator, name="app", confirmed=True)
    response = login(csrf_client, "operator-dua")
    assert response.status_code == 422
    assert "verifikasi dua langkah" in response.json()["message"]
    assert not SyncKey.objects.filter(issued_by_login=True).exists()


def test_a_group_requiring_two_step_login_refuses_too(csrf_client, world, operator):
    GroupSecurity.objects.create(group=world.dua.editor_group, require_two_factor=True)
    response = login(csrf_client, "operator-dua")
    assert response.status_code == 422
    assert "verifikasi dua langkah" in response.json()["message"]


def test_failures_are_counted_and_a_lockout_is_json(csrf_client, operator, settings):
    settings.AXES_FAILURE_LIMIT = 3
    for _ in range(2):
        assert login(csrf_client, "operator-dua", "salah").status_code == 401
    assert AccessAttempt.objects.filter(username="operator-dua").exists()
    # The third failure locks the account out from this address...
    assert login(csrf_client, "operator-dua", "salah").status_code == 429
    locked = login(csrf_client, "operator-dua")  # ...even for the right password now
    assert locked.status_code == settings.AXES_HTTP_RESPONSE_CODE == 429
    assert locked["Content-Type"] == "application/json"
    assert "Terlalu banyak" in locked.json()["message"]
    assert locked["Access-Control-Allow-Origin"] == "*"
    assert not SyncKey.objects.filter(issued_by_login=True).exists()


def test_keys_page_explains_both_ways_and_shows_button_keys(client, world, operator):
    from django.contrib.auth.models import Permission

    from tests.factories import UserFactory

    login(Client(), "operator-dua")
    camat = UserFactory(username="camat.a", groups=[world.kec_a.admin_group])
    camat.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(camat)
    page = client.get("/admin/data-desa/kunci/", HTTP_HOST="kec-a.test").content.decode()
    for words in (
        "OpenDK → Sinkronisasi",
        "BUAT KEY",
        "Cara A: tombol Buat Key",
        "Cara B: kunci dibuat admin kecamatan",
        "OpenSID mengosongkan <strong>Api Opendk Key</strong>",
        "verifikasi dua langkah",
        "Tombol Buat Key OpenSID",  # the key the button made, in the list
    ):
        assert words in page, words
