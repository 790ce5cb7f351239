"""Creating cases and moving them through their statuses.

Every write here runs in one transaction with its files: if the database
fails, the rows roll back and the files already written are deleted, so
nothing is left half-saved. Emails go out only after the commit
(``notifications``), from the caller.
"""

import datetime

from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from citizens.codes import new_tracking_code
from citizens.models import (
    CaseEvent,
    Complaint,
    FileRole,
    RequestStatus,
    ServiceRequest,
    UploadedFile,
    add_working_days,
)
from citizens.uploads import check_upload


class TransitionError(Exception):
    """A status change that the case's current status does not allow."""


def unique_code() -> str:
    """A tracking code used by no complaint and no request."""
    while True:
        code = new_tracking_code()
        if not (
            Complaint.objects.filter(code=code).exists()
            or ServiceRequest.objects.filter(code=code).exists()
        ):
            return code


def existing_submission(model, token):
    """The case already saved from the form with ``token``, or None (double submit)."""
    return model.objects.filter(submission_token=token).first()


class _FileWriter:
    """Saves uploads into private storage and deletes them again if the transaction fails."""

    def __init__(self):
        self.written = []

    def save(self, upload, *, role, label="", **case):
        kind = check_upload(upload)
        record = UploadedFile(
            role=role,
            label=label[:255],
            original_name=upload.name[:255],
            content_type=kind.content_type,
            size=upload.size,
            **case,
        )
        record.file.save(f"berkas.{kind.extension}", upload, save=False)
        self.written.append(record.file.name)
        record.save()
        return record

    def discard(self):
        from citizens.storage import private_storage

        for name in self.written:
            private_storage.delete(name)


def _atomic_with_files(model, token, build):
    """Run ``build(writer)`` in a transaction; return ``(case, created)``.

    A second submission with the same token returns the first case. Any
    database error removes the files written and propagates.
    """
    found = existing_submission(model, token)
    if found is not None:
        return found, False
    writer = _FileWriter()
    try:
        with transaction.atomic():
            return build(writer), True
    except IntegrityError:
        writer.discard()
        # Two identical submissions raced: the other one won; show it.
        found = existing_submission(model, token)
        if found is not None:
            return found, False
        raise
    except Exception:
        writer.discard()
        raise


def create_complaint(*, origin, token, data, attachments) -> tuple[Complaint, bool]:
    """Save a complaint sent from ``origin``'s site, with up to 3 attachments."""

    def build(writer):
        anonymous = data.get("anonymous", False)
        complaint = Complaint.objects.create(
            code=unique_code(),
            tenant=origin,
            origin=origin,
            submission_token=token,
            category=data.get("category"),
            text=data["text"],
            anonymous=anonymous,
            name="" if anonymous else data.get("name", ""),
            phone="" if anonymous else data.get("phone", ""),
            email=data.get("email", ""),
        )
        for upload in attachments:
            writer.save(upload, role=FileRole.ATTACHMENT, complaint=complaint)
        CaseEvent.objects.create(
            complaint=complaint,
            status=complaint.status,
            note=_("Pengaduan diterima melalui situs."),
            actor_label=_("Sistem"),
        )
        return complaint

    return _atomic_with_files(Complaint, token, build)


def due_date(service, start: datetime.datetime) -> datetime.datetime | None:
    """When a request for ``service`` received at ``start`` becomes overdue."""
    value, unit = service.time_value, service.time_unit
    if unit == "menit":
        return start + datetime.timedelta(minutes=value)
    if unit == "jam":
        return start + datetime.timedelta(hours=value)
    if unit == "hari_kerja":
        return add_working_days(start, value)
    return None


def create_request(*, origin, office, service, token, data, uploads) -> tuple[ServiceRequest, bool]:
    """Save a service request with one upload per requirement (``[(label, file), …]``)."""

    def build(writer):
        now = timezone.now()
        request = ServiceRequest.objects.create(
            code=unique_code(),
            tenant=office,
            origin=origin,
            submission_token=token,
            service=service,
            service_title=service.title,
            applicant_name=data["applicant_name"],
            nik=data["nik"],
            phone=data["phone"],
            email=data.get("email", ""),
            created_at=now,
            due_at=due_date(service, now),
        )
        for label, upload in uploads:
            writer.save(upload, role=FileRole.REQUIREMENT, label=label, service_request=request)
        CaseEvent.objects.create(
            service_request=request,
            status=request.status,
            note=_("Permohonan diajukan melalui situs."),
            actor_label=_("Pemohon"),
        )
        return request

    return _atomic_with_files(ServiceRequest, token, build)


