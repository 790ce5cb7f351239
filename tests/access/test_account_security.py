"""Login throttling (django-axes) and two-step login (django-otp) through Wagtail's login."""

import datetime

import pytest
from axes.models import AccessAttempt
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.test import override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from access.models import GroupSecurity
from tests.factories import UserFactory

# No waiting between code attempts in tests (django-otp doubles the wait after each miss).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("no_otp_throttle")]

HOST = {"HTTP_HOST": "kec-a.test"}
PASSWORD = "kata-sandi-uji-123"
LOGIN = "/admin/login/"


@pytest.fixture
def site(world):
    return world


@pytest.fixture
def no_otp_throttle(settings):
    settings.OTP_TOTP_THROTTLE_FACTOR = 0


def log_in(client, username, password):
    return client.post(LOGIN, {"username": username, "password": password}, **HOST)


def current_code(device) -> str:
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


# --- throttling ---------------------------------------------------------------


@override_settings(AXES_FAILURE_LIMIT=3)
def test_login_is_locked_after_n_failures_with_an_indonesian_message(site, client):
    user = UserFactory(username="op.kunci", groups=[site.village_a1.editor_group])
    for _ in range(2):
        response = log_in(client, user.username, "salah-sandi-123")
        assert response.status_code == 200  # the login form again
    locked = log_in(client, user.username, "salah-sandi-123")
    assert locked.status_code == 429
    assert "Terlalu banyak percobaan masuk" in locked.text
    assert "Coba lagi setelah 30 menit" in locked.text
    # Even the right password is refused while locked.
    assert log_in(client, user.username, PASSWORD).status_code == 429


@override_settings(AXES_FAILURE_LIMIT=2)
def test_lockout_ends_after_the_cool_off(site, client):
    user = UserFactory(username="op.tunggu", groups=[site.village_a1.editor_group])
    log_in(client, user.username, "salah-1-abcdefg")
    assert log_in(client, user.username, "salah-2-abcdefg").status_code == 429
    # Pretend the cool-off has passed.
    AccessAttempt.objects.update(attempt_time=datetime.datetime(2000, 1, 1, tzinfo=datetime.UTC))
    response = log_in(client, user.username, PASSWORD)
    assert response.status_code == 302
    assert client.get("/admin/", **HOST).status_code == 200


@override_settings(AXES_FAILURE_LIMIT=2)
def test_axes_reset_unlocks_at_once_and_other_users_were_never_locked(site, client):
    user = UserFactory(username="op.reset", groups=[site.village_a1.editor_group])
    colleague = UserFactory(username="op.rekan", groups=[site.village_a1.editor_group])
    log_in(client, user.username, "salah-1-abcdefg")
    assert log_in(client, user.username, "salah-2-abcdefg").status_code == 429
    # Same office connection, different account: not locked.
    assert log_in(client, colleague.username, PASSWORD).status_code == 302
    call_command("axes_reset_username", user.username)
    assert log_in(client, user.username, PASSWORD).status_code == 302


# --- two-step login -------------------------------------------------------------


def test_two_step_login_is_optional_by_default(site, client):
    user = UserFactory(username="op.bebas", groups=[site.village_a1.editor_group])
    assert log_in(client, user.username, PASSWORD).status_code == 302
    assert client.get("/admin/", **HOST).status_code == 200


def test_a_group_that_requires_it_sends_members_to_setup_until_done(site, client):
    group: Group = site.village_a1.editor_group
    GroupSecurity.objects.create(group=group, require_two_factor=True)
    user = UserFactory(username="op.wajib", groups=[group])
    log_in(client, user.username, PASSWORD)
    response = client.get("/admin/pages/", **HOST)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/dua-langkah/pasang/")
    setup = client.get(response["Location"], **HOST)
    assert setup.status_code == 200 and "<svg" in setup.text
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    wrong = client.post("/admin/dua-langkah/pasang/", {"token": "000000"}, **HOST)
    assert wrong.status_code == 200 and "Kode salah" in wrong.text
    done = client.post(
        "/admin/dua-langkah/pasang/",
        {"token": current_code(device), "next": "/admin/pages/"},
        **HOST,
    )
    assert done.status_code == 302 and done["Location"] == "/admin/pages/"
    assert client.get("/admin/pages/", **HOST).status_code in (200, 302)
    device.refresh_from_db()
    assert device.confirmed


def test_members_of_other_groups_are_not_asked(site, client):
    GroupSecurity.objects.create(group=site.village_a1.editor_group, require_two_factor=True)
    user = UserFactory(username="op.lain", groups=[site.village_a2.editor_group])
    log_in(client, user.username, PASSWORD)
    assert client.get("/admin/", **HOST).status_code == 200


def test_a_user_with_a_device_must_enter_a_code_after_each_login(site, client):
    user = UserFactory(username="op.kode", groups=[site.village_a1.editor_group])
    device = TOTPDevice.objects.create(user=user, name="hp", confirmed=True)
    log_in(client, user.username, PASSWORD)
    response = client.get("/admin/", **HOST)
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/dua-langkah/verifikasi/")
    assert (
        client.post("/admin/dua-langkah/verifikasi/", {"token": "123456"}, **HOST).status_code
        == 200
    )
    ok = client.post("/admin/dua-langkah/verifikasi/", {"token": current_code(device)}, **HOST)
    assert ok.status_code == 302
    assert client.get("/admin/", **HOST).status_code == 200


