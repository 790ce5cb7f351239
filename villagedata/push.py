"""The OpenDK-compatible receiving end for OpenSID's push (the sync contract).

Served at ``/api/v1/<endpoint>`` so that a desa only has to set OpenSID's
``api_opendk_server`` to the kecamatan's address. What it does, following
``opendk-sync-contract.md``:

* ``identitas-desa`` (form-urlencoded or JSON) stores the village's
  ``sebutan_desa``, website and boundary polygon; a missing ``path`` is
  accepted (§3 quirk).
* ``laporan-penduduk`` and ``laporan-apbdes`` (JSON, base64 PDF) upsert each
  report on (village, OpenSID id); the PDF is served from the village's data
  page only (``villagedata.pushed``).
* ``program-bantuan`` (multipart, a CSV in a ZIP) upserts the village's aid
  programmes, the list only (``villagedata.aid``).
* ``pembangunan`` and ``pembangunan/dokumentasi`` (multipart, a CSV and
  photos in a ZIP) upsert the village's development projects and the photos
  of their stages (``villagedata.development``).
* ``auth/login`` (``villagedata.login``) answers OpenSID's "Buat Key" button.
* ``penduduk/storedata``, ``penduduk`` and ``program-bantuan/peserta`` carry
  individual residents' records (NIK, names, birth dates): they are refused,
  as is any payload holding such fields.
* ``pesan/getpesan``, which OpenSID's dashboard calls on every load once a
  key is set, answers an empty list of messages, rate-limited per key.

Auth is ``Authorization: Bearer <key>``, where the key is one the kecamatan
admin issued to this village (stricter than OpenDK, and compatible, §10.3).
Replies use OpenDK's shapes: 200 ``{status, message}``; 422 ``{message,
errors}`` for every validation problem, including a key used for another
village's code and a body too large, too deeply nested or unreadable, so
that OpenSID does not mark a refused report as sent (§7). A missing, unknown
or revoked key is a 422 on the laporan endpoints for the same reason, and a
401 ``{message}`` where OpenSID shows a 401 (see ``BAD_KEY_STATUS``). Every
answer under ``/api/v1/`` is JSON, never an HTML page: an unknown address is
a JSON 404 and a GET a JSON 405.

Every push whose key names a village (active or revoked) leaves its outcome
in :class:`~villagedata.models.PushStatus`, shown to the kecamatan on the
keys screen and, as dates of data received, on the village's data page.
"""

import base64
import binascii
import json
import logging
import re

from django.conf import settings
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.db import transaction
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParserError
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt

from cms import ratelimit
from tenants.codes import TenantKind
from tenants.models import Tenant
from tenants.scoping import current_tenant
from villagedata import aid, boundary, development, freshness, zipcsv
from villagedata.models import (
    PushKind,
    PushStatus,
    ReportKind,
    SyncedIdentity,
    SyncedReport,
    SyncKey,
)
from villagedata.models.sync import hash_key

logger = logging.getLogger(__name__)

# Largest decoded report file accepted (OpenSID's own upload limit is similar).
MAX_REPORT_BYTES = 10 * 1024 * 1024
# Largest JSON body read. Base64 PDFs make bodies of several MB, above Django's
# DATA_UPLOAD_MAX_MEMORY_SIZE, so JSON bodies are read here with this cap instead.
MAX_BODY_BYTES = 20 * 1024 * 1024
# Deepest nesting of arrays and objects accepted in JSON. OpenSID's deepest
# value is the boundary polygon, 4 levels. Python's json parser recurses once
# per level, so ``[[[[…`` 100,000 deep ended in a RecursionError (a 500).
MAX_JSON_DEPTH = 32

# Field names that only ever appear in individual-level records (contract §6).
PERSONAL_FIELDS = frozenset(
    {
        "nik",
        "nomor_nik",
        "no_nik",
        "nomor_kk",
        "no_kk",
        "nik_ayah",
        "nik_ibu",
        "nama_ayah",
        "nama_ibu",
        "tanggal_lahir",
        "tempat_lahir",
        "kartu_nik",
        "kartu_nama",
        "kartu_tempat_lahir",
        "kartu_tanggal_lahir",
        "kartu_alamat",
        "id_pend_desa",
        "hapus_penduduk",
        "nomor_dokumen_pasport",
        "nomor_dokumen_kitas",
        "penduduk",
    }
)