def _actor_label(user) -> str:
    return user.get_full_name() or user.get_username()


def change_status(case, new_status: str, *, user, note="", public=True, result=None):
    """Move ``case`` to ``new_status`` and record who, when and why.

    ``result`` (an upload) attaches a result document to a finished request.
    Raises TransitionError when the move is not allowed from the current status.
    """
    if new_status not in case.allowed_transitions():
        raise TransitionError(
            _("Status tidak dapat diubah dari %(old)s ke %(new)s.")
            % {"old": case.get_status_display(), "new": new_status}
        )
    if new_status == RequestStatus.NEEDS_FIX and not note.strip():
        raise TransitionError(_("Tuliskan alasan perbaikan agar pemohon tahu apa yang diperbaiki."))
    writer = _FileWriter()
    try:
        with transaction.atomic():
            case.status = new_status
            if case.is_closed:
                case.closed_at = timezone.now()
            if isinstance(case, ServiceRequest):
                case.fix_reason = note if new_status == RequestStatus.NEEDS_FIX else ""
            case.save()
            if result is not None:
                writer.save(
                    result, role=FileRole.RESULT, label=_("Dokumen hasil"), service_request=case
                )
            _event(case, status=new_status, note=note, public=public, user=user)
    except Exception:
        writer.discard()
        raise
    return case


def _event(case, *, user=None, actor_label="", **fields):
    target = {"complaint": case} if isinstance(case, Complaint) else {"service_request": case}
    return CaseEvent.objects.create(
        actor=user, actor_label=actor_label or _actor_label(user), **target, **fields
    )


def reply(case, *, user, note, public=True):
    """Add a note (a public reply when ``public``) without changing the status."""
    return _event(case, note=note, public=public, user=user)


def take_over(complaint, *, user):
    """The kecamatan takes a village's complaint over: it becomes the handling office."""
    kecamatan = complaint.tenant.kecamatan
    with transaction.atomic():
        complaint.tenant = kecamatan
        complaint.save(update_fields=["tenant", "updated_at"])
        _event(
            complaint,
            note=_("Pengaduan diambil alih oleh %(name)s.") % {"name": kecamatan.display_name},
            public=True,
            user=user,
        )
    return complaint


def resubmit(service_request, uploads):
    """The citizen re-uploads the files asked for; the request goes back to "diajukan"."""
    if service_request.status != RequestStatus.NEEDS_FIX:
        raise TransitionError(_("Permohonan ini tidak sedang menunggu perbaikan."))
    writer = _FileWriter()
    try:
        with transaction.atomic():
            labels = {label for label, _upload in uploads}
            service_request.files.filter(role=FileRole.REQUIREMENT, label__in=labels).update(
                replaced=True
            )
            for label, upload in uploads:
                writer.save(
                    upload,
                    role=FileRole.REQUIREMENT,
                    label=label,
                    service_request=service_request,
                )
            service_request.status = RequestStatus.SUBMITTED
            service_request.fix_reason = ""
            service_request.save()
            _event(
                service_request,
                status=RequestStatus.SUBMITTED,
                note=_("Pemohon mengunggah berkas perbaikan."),
                actor_label=_("Pemohon"),
            )
    except Exception:
        writer.discard()
        raise
    return service_request


def rate(case, rating: int, comment: str = ""):
    """Record the citizen's satisfaction (SKM, 1–5) with a closed case, once."""
    if not case.can_be_rated:
        raise TransitionError(_("Penilaian hanya bisa diberikan sekali, setelah selesai."))
    case.rating = rating
    case.rating_comment = comment
    case.rated_at = timezone.now()
    case.save(update_fields=["rating", "rating_comment", "rated_at", "updated_at"])
    return case
