"""Online service requests: the form, the receipt, every status flow, history and emails."""

import pytest
from django.conf import settings
from django.core import mail

from citizens import workflow
from citizens.models import FileRole, RequestStatus, ServiceRequest
from tests.citizens.conftest import (
    VALID_NIK,
    code_from,
    pdf,
    public_client,
    staff_client,
    submit_request,
)

pytestmark = pytest.mark.django_db


def change(world, code, status, user="operator_a1", note="", **extra):
    client = staff_client(world.users[user])
    data = {"status": status, "note": note, "public": "on", **extra}
    return client.post(f"/admin/warga/permohonan/{code}/", data)


def test_service_page_offers_the_request_form_only_when_accepting_online(world):
    client = public_client(world.village_a1)
    online = client.get("/layanan/surat-keterangan-domisili/")
    offline = client.get("/layanan/dispensasi-nikah/")
    assert f'href="/warga/permohonan/{world.service.pk}/"' in online.text
    assert "Ajukan permohonan" in online.text
    assert "/warga/permohonan/" not in offline.text
    assert client.get(f"/warga/permohonan/{world.offline_service.pk}/").status_code == 404


def test_form_offers_the_offices_the_service_allows(world):
    village = public_client(world.village_a1).get(f"/warga/permohonan/{world.service.pk}/")
    portal = public_client(world.kec_a).get(f"/warga/permohonan/{world.service.pk}/")
    other_kecamatan = public_client(world.kec_b).get(f"/warga/permohonan/{world.service.pk}/")
    village_choices = dict(village.context["form"].fields["office"].choices)
    portal_choices = dict(portal.context["form"].fields["office"].choices)
    assert set(village_choices) == {str(world.village_a1.pk), str(world.kec_a.pk)}
    assert set(portal_choices) == {
        str(world.kec_a.pk),
        str(world.village_a1.pk),
        str(world.village_a2.pk),
    }
    assert other_kecamatan.status_code == 404
    # one upload per requirement, labelled with the requirement
    fields = village.context["form"].fields
    assert fields["berkas_1"].label == "Surat pengantar RT/RW"
    assert fields["berkas_2"].label == "Kartu Keluarga"


def test_submission_gives_a_code_receipt_files_in_private_storage_and_emails(world):
    response = submit_request(world)
    code = code_from(response)
    request = ServiceRequest.objects.get(code=code)
    assert request.tenant == world.village_a1 and request.origin == world.village_a1
    assert request.status == RequestStatus.SUBMITTED and request.nik == VALID_NIK
    assert request.due_at > request.created_at
    files = list(request.files.all())
    assert [f.label for f in files] == ["Surat pengantar RT/RW", "Kartu Keluarga"]
    assert [f.content_type for f in files] == ["application/pdf", "image/png"]
    for record in files:
        path = record.file.path
        assert path.startswith(str(settings.PRIVATE_MEDIA_ROOT))
        assert not path.startswith(str(settings.MEDIA_ROOT))
        with pytest.raises(ValueError):
            record.file.url  # noqa: B018  (no public URL exists)
    receipt = public_client(world.village_a1).get(response["Location"])
    assert code in receipt.text and "Simpan" in receipt.text
    recipients = [m.to for m in mail.outbox]
    assert ["siti@example.test"] in recipients
    assert any(code in m.subject for m in mail.outbox)
    assert all(VALID_NIK not in m.body for m in mail.outbox)


def test_office_is_emailed_on_new_request(world):
    from cms.models import SiteProfile

    profile = SiteProfile.for_site(world.village_a1.site)
    profile.email = "kantor.satu@example.test"
    profile.save()
    code = code_from(submit_request(world))
    office_mail = [m for m in mail.outbox if m.to == ["kantor.satu@example.test"]]
    assert len(office_mail) == 1 and code in office_mail[0].subject


def test_full_flow_to_done_with_history_and_email_on_each_change(world):
    code = code_from(submit_request(world))
    mail.outbox.clear()
    assert change(world, code, "diverifikasi").status_code == 302
    assert change(world, code, "diproses", note="Sedang ditandatangani").status_code == 302
    result = pdf("hasil.pdf")
    assert change(world, code, "selesai", note="Silakan ambil", result=result).status_code == 302
    request = ServiceRequest.objects.get(code=code)
    assert request.status == "selesai" and request.closed_at is not None
    assert request.files.filter(role=FileRole.RESULT).count() == 1
    events = list(request.events.values_list("status", "actor__username", "note"))
    assert events[1:] == [
        ("diverifikasi", "operator.satu", ""),
        ("diproses", "operator.satu", "Sedang ditandatangani"),
        ("selesai", "operator.satu", "Silakan ambil"),
    ]
    assert len(mail.outbox) == 3
    assert all(m.to == ["siti@example.test"] for m in mail.outbox)
    assert "Selesai" in mail.outbox[-1].subject and "Silakan ambil" in mail.outbox[-1].body
    status = public_client(world.village_a1).get(f"/warga/lacak/{code}/")
    assert "Sedang ditandatangani" in status.text and "operator.satu" not in status.text
    detail = staff_client(world.users["operator_a1"]).get(f"/admin/warga/permohonan/{code}/")
    history = detail.text.split("Riwayat", 1)[1]
    assert "<td>Diverifikasi</td>" in history and "<td>Selesai</td>" in history
    assert "<td>diverifikasi</td>" not in history  # the stored value, not the word


