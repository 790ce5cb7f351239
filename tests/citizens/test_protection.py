"""Personal data and abuse protection: NIK exposure, audit log, rate limits, honeypot,
idempotency, all-or-nothing saving, export neutralising, retention purge."""

import datetime
import io
import logging
from unittest import mock

import pytest
from django.core.management import call_command
from django.db import DatabaseError
from django.utils import timezone
from openpyxl import load_workbook

from citizens.models import (
    Complaint,
    PersonalDataAccess,
    ServiceRequest,
    UploadedFile,
)
from cms.spreadsheet import neutralise
from tests.citizens.conftest import (
    VALID_NIK,
    code_from,
    get_token,
    public_client,
    request_data,
    staff_client,
    submit_complaint,
    submit_request,
)

pytestmark = pytest.mark.django_db


def private_files(root):
    return [p for p in root.rglob("*") if p.is_file()] if root.exists() else []


def test_nik_never_in_status_page_json_emails_or_logs(world, caplog):
    caplog.set_level(logging.DEBUG)
    code = code_from(submit_request(world))
    client = public_client(world.village_a1)
    status = client.get(f"/warga/lacak/{code}/?baru=1")
    json = client.get(f"/warga/lacak/{code}/json/")
    staff = staff_client(world.users["operator_a1"])
    staff.post(f"/admin/warga/permohonan/{code}/", {"status": "diverifikasi", "public": "on"})
    assert status.status_code == json.status_code == 200
    assert VALID_NIK not in status.text and VALID_NIK not in json.text
    assert "Siti" not in status.text and "Siti" not in json.text
    api = client.get("/api/v2/pages/?type=services.ServicePage&fields=*")
    assert VALID_NIK not in api.text
    from django.core import mail

    assert mail.outbox and all(VALID_NIK not in m.body + m.subject for m in mail.outbox)
    assert caplog.records  # something was logged, and none of it is the NIK
    assert VALID_NIK not in caplog.text


def test_nik_masked_in_list_full_on_detail_and_each_view_is_audited(world):
    code = code_from(submit_request(world))
    client = staff_client(world.users["operator_a1"])
    listing = client.get("/admin/warga/permohonan/")
    assert VALID_NIK not in listing.text and "1674**********03" in listing.text
    assert PersonalDataAccess.objects.count() == 0
    detail = client.get(f"/admin/warga/permohonan/{code}/")
    assert VALID_NIK in detail.text
    record = ServiceRequest.objects.get(code=code).files.first()
    client.get(f"/admin/warga/berkas/{record.pk}/")
    client.get("/admin/warga/permohonan/ekspor.csv")
    log = list(PersonalDataAccess.objects.order_by("pk").values_list("username", "action"))
    assert log == [
        ("operator.satu", "lihat"),
        ("operator.satu", "unduh"),
        ("operator.satu", "ekspor"),
    ]
    assert PersonalDataAccess.objects.filter(service_request__code=code).count() == 2


def test_submissions_are_rate_limited_per_ip(world, settings):
    settings.CITIZEN_RATE_LIMITS = {"submit": 2, "lookup": 3}
    client = public_client(world.village_a1, ip="10.9.9.9")
    assert submit_complaint(world, client=client).status_code == 302
    assert submit_complaint(world, client=client).status_code == 302
    refused = submit_complaint(world, client=client)
    assert refused.status_code == 429 and "Terlalu banyak" in refused.text
    assert 'value="Budi Santoso"' in refused.text  # the form is kept
    assert Complaint.objects.count() == 2
    other_ip = public_client(world.village_a1, ip="10.9.9.10")
    assert submit_complaint(world, client=other_ip).status_code == 302


def test_code_lookups_are_rate_limited_per_ip(world, settings):
    settings.CITIZEN_RATE_LIMITS = {"submit": 10, "lookup": 3}
    client = public_client(world.village_a1, ip="10.8.8.8")
    statuses = [client.get("/warga/lacak/ABCDEFGHJK/").status_code for _ in range(4)]
    assert statuses == [404, 404, 404, 429]
    assert (
        public_client(world.village_a1, ip="10.8.8.9").get("/warga/lacak/ABCDEFGHJK/").status_code
        == 404
    )


def test_honeypot_refuses_bots(world):
    response = submit_complaint(world, website="http://spam.example")
    assert response.status_code == 400 and Complaint.objects.count() == 0