def test_public_sites_never_ask_for_a_code(site, client):
    user = UserFactory(username="op.publik", groups=[site.village_a1.editor_group])
    TOTPDevice.objects.create(user=user, name="hp", confirmed=True)
    log_in(client, user.username, PASSWORD)
    assert client.get("/", HTTP_HOST="satu.kec-a.test").status_code == 200


# --- the setup step is no way around the verify step (issue 16, finding 1) ------


def _half_logged_in(client, site, username, *, required=False):
    """A user with a confirmed device, logged in with the password only."""
    group = site.village_a1.editor_group
    if required:
        GroupSecurity.objects.get_or_create(group=group, defaults={"require_two_factor": True})
    user = UserFactory(username=username, groups=[group])
    device = TOTPDevice.objects.create(user=user, name="hp", confirmed=True)
    assert log_in(client, user.username, PASSWORD).status_code == 302
    return user, device


@pytest.mark.parametrize("required", [False, True], ids=["optional", "group-requires"])
def test_setup_is_refused_before_the_second_step_to_a_user_with_a_device(site, client, required):
    user, _device = _half_logged_in(client, site, f"op.celah.{int(required)}", required=required)
    shown = client.get("/admin/dua-langkah/pasang/", **HOST)
    assert shown.status_code == 302
    assert shown["Location"].startswith("/admin/dua-langkah/verifikasi/")
    # No new device, no secret: nothing an attacker could confirm.
    assert not TOTPDevice.objects.filter(user=user, confirmed=False).exists()
    # Even a POST with a code for a device made earlier (an unconfirmed
    # leftover) neither confirms it nor verifies the session.
    leftover = TOTPDevice.objects.create(user=user, name="penyerang", confirmed=False)
    posted = client.post(
        "/admin/dua-langkah/pasang/", {"token": current_code(leftover), "next": "/admin/"}, **HOST
    )
    assert posted.status_code == 302
    assert posted["Location"].startswith("/admin/dua-langkah/verifikasi/")
    leftover.refresh_from_db()
    assert not leftover.confirmed
    assert client.get("/admin/", **HOST)["Location"].startswith("/admin/dua-langkah/verifikasi/")


def test_a_verified_session_may_add_a_second_device(site, client):
    user, device = _half_logged_in(client, site, "op.cadangan")
    client.post("/admin/dua-langkah/verifikasi/", {"token": current_code(device)}, **HOST)
    setup = client.get("/admin/dua-langkah/pasang/", **HOST)
    assert setup.status_code == 200 and "<svg" in setup.text
    second = TOTPDevice.objects.get(user=user, confirmed=False)
    done = client.post("/admin/dua-langkah/pasang/", {"token": current_code(second)}, **HOST)
    assert done.status_code == 302
    assert TOTPDevice.objects.filter(user=user, confirmed=True).count() == 2


def test_a_half_logged_in_session_is_anonymous_on_the_public_site(site, client):
    """Finding 9: a login-restricted document needs the second step too."""
    from wagtail.documents import get_document_model
    from wagtail.models import Collection, CollectionViewRestriction

    parent = site.village_a1.collection
    private = parent.add_child(instance=Collection(name="Rahasia 2FA"))
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    from news.demo.documents import demo_document

    document = demo_document("Dokumen terbatas", private, ("Isi rahasia.",))
    assert isinstance(document, get_document_model())
    user, device = _half_logged_in(client, site, "op.dokumen")
    url = document.url
    village = {"HTTP_HOST": "satu.kec-a.test"}
    refused = client.get(url, **village)
    assert refused.status_code == 302 and "login" in refused["Location"]
    client.post("/admin/dua-langkah/verifikasi/", {"token": current_code(device)}, **HOST)
    assert client.get(url, **village).status_code == 200


# --- every role in every two-step state (issue 16: the matrix's two-step rows) ---

# A case each role reaches (tests/access/test_matrix.py's REACH): its detail
# page shows the full NIK, so it is what a stolen password must not open.
CASE_OWNER = {"superuser": "A1", "kec_admin": "A1", "kec_editor": "K", "operator": "A1"}
SETUP = "/admin/dua-langkah/pasang/"
VERIFY = "/admin/dua-langkah/verifikasi/"


@pytest.mark.parametrize("state", ["no-device", "device-unverified", "device-verified"])
@pytest.mark.parametrize("role", sorted(CASE_OWNER))
def test_every_role_in_every_two_step_state(site, client, role, state):
    user = site.users[role]
    device = None
    if state != "no-device":
        device = TOTPDevice.objects.create(user=user, name="hp", confirmed=True)
    assert log_in(client, user.username, PASSWORD).status_code == 302
    if state == "device-verified":
        client.post(VERIFY, {"token": current_code(device)}, **HOST)
    case = site.objects[CASE_OWNER[role]].service_request
    detail = f"/admin/warga/permohonan/{case.code}/"
    pages = ("/admin/", detail, SETUP)
    if state == "device-unverified":
        # Password alone: every admin page, setup included, leads to the code.
        for url in pages:
            response = client.get(url, **HOST)
            assert response.status_code == 302, url
            assert response["Location"].startswith(VERIFY), url
        assert not TOTPDevice.objects.filter(user=user, confirmed=False).exists()
    else:
        for url in pages:
            assert client.get(url, **HOST).status_code == 200, url