def test_needs_fix_requires_a_reason_then_citizen_reuploads_through_the_code(world):
    code = code_from(submit_request(world))
    refused = change(world, code, "perlu_perbaikan", note="")
    assert refused.status_code == 200
    assert ServiceRequest.objects.get(code=code).status == "diajukan"
    change(world, code, "perlu_perbaikan", note="Foto KK buram, unggah ulang.")
    request = ServiceRequest.objects.get(code=code)
    assert request.status == "perlu_perbaikan" and "buram" in request.fix_reason
    client = public_client(world.village_a1)
    status = client.get(f"/warga/lacak/{code}/")
    assert "Foto KK buram" in status.text and f"/warga/lacak/{code}/perbaikan/" in status.text
    response = client.post(f"/warga/lacak/{code}/perbaikan/", {"berkas_2": pdf("kk-baru.pdf")})
    assert response.status_code == 302
    request.refresh_from_db()
    assert request.status == "diajukan" and request.fix_reason == ""
    kk = request.files.filter(label="Kartu Keluarga").order_by("pk")
    assert [f.replaced for f in kk] == [True, False]
    assert kk.last().original_name == "kk-baru.pdf"


def test_rejection_closes_the_request_and_transitions_are_enforced(world):
    code = code_from(submit_request(world))
    # diajukan cannot jump to selesai
    change(world, code, "selesai")
    assert ServiceRequest.objects.get(code=code).status == "diajukan"
    change(world, code, "ditolak", note="Bukan warga desa ini.")
    request = ServiceRequest.objects.get(code=code)
    assert request.status == "ditolak" and request.is_closed
    with pytest.raises(workflow.TransitionError):
        workflow.change_status(request, "diproses", user=world.users["operator_a1"])


def test_request_to_the_kecamatan_goes_to_the_kecamatan_inbox(world):
    code = code_from(submit_request(world, office=world.kec_a))
    request = ServiceRequest.objects.get(code=code)
    assert request.tenant == world.kec_a and request.origin == world.village_a1
    # the village sees it (sent from its site) but may not change it
    operator = staff_client(world.users["operator_a1"])
    assert operator.get(f"/admin/warga/permohonan/{code}/").status_code == 200
    assert change(world, code, "diverifikasi").status_code == 403
    assert change(world, code, "diverifikasi", user="kec_editor").status_code == 302


def test_overdue_requests_are_counted_in_the_inbox(world):
    import datetime

    from django.utils import timezone

    code = code_from(submit_request(world))
    ServiceRequest.objects.filter(code=code).update(
        due_at=timezone.now() - datetime.timedelta(hours=1)
    )
    inbox = staff_client(world.users["operator_a1"]).get("/admin/warga/permohonan/")
    assert inbox.context["counts"] == {
        "open_complaints": 0,
        "late_complaints": 0,
        "open_requests": 1,
        "overdue_requests": 1,
    }
    late = staff_client(world.users["operator_a1"]).get("/admin/warga/permohonan/?status=terlambat")
    assert [c.code for c in late.context["page"].object_list] == [code]


def test_result_document_is_downloaded_with_the_code_and_the_nik_only(world):
    code = code_from(submit_request(world))
    change(world, code, "diverifikasi")
    change(world, code, "diproses")
    client = public_client(world.village_a1)
    assert client.post(f"/warga/lacak/{code}/hasil/", {"nik": VALID_NIK}).status_code == 404
    change(world, code, "selesai", result=pdf("hasil.pdf", extra=b"SURAT-HASIL"))
    page = client.get(f"/warga/lacak/{code}/")
    assert f"/warga/lacak/{code}/hasil/" in page.text
    wrong = client.post(f"/warga/lacak/{code}/hasil/", {"nik": "1674041512900009"})
    assert wrong.status_code == 302 and not hasattr(wrong, "streaming_content")
    right = client.post(f"/warga/lacak/{code}/hasil/", {"nik": VALID_NIK})
    assert right.status_code == 200
    assert b"SURAT-HASIL" in b"".join(right.streaming_content)
    assert f"hasil-{code}.pdf" in right["Content-Disposition"]
