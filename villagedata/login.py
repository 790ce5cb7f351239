"""``POST /api/v1/auth/login``: OpenSID's "Buat Key" button, answered with a push key.

OpenSID v2410 (``donjo-app/views/sinkronisasi/index.php``, ``get_token()``)
posts, from the operator's browser with axios, the JSON body
``{"email": <Api Opendk User>, "password": <Api Opendk Password>}`` to
``{Api Opendk Server}/api/v1/auth/login`` and, on a 200 only, puts
``access_token`` into its "Api Opendk Key" field (contract §2.3). Here the
credentials are a village operator's own account on this site (username or
e-mail), and the token is a new push key of that operator's village:

* keys are stored hashed (``SyncKey``), so an existing key cannot be given
  back: every successful call issues a **new** key, marked as made by the
  button and shown on the keys screen. Earlier button keys of the village
  that were never used are revoked, so repeated clicks leave one behind;
* only an active member of exactly one village's operator group gets one;
  a user with two-step login (or whose group requires it) is refused,
  since a password alone must not stand in for it;
* failures are counted by django-axes like the admin login; a lockout is a
  JSON 429 (``access.throttling.lockout_response`` reads ``opendk_login``);
* the call is cross-origin (each village's OpenSID has its own host), so
  this one address answers CORS itself, preflight included, for any origin
  and without cookies; ``CORS_URLS_REGEX`` leaves ``/api/v1/`` out.

Answers follow OpenDK: 200 ``{access_token, token_type, expires_in}``, 401
``{"message": "Pengguna tidak dikenali"}`` for wrong credentials, 422 for a
missing field or a refused account, 405 for other methods; all JSON.
"""

import logging

from django.contrib.auth import authenticate, get_user_model
from django.db import transaction
from django.http import HttpResponse, JsonResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django_otp import user_has_device

from access.models import two_factor_required
from tenants.models import Tenant
from tenants.scoping import current_tenant
from villagedata.models import SyncKey
from villagedata.push import (
    PayloadError,
    _reply,
    method_not_allowed,
    read_payload,
    validation_error,
)

logger = logging.getLogger(__name__)

LOGIN_KEY_LABEL = "Tombol Buat Key OpenSID"
CORS_HEADERS = {
    "Access-Control-Allow-Origin": "*",
    "Access-Control-Allow-Methods": "POST, OPTIONS",
    "Access-Control-Allow-Headers": "Accept, Content-Type, X-Requested-With",
    "Access-Control-Max-Age": "86400",
}


def with_cors(response: HttpResponse) -> HttpResponse:
    for header, value in CORS_HEADERS.items():
        response[header] = value
    return response


def find_user(identifier: str):
    """The account named by ``identifier``: a username, or else a unique e-mail."""
    users = get_user_model().objects
    user = users.filter(username=identifier).first()
    if user is None and "@" in identifier:
        matches = list(users.filter(email__iexact=identifier)[:2])
        user = matches[0] if len(matches) == 1 else None
    return user


def unknown_user() -> JsonResponse:
    # OpenDK's own words (AuthController), for wrong credentials or an inactive user.
    return _reply(401, _("Pengguna tidak dikenali"))


def refused(message: str) -> JsonResponse:
    """422 ``{message}``, as OpenDK answers a user without the permission."""
    return _reply(422, message)


def operator_village(user) -> Tenant | None | list:
    """The one village whose operator group ``user`` is in; None if none, a list if several."""
    villages = list(
        Tenant.objects.villages().filter(editor_group__in=user.groups.all()).order_by("code")[:2]
    )
    if len(villages) > 1:
        return villages
    return villages[0] if villages else None


def issue_login_key(village: Tenant, user) -> str:
    """A new key for ``village``; earlier never-used button keys are revoked."""
    with transaction.atomic():
        stale = SyncKey.objects.active().filter(
            tenant=village, issued_by_login=True, last_used_at__isnull=True
        )
        for key in stale:
            key.revoke()
        key, plain = SyncKey.issue(village, user, LOGIN_KEY_LABEL)
        SyncKey.objects.filter(pk=key.pk).update(issued_by_login=True)
    return plain


@csrf_exempt
def login_endpoint(request, *args, **kwargs):
    if request.method == "OPTIONS":
        response = HttpResponse(status=204)
        return with_cors(response)
    if request.method != "POST":
        return with_cors(method_not_allowed())
    request.opendk_login = True  # the lockout answer is JSON (access.throttling)
    return with_cors(_login(request))


def _login(request) -> JsonResponse:
    try:
        payload = read_payload(request)
    except PayloadError as exc:
        return validation_error({"body": [str(exc)]})
    identifier = str(payload.get("email") or payload.get("username") or "").strip()
    password = payload.get("password")
    errors = {}
    if not identifier:
        errors["email"] = [_("Isian email wajib diisi.")]
    if not isinstance(password, str) or not password:
        errors["password"] = [_("Isian password wajib diisi.")]
    if errors:
        return validation_error(errors)
    identifier = identifier[:254]
    account = find_user(identifier)
    username = account.get_username() if account is not None else identifier
    # Through django-axes (AUTHENTICATION_BACKENDS): a lockout stops here,
    # and a wrong password is counted against this username and address.
    user = authenticate(request, username=username, password=password)
    if getattr(request, "axes_locked_out", False):
        return lockout_json(request)
    if user is None:
        return unknown_user()
    if user_has_device(user, confirmed=True) or two_factor_required(user):
        logger.info("auth/login refused for %s: two-step login", user.pk)
        return refused(
            _(
                "Akun ini memakai verifikasi dua langkah, jadi kunci tidak dapat dibuat "
                "dengan kata sandi saja. Minta admin kecamatan membuat kunci desa di menu "
                "Data Desa → Kunci OpenSID, lalu tempel ke Api Opendk Key."
            )
        )
    village = operator_village(user)
    if village is None:
        return refused(
            _("Akses tidak diizinkan: akun ini bukan operator sebuah desa/kelurahan di situs ini.")
        )
    if isinstance(village, list):
        return refused(
            _(
                "Akun ini operator lebih dari satu desa/kelurahan, jadi tidak jelas kunci desa "
                "mana yang dibuat. Minta admin kecamatan membuat kunci di menu Data Desa → "
                "Kunci OpenSID."
            )
        )
    site_tenant = current_tenant(request)
    if site_tenant is not None and site_tenant.pk not in (village.pk, village.kecamatan_id):
        # Its pushes here would be refused (push.check_village): say so now.
        return refused(
            _(
                "Akun ini operator %(village)s, yang tidak termasuk kecamatan ini. Isi Api "
                "Opendk Server dengan alamat situs kecamatan %(village)s."
            )
            % {"village": village.display_name}
        )
    plain = issue_login_key(village, user)
    logger.info("auth/login issued a key for %s to user %s", village.code, user.pk)
    # OpenSID reads only access_token; the key never expires (it is revoked instead).
    return JsonResponse({"access_token": plain, "token_type": "Bearer", "expires_in": None})


def lockout_json(request) -> JsonResponse:
    """The JSON lockout answer, with the wait in minutes (as ``access.throttling``)."""
    from axes.helpers import get_cool_off
    from django.conf import settings

    cool_off = get_cool_off(request)
    minutes = int(cool_off.total_seconds() // 60) if cool_off else None
    message = _("Terlalu banyak percobaan masuk yang gagal.")
    if minutes:
        message += " " + _("Coba lagi dalam %(n)s menit.") % {"n": minutes}
    response = _reply(settings.AXES_HTTP_RESPONSE_CODE, message)
    if minutes:
        response["Retry-After"] = str(minutes * 60)
    return response