def _reply(http_status: int, message: str, errors: dict | None = None, **extra) -> JsonResponse:
    body = {"message": message, **extra}
    if errors is not None:
        body["errors"] = errors
    return JsonResponse(body, status=http_status)


def validation_error(errors: dict) -> JsonResponse:
    """422 in Laravel's shape: the first message, "(and N more)", and every error by field."""
    messages = [message for field_errors in errors.values() for message in field_errors]
    message = messages[0]
    if len(messages) > 1:
        message += _(" (dan %(n)s kesalahan lainnya)") % {"n": len(messages) - 1}
    return _reply(422, message, errors)


def success(message: str) -> JsonResponse:
    return JsonResponse({"status": "success", "message": message})


def bearer_token(request) -> str:
    header = request.headers.get("Authorization", "")
    scheme, _sep, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" else ""


def find_personal_fields(value, found=None) -> set[str]:
    """Names of individual-level fields anywhere in a decoded payload."""
    found = set() if found is None else found
    if isinstance(value, dict):
        for key, item in value.items():
            if str(key).lower() in PERSONAL_FIELDS:
                found.add(str(key))
            find_personal_fields(item, found)
    elif isinstance(value, list):
        for item in value:
            find_personal_fields(item, found)
    return found


# An escape pair (\" or \\), a JSON string once escapes are gone (to the
# end of the text if it is never closed), anything that is not a bracket. No
# pattern can fail part-way and be retried, so each pass is linear in time.
_ESCAPE = re.compile(r"\\.", re.DOTALL)
_STRING = re.compile(r'"[^"]*(?:"|\Z)')
_NOT_BRACKET = re.compile(r"[^\[\]{}]+")


class PayloadError(ValueError):
    """The body cannot be taken; the message says why, in Indonesian."""


def nesting_exceeds(text: str, limit: int = MAX_JSON_DEPTH) -> bool:
    """Whether JSON ``text`` nests arrays and objects deeper than ``limit``.

    Counted without parsing and without recursion: strings are dropped first,
    so brackets inside them (a title, a base64 file) do not count. A backslash
    outside a string is invalid JSON, where the parser stops before going any
    deeper, so dropping escape pairs everywhere undercounts nothing it parses.
    """
    structure = _NOT_BRACKET.sub("", _STRING.sub("", _ESCAPE.sub("", text)))
    depth = 0
    for bracket in structure:
        depth += 1 if bracket in "[{" else -1
        if depth > limit:
            return True
    return False


def load_json(text: str, what: str):
    """``json.loads`` for untrusted text, refusing too deep a nesting before parsing.

    ``what`` names the text in the error message ("Isi permintaan", "Isian path").
    """
    if nesting_exceeds(text):
        raise PayloadError(
            _("%(what)s bersarang lebih dari %(depth)s tingkat.")
            % {"what": what, "depth": MAX_JSON_DEPTH}
        )
    try:
        return json.loads(text)
    except ValueError as exc:
        raise PayloadError(_("%(what)s bukan JSON yang sah.") % {"what": what}) from exc