def test_csrf_is_required(world):
    client = public_client(world.village_a1)
    client.handler.enforce_csrf_checks = True
    response = client.post("/warga/pengaduan/", {"text": "x" * 20})
    assert response.status_code == 403


def test_double_submit_gives_one_record(world):
    client = public_client(world.village_a1)
    url = f"/warga/permohonan/{world.service.pk}/"
    token = get_token(client.get(url))
    first = client.post(url, request_data(world, token=token))
    second = client.post(url, request_data(world, token=token))
    assert ServiceRequest.objects.count() == 1
    assert first["Location"] == second["Location"]
    assert UploadedFile.objects.count() == 2


def test_database_error_saves_nothing_says_so_and_logs_no_nik(world, private_media, caplog):
    real_save = UploadedFile.save
    calls = []

    def failing_save(self, *args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            # PostgreSQL quotes the failing row in its messages.
            raise DatabaseError(f"Failing row contains (Siti Aminah, {VALID_NIK})")
        return real_save(self, *args, **kwargs)

    with mock.patch.object(UploadedFile, "save", failing_save):
        response = submit_request(world)
    assert response.status_code == 503
    assert "belum tersimpan" in response.text and 'value="Siti Aminah"' in response.text
    assert ServiceRequest.objects.count() == 0 and UploadedFile.objects.count() == 0
    assert private_files(private_media) == []
    assert "could not be saved" in caplog.text and VALID_NIK not in caplog.text


def test_formula_cells_are_neutralised():
    assert neutralise('=HYPERLINK("http://x")') == '\'=HYPERLINK("http://x")'
    for prefix in "=+-@":
        assert neutralise(prefix + "1") == "'" + prefix + "1"
    assert neutralise("Budi") == "Budi" and neutralise(5) == "5" and neutralise(None) == ""


def test_csv_and_xlsx_exports_neutralise_and_mask(world):
    submit_complaint(world, text="=cmd|' /C calc'!A0 lampu mati", name="@Budi")
    client = staff_client(world.users["operator_a1"])
    csv = client.get("/admin/warga/pengaduan/ekspor.csv").content.decode("utf-8-sig")
    assert "'=cmd" in csv and "'@Budi" in csv
    assert ",=cmd" not in csv and ",@Budi" not in csv
    code_from(submit_request(world, applicant_name="+62 Siti"))
    xlsx = client.get("/admin/warga/permohonan/ekspor.xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][0] == "Kode" and rows[1][6] == "'+62 Siti"
    assert rows[1][7] == "1674**********03"


def test_retention_purges_closed_cases_uploads_only(world, settings, private_media):
    settings.CITIZEN_UPLOAD_RETENTION_DAYS = 30
    old = ServiceRequest.objects.get(code=code_from(submit_request(world)))
    recent = ServiceRequest.objects.get(code=code_from(submit_request(world)))
    still_open = ServiceRequest.objects.get(code=code_from(submit_request(world)))
    long_ago = timezone.now() - datetime.timedelta(days=31)
    ServiceRequest.objects.filter(pk=old.pk).update(status="selesai", closed_at=long_ago)
    ServiceRequest.objects.filter(pk=recent.pk).update(
        status="ditolak", closed_at=timezone.now() - datetime.timedelta(days=29)
    )
    ServiceRequest.objects.filter(pk=still_open.pk).update(created_at=long_ago)
    old_paths = [f.file.path for f in old.files.all()]
    out = io.StringIO()
    call_command("purge_citizen_uploads", stdout=out)
    assert "2 berkas dihapus" in out.getvalue()
    assert old.files.count() == 0 and recent.files.count() == 2 and still_open.files.count() == 2
    assert len(private_files(private_media)) == 4
    assert not any(p.exists() for p in map(__import__("pathlib").Path, old_paths))
    assert ServiceRequest.objects.filter(pk=old.pk).exists()  # the case itself is kept


def test_the_scheduled_retention_job_purges_citizens_uploads(world, settings, private_media):
    settings.CITIZEN_UPLOAD_RETENTION_DAYS = 30
    old = ServiceRequest.objects.get(code=code_from(submit_request(world)))
    ServiceRequest.objects.filter(pk=old.pk).update(
        status="selesai", closed_at=timezone.now() - datetime.timedelta(days=31)
    )
    call_command("run_scheduled_jobs", "retention_purge", stdout=io.StringIO())
    assert old.files.count() == 0