def _read_capped(request, limit: int) -> bytes:
    """The raw body, refused above ``limit`` bytes without reading further."""
    raw = request.read(limit + 1)
    if len(raw) > limit:
        raise PayloadError(
            _("Isi permintaan lebih dari %(mb)s MB.") % {"mb": limit // (1024 * 1024)}
        )
    return raw


def read_payload(request, form_limit: int | None = None) -> dict:
    """The body as a dict: JSON, or form fields (OpenSID's Guzzle sends forms).

    A form body is held to Django's ``DATA_UPLOAD_MAX_MEMORY_SIZE``, unless
    ``form_limit`` raises it for one endpoint (``identitas-desa``, whose
    boundary polygon runs to MB). Raises :class:`PayloadError` for a body
    that is too large, too deep or not readable, so that it is a 422 and
    never Django's HTML 400 or a 500.
    """
    if form_limit and request.content_type == "application/x-www-form-urlencoded":
        raw = _read_capped(request, form_limit)
        try:
            form = QueryDict(raw, encoding=request.encoding or settings.DEFAULT_CHARSET)
        except TooManyFieldsSent as exc:
            raise PayloadError(_("Isi permintaan memuat terlalu banyak isian.")) from exc
        return {key: form.get(key) for key in form}
    if request.content_type == "multipart/form-data":
        # Uploaded files are outside Django's form limit and would be
        # streamed to disk whatever their size: the whole body is capped.
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > MAX_BODY_BYTES:
            raise PayloadError(
                _("Isi permintaan lebih dari %(mb)s MB.") % {"mb": MAX_BODY_BYTES // (1024 * 1024)}
            )
    if request.content_type == "application/json":
        raw = _read_capped(request, MAX_BODY_BYTES)
        try:
            text = raw.decode("utf-8-sig") if raw else "{}"  # JSON between systems is UTF-8
        except UnicodeDecodeError as exc:
            raise PayloadError(_("Isi permintaan bukan JSON yang sah.")) from exc
        payload = load_json(text, _("Isi permintaan"))
        if not isinstance(payload, dict):
            raise PayloadError(_("Isi permintaan harus berupa objek JSON."))
        return payload
    try:
        return {key: request.POST.get(key) for key in request.POST}
    except RequestDataTooBig as exc:
        raise PayloadError(
            _("Isi permintaan lebih dari %(kb)s KB.")
            % {"kb": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // 1024}
        ) from exc
    except (TooManyFieldsSent, TooManyFilesSent) as exc:
        raise PayloadError(_("Isi permintaan memuat terlalu banyak isian.")) from exc
    except MultiPartParserError as exc:
        raise PayloadError(_("Isi permintaan tidak dapat dibaca.")) from exc


# The status answering a missing, unknown or revoked key, per push kind.
# OpenSID's laporan senders (raw curl, ``Laporan_apbdes::kirim()``) mark the
# chosen reports as sent on any reply but exactly 422 (contract §7): a 401
# there loses the reports silently, so a bad key is a 422 and they stay
# queued. ``identitas-desa`` goes through the Guzzle helper ``opendk_api()``,
# which shows any 4xx body's ``message`` to the operator and queues nothing;
# there a 401 is handled correctly and is what OpenDK itself answers (§2.6),
# so it stays.
BAD_KEY_STATUS = {
    PushKind.IDENTITY: 401,
    PushKind.AID_PROGRAMMES: 401,  # the Guzzle helper, like identitas-desa
    PushKind.DEVELOPMENT: 401,  # the Guzzle helper too
    PushKind.DEVELOPMENT_PHOTOS: 401,
    PushKind.POPULATION_REPORTS: 422,
    PushKind.BUDGET_REPORTS: 422,
}
# The errors field a 422 for a bad key names: OpenSID's setting to correct.
KEY_FIELD = "api_opendk_key"


def refuse_key(kind: str, key: SyncKey | None) -> JsonResponse:
    """The answer to a missing, unknown (``key`` None) or revoked key."""
    if key is None:
        message = _(
            "Kunci API tidak dikenal. Periksa isian Api Opendk Key di OpenSID, "
            "atau minta kunci baru ke admin kecamatan."
        )
    else:
        message = _("Kunci API ini sudah dicabut. Minta kunci baru ke admin kecamatan.")
    if BAD_KEY_STATUS[kind] == 422:
        return validation_error({KEY_FIELD: [message]})
    return _reply(401, message)


def authenticated(view):
    """Check the bearer key, the body and the village; call ``view(request, payload, village)``.

    ``view.code_field`` names the body field holding the village code and
    ``view.kind`` the :class:`PushKind`. The outcome is recorded for the
    key's village whenever there is a key row to name one; an unknown key
    names none (the body's code is anyone's to write), so it is not.
    """

    @csrf_exempt
    def wrapper(request):
        if request.method != "POST":
            return method_not_allowed()
        key = SyncKey.find(bearer_token(request))
        response = _answer(request, view, key)
        if response.status_code == 200:
            # What was stored shows on the village's data page and its
            # portal's, both held in the page cache (and the API's).
            freshness.data_changed([key.tenant])
        if key is not None:
            PushStatus.record(
                key.tenant,
                view.kind,
                accepted=response.status_code == 200,
                message=json.loads(response.content).get("message", ""),
            )
        return response

    return wrapper


def _answer(request, view, key: SyncKey | None) -> JsonResponse:
    """The reply to one push; ``authenticated`` records it."""
    if key is None or not key.is_active:
        return refuse_key(view.kind, key)
    try:
        payload = read_payload(request, getattr(view, "max_form_bytes", None))
    except PayloadError as exc:
        return validation_error({"body": [str(exc)]})
    personal = find_personal_fields(payload)
    if personal:
        # Never log the body: it holds the personal data being refused.
        logger.warning("Refused a push with personal fields for %s", key.tenant.code)
        return refuse_personal_data(sorted(personal))
    field = view.code_field
    code = str(payload.get(field) or "").strip()
    errors = check_village(request, key, code, field)
    if errors:
        return validation_error(errors)
    SyncKey.objects.filter(pk=key.pk).update(last_used_at=timezone.now())
    return view(request, payload, key.tenant)


def check_village(request, key: SyncKey, code: str, field: str) -> dict:
    """Errors if ``code`` is missing, unknown here, or not the key's own village."""
    if not code:
        return {field: [_("Isian %(field)s wajib diisi.") % {"field": field}]}
    village = Tenant.objects.villages().filter(code=code).select_related("kecamatan").first()
    site_tenant = current_tenant(request)
    if village is None or (
        site_tenant is not None and site_tenant.pk not in (village.pk, village.kecamatan_id)
    ):
        kecamatan = site_tenant.name if site_tenant is not None else ""
        return {
            field: [
                _("Kode desa %(code)s tidak dikenal di Kecamatan %(kec)s.")
                % {"code": code, "kec": kecamatan}
            ]
        }
    if village.pk != key.tenant_id:
        return {
            field: [
                _("Kunci API ini milik %(owner)s, bukan %(code)s.")
                % {"owner": key.tenant.display_name, "code": code}
            ]
        }
    return {}


def refuse_personal_data(fields: list[str] | None = None) -> JsonResponse:
    """422 for individual-level data. No ``errors`` object: OpenSID's penduduk
    sender crashes on one (contract §7), and the message alone says it all.
    """
    message = _(
        "Data perorangan penduduk (NIK, nama, tanggal lahir, dan sejenisnya) tidak diterima. "
        "Situs ini hanya menerima data agregat dan laporan."
    )
    if fields:
        message += " " + _("Isian yang ditolak: %(fields)s.") % {"fields": ", ".join(fields)}
    return _reply(422, message, status="danger")


def method_not_allowed() -> JsonResponse:
    """405 for anything but a POST, as JSON like every answer here."""
    response = _reply(405, _("Alamat ini hanya menerima POST."))
    response["Allow"] = "POST"
    return response


@csrf_exempt
def unknown_endpoint(request, *args, **kwargs):
    """Any other address under ``/api/v1/``: a JSON 404, whatever the method.

    Exempt from CSRF, which would otherwise answer a POST here with an HTML
    403 before the address is found to be unknown. The body is not read.
    """
    return _reply(
        404,
        _("Alamat API ini tidak dikenal. Periksa alamat server OpenDK di pengaturan OpenSID."),
    )


@csrf_exempt
def personal_data_endpoint(request, *args, **kwargs):
    """``penduduk/storedata``, ``penduduk``, ``program-bantuan/peserta``: always refused.

    The body is not read, so the personal data is neither parsed nor logged.
    """
    return refuse_personal_data()


# OpenSID's dashboard asks for new messages on every load once a key is set
# (``get_pesan_opendk()``), so this is counted per key, not per address: one
# village's busy office must not use up another's budget behind the same NAT.
MESSAGE_CHECK_WINDOW = 60


@csrf_exempt
def messages_endpoint(request, *args, **kwargs):
    """``pesan/getpesan``: no kecamatan messages here, so an empty list, cheaply.

    OpenSID posts ``kode_desa`` and the last message id it holds and reads
    ``data`` (OpenDK answers ``{"status": true, "data": [...]}``); an empty
    list makes it store nothing. The body is not read and nothing is
    written: one cache count and one indexed ``EXISTS`` per call. OpenSID
    catches and logs any failure of this call, so the 401 for a bad key and
    the 429 over the limit are never shown to its operator.
    """
    if request.method != "POST":
        return method_not_allowed()
    token = bearer_token(request)
    if not token:
        return _reply(401, _("Kunci API tidak dikenal."))
    # The count comes before the lookup, so a flood costs no database query;
    # keyed by the key's hash, never the key itself.
    if not ratelimit.hit(
        f"opensid:pesan:{hash_key(token)}",
        settings.OPENSID_MESSAGE_CHECKS_PER_MINUTE,
        MESSAGE_CHECK_WINDOW,
    ):
        response = _reply(429, _("Terlalu banyak permintaan. Coba lagi dalam satu menit."))
        response["Retry-After"] = str(MESSAGE_CHECK_WINDOW)
        return response
    if not SyncKey.objects.active().filter(key_hash=hash_key(token)).exists():
        return _reply(401, _("Kunci API tidak dikenal atau sudah dicabut."))
    return JsonResponse({"status": True, "data": []})


def identity(request, payload, village):
    """``identitas-desa``: the village term, website and boundary polygon."""
    errors = {}
    village_term = str(payload.get("sebutan_desa") or "").strip()
    if not village_term:
        errors["sebutan_desa"] = [_("Isian sebutan desa wajib diisi.")]
    website = str(payload.get("website") or "").strip()
    if website and not website.startswith(("http://", "https://")):
        errors["website"] = [_("Isian website harus berupa URL yang sah.")]
    polygon = payload.get("path")
    if isinstance(polygon, str) and polygon.strip():
        try:
            polygon = load_json(polygon, _("Isian path"))
        except PayloadError as exc:
            errors["path"] = [str(exc)]
    if errors:
        return validation_error(errors)
    defaults = {"village_term": village_term[:50], "website": website}
    outline = boundary.outline(polygon)
    # OpenSID omits ``path`` when its map is empty (contract §3) and sends
    # ``[[[[]]]]`` for an empty drawing: neither erases the boundary received
    # before, as in OpenDK. Only a polygon with a ring replaces it.
    if outline is not None:
        defaults.update(boundary=polygon, outline=outline)
    SyncedIdentity.objects.update_or_create(tenant=village, defaults=defaults)
    return success(_("Proses sinkronisasi identitas desa sudah selesai"))


identity.code_field = "kode_desa"
identity.kind = PushKind.IDENTITY
# A real desa boundary is MB of form-urlencoded text (3.1 MB seen), above
# Django's form limit, which still holds for every other form body here.
identity.max_form_bytes = MAX_BODY_BYTES


def _reports(kind, push_kind, list_key, part_key, part_range, done, desa_only=False):
    """A laporan endpoint: validate every item, then upsert them all in one transaction."""

    def view(request, payload, village):
        if desa_only and village.kind != TenantKind.DESA:
            return validation_error(
                {
                    "desa_id": [
                        _("%(name)s adalah kelurahan dan tidak memiliki APBDes.")
                        % {"name": village.display_name}
                    ]
                }
            )
        items = payload.get(list_key) or []
        if not isinstance(items, list):
            return validation_error(
                {list_key: [_("Isian %(f)s harus berupa daftar.") % {"f": list_key}]}
            )
        errors, cleaned = {}, []
        for index, item in enumerate(items):
            item_errors = _check_report(item, index, list_key, part_key, part_range)
            if item_errors:
                errors.update(item_errors)
            else:
                cleaned.append(item)
        if errors:
            return validation_error(errors)
        with transaction.atomic():
            for item in cleaned:
                SyncedReport.objects.update_or_create(
                    tenant=village,
                    kind=kind,
                    remote_id=int(item["id"]),
                    defaults={
                        "title": str(item["judul"])[:200],
                        "year": int(item["tahun"]),
                        "part": int(item[part_key]),
                        "file_name": str(item.get("nama_file") or "").rsplit("/", 1)[-1][:200],
                        "content": item["_content"],
                    },
                )
        return success(done)

    view.code_field = "desa_id"
    view.kind = push_kind
    return view


def _is_int(value) -> bool:
    return isinstance(value, int) or (isinstance(value, str) and value.strip().isdigit())


def _check_report(item, index, list_key, part_key, part_range) -> dict:
    """Errors of one report item, keyed like Laravel's ``laporan_penduduk.0.judul``."""
    prefix = f"{list_key}.{index}"
    if not isinstance(item, dict):
        return {prefix: [_("Setiap laporan harus berupa objek.")]}
    errors = {}
    for name in ("id", "tahun", part_key):
        if not _is_int(item.get(name)):
            errors[f"{prefix}.{name}"] = [
                _("Isian %(f)s wajib berupa bilangan bulat.") % {"f": name}
            ]
    if _is_int(item.get(part_key)) and int(item[part_key]) not in part_range:
        errors[f"{prefix}.{part_key}"] = [_("Isian %(f)s di luar rentang.") % {"f": part_key}]
    if not str(item.get("judul") or "").strip():
        errors[f"{prefix}.judul"] = [_("Isian judul wajib diisi.")]
    try:
        content = base64.b64decode(str(item.get("file") or ""), validate=True)
    except (binascii.Error, ValueError):
        content = b""
    if not content:
        errors[f"{prefix}.file"] = [_("Isian file wajib berisi berkas dalam base64.")]
    elif len(content) > MAX_REPORT_BYTES:
        errors[f"{prefix}.file"] = [_("Berkas terlalu besar (maksimal 10 MB).")]
    elif not content.startswith(b"%PDF"):
        errors[f"{prefix}.file"] = [_("Berkas harus berupa PDF.")]
    item["_content"] = content
    return errors


population_reports = _reports(
    ReportKind.POPULATION,
    PushKind.POPULATION_REPORTS,
    "laporan_penduduk",
    "bulan",
    range(1, 13),
    "Proses sync data Laporan Penduduk OpenSID sedang berjalan",
)
budget_reports = _reports(
    ReportKind.BUDGET,
    PushKind.BUDGET_REPORTS,
    "laporan_apbdes",
    "semester",
    range(1, 3),
    "Proses sync data APBDes OpenSID sedang berjalan",
    desa_only=True,
)


def aid_programmes(request, payload, village):
    """``program-bantuan``: the programme list, a CSV in a ZIP (multipart ``file``).

    Never a recipient: a CSV with a personal column (the peserta file sent
    here by mistake) is refused whole, like ``program-bantuan/peserta``.
    """
    upload = request.FILES.get("file")
    if upload is None:
        return validation_error({"file": [_("Isian file wajib berisi arsip ZIP.")]})
    try:
        rows = zipcsv.read_csv_in_zip(upload)
    except zipcsv.ZipCsvError as exc:
        return validation_error({"file": [str(exc)]})
    personal = PERSONAL_FIELDS & {cell.strip().lower() for cell in rows[0]}
    if personal:
        logger.warning("Refused an aid CSV with personal columns for %s", village.code)
        return refuse_personal_data(sorted(personal))
    programmes, errors = aid.parse_programmes(rows, village.code)
    if errors:
        return validation_error(errors)
    aid.store(village, programmes)
    return success(_("Proses sinkronisasi program bantuan sudah selesai"))


aid_programmes.code_field = "desa_id"
aid_programmes.kind = PushKind.AID_PROGRAMMES


def _development_upload(request, village, parse, store, done: str):
    """The shared body of the two ``pembangunan`` endpoints: a CSV and photos in a ZIP."""
    upload = request.FILES.get("file")
    if upload is None:
        return validation_error({"file": [_("Isian file wajib berisi arsip ZIP.")]})
    try:
        archive = zipcsv.open_zip(upload)
        rows = zipcsv.read_csv(archive)
    except zipcsv.ZipCsvError as exc:
        return validation_error({"file": [str(exc)]})
    personal = PERSONAL_FIELDS & {cell.strip().lower() for cell in rows[0]}
    if personal:
        logger.warning("Refused a development CSV with personal columns for %s", village.code)
        return refuse_personal_data(sorted(personal))
    records, errors = parse(rows, village.code)
    if errors:
        return validation_error(errors)
    skipped = store(village, records, archive)
    message = done
    if skipped:
        message += " " + _(
            "%(n)s foto dilewati (tidak ada dalam arsip atau bukan gambar JPEG/PNG/GIF/WebP)."
        ) % {"n": skipped}
    return success(message)


def development_projects(request, payload, village):
    """``pembangunan``: the projects, a CSV with their photos in a ZIP (multipart ``file``)."""
    return _development_upload(
        request,
        village,
        development.parse_projects,
        development.store_projects,
        _("Proses sinkronisasi pembangunan sudah selesai"),
    )


development_projects.code_field = "desa_id"
development_projects.kind = PushKind.DEVELOPMENT


def development_photos(request, payload, village):
    """``pembangunan/dokumentasi``: photos of each stage with its progress, in a ZIP."""
    return _development_upload(
        request,
        village,
        development.parse_photos,
        development.store_photos,
        _("Proses sinkronisasi dokumentasi pembangunan sudah selesai"),
    )


development_photos.code_field = "desa_id"
development_photos.kind = PushKind.DEVELOPMENT_PHOTOS


identity_endpoint = authenticated(identity)
development_endpoint = authenticated(development_projects)
development_photos_endpoint = authenticated(development_photos)
aid_programmes_endpoint = authenticated(aid_programmes)
population_reports_endpoint = authenticated(population_reports)
budget_reports_endpoint = authenticated(budget_reports)
