"""Complaints (pengaduan) and online service requests (permohonan layanan).

Both are *cases*: they carry a tracking code, belong to the office (a
``Tenant``) that handles them and to the site they were sent from, move
through statuses with a history of events, and may hold private uploads.
Personal data (name, NIK, phone, email, uploads) is shown to the handling
office only, and every look at it is written to ``PersonalDataAccess``.
"""

import datetime
import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Count, Min, Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from citizens.codes import mask_nik, validate_nik
from citizens.storage import private_storage
from tenants.codes import TenantKind


class ComplaintStatus(models.TextChoices):
    RECEIVED = "diterima", _("Diterima")
    IN_PROGRESS = "diproses", _("Diproses")
    DONE = "selesai", _("Selesai")
    REJECTED = "ditolak", _("Ditolak")


class RequestStatus(models.TextChoices):
    SUBMITTED = "diajukan", _("Diajukan")
    VERIFIED = "diverifikasi", _("Diverifikasi")
    NEEDS_FIX = "perlu_perbaikan", _("Perlu perbaikan")
    IN_PROGRESS = "diproses", _("Diproses")
    DONE = "selesai", _("Selesai")
    REJECTED = "ditolak", _("Ditolak")


def default_category_names() -> list[str]:
    """The complaint categories every kecamatan starts with, in order."""
    return [
        gettext("Pelayanan administrasi"),
        gettext("Infrastruktur dan lingkungan"),
        gettext("Bantuan sosial"),
        gettext("Ketertiban dan keamanan"),
        gettext("Perilaku petugas"),
        gettext("Lainnya"),
    ]


class ComplaintCategoryQuerySet(models.QuerySet):
    def ensure_defaults(self, kecamatan) -> int:
        """The default categories of ``kecamatan``, created if missing; how many were new."""
        created = 0
        for order, name in enumerate(default_category_names()):
            _category, new = self.get_or_create(
                kecamatan=kecamatan, name=name, defaults={"sort_order": order}
            )
            created += new
        return created


class ComplaintCategory(models.Model):
    """A complaint category, managed per kecamatan and used by its villages too."""

    kecamatan = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("kecamatan"),
        on_delete=models.CASCADE,
        related_name="complaint_categories",
        limit_choices_to={"kind": TenantKind.KECAMATAN},
    )
    name = models.CharField(_("nama"), max_length=80, help_text=_("Contoh: Pelayanan administrasi"))
    sort_order = models.PositiveSmallIntegerField(_("urutan"), default=0)
    active = models.BooleanField(_("aktif"), default=True)

    objects = ComplaintCategoryQuerySet.as_manager()

    class Meta:
        verbose_name = _("kategori pengaduan")
        verbose_name_plural = _("kategori pengaduan")
        ordering = ["sort_order", "name"]
        constraints = [
            models.UniqueConstraint(fields=["kecamatan", "name"], name="complaint_category_unique")
        ]

    def __str__(self):
        return self.name


def complaint_late_days() -> int:
    """Days a complaint may stay open before it counts as late
    (``settings.CITIZEN_COMPLAINT_LATE_DAYS``, read on each call)."""
    return settings.CITIZEN_COMPLAINT_LATE_DAYS


class CaseQuerySet(models.QuerySet):
    """Open and late cases, and their totals per handling office.

    "Late" has one definition per kind of case (``late_condition`` on the
    model); the inbox's filter, its counters, the per-village totals and the
    kecamatan's village overview all read it from here.
    """

    def _open_q(self) -> Q:
        return ~Q(status__in=self.model.CLOSED_STATUSES)

    def _late_q(self, now) -> Q:
        return self._open_q() & self.model.late_condition(now or timezone.now())

    def open(self):
        return self.filter(self._open_q())

    def late(self, now=None):
        return self.filter(self._late_q(now))

    def open_and_late(self, now=None) -> dict:
        """``{"open": n, "late": n}`` over these cases, in one query."""
        return self.aggregate(
            open=Count("pk", filter=self._open_q()), late=Count("pk", filter=self._late_q(now))
        )

    def totals_by_office(self, now=None) -> dict[int, dict]:
        """``{tenant pk: {"total", "open", "late", "oldest"}}`` per handling office, in one query.

        ``total`` counts every case, closed ones too; ``oldest`` is the sending
        time of the oldest *open* case (None when none is open). Offices
        without any case are absent.
        """
        rows = (
            self.order_by()  # no default ordering column in the GROUP BY
            .values("tenant")
            .annotate(
                total=Count("pk"),
                open=Count("pk", filter=self._open_q()),
                late=Count("pk", filter=self._late_q(now)),
                oldest=Min("created_at", filter=self._open_q()),
            )
        )
        return {row.pop("tenant"): row for row in rows}


class Case(models.Model):
    """What complaints and requests share: code, offices, token, dates, rating."""

    CLOSED_STATUSES = ("selesai", "ditolak")
    # status -> statuses staff may move it to
    TRANSITIONS: dict[str, tuple[str, ...]] = {}

    code = models.CharField(_("kode lacak"), max_length=10, unique=True, editable=False)
    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("kantor penanganan"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    origin = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("dikirim dari situs"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    # The hidden per-form token: a second POST of the same form finds this row
    # instead of making another.
    submission_token = models.UUIDField(unique=True, editable=False)
    email = models.EmailField(_("email"), blank=True)
    created_at = models.DateTimeField(_("dikirim"), default=timezone.now, db_index=True)
    updated_at = models.DateTimeField(_("diperbarui"), auto_now=True)
    closed_at = models.DateTimeField(_("ditutup"), null=True, blank=True)
    rating = models.PositiveSmallIntegerField(
        _("nilai kepuasan"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(5)],
    )
    rating_comment = models.TextField(_("saran"), blank=True)
    rated_at = models.DateTimeField(_("dinilai"), null=True, blank=True)

    objects = CaseQuerySet.as_manager()

    class Meta:
        abstract = True
        ordering = ["-created_at"]

    def __str__(self):
        return self.code

    @property
    def is_closed(self) -> bool:
        return self.status in self.CLOSED_STATUSES

    @classmethod
    def late_condition(cls, now) -> Q:
        """The filter an open case of this kind matches once it is late at ``now``."""
        raise NotImplementedError

    @property
    def late_at(self):
        """When this case becomes late if still open (None: never)."""
        raise NotImplementedError

    @property
    def is_late(self) -> bool:
        """Still open past :attr:`late_at` (the instance form of :meth:`late_condition`)."""
        late_at = self.late_at
        return not self.is_closed and late_at is not None and late_at < timezone.now()

    @property
    def days_open(self) -> int:
        """Whole days from sending until closing, or until now while open."""
        end = self.closed_at or timezone.now()
        return max((end - self.created_at).days, 0)

    def allowed_transitions(self) -> tuple[str, ...]:
        return self.TRANSITIONS.get(self.status, ())

    @property
    def can_be_rated(self) -> bool:
        return self.is_closed and self.rating is None


class Complaint(Case):
    """A complaint sent from a site's public form."""

    kind_label = _("Pengaduan")
    TRANSITIONS = {
        ComplaintStatus.RECEIVED: ("diproses", "selesai", "ditolak"),
        ComplaintStatus.IN_PROGRESS: ("selesai", "ditolak"),
    }

    category = models.ForeignKey(
        ComplaintCategory,
        verbose_name=_("kategori"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="complaints",
    )
    text = models.TextField(_("isi pengaduan"))
    anonymous = models.BooleanField(_("anonim"), default=False)
    name = models.CharField(_("nama pelapor"), max_length=120, blank=True)
    phone = models.CharField(_("telepon"), max_length=20, blank=True)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ComplaintStatus.choices,
        default=ComplaintStatus.RECEIVED,
        db_index=True,
    )

    class Meta(Case.Meta):
        verbose_name = _("pengaduan")
        verbose_name_plural = _("pengaduan")

    @classmethod
    def late_condition(cls, now) -> Q:
        """Sent more than ``CITIZEN_COMPLAINT_LATE_DAYS`` days before ``now``."""
        return Q(created_at__lt=now - datetime.timedelta(days=complaint_late_days()))

    @property
    def late_at(self):
        return self.created_at + datetime.timedelta(days=complaint_late_days())


class ServiceRequest(Case):
    """An online application for a service, handled by a kecamatan or village office."""

    kind_label = _("Permohonan")
    TRANSITIONS = {
        RequestStatus.SUBMITTED: ("diverifikasi", "perlu_perbaikan", "ditolak"),
        RequestStatus.VERIFIED: ("diproses", "perlu_perbaikan", "ditolak"),
        RequestStatus.NEEDS_FIX: ("ditolak",),
        RequestStatus.IN_PROGRESS: ("selesai", "ditolak"),
    }

    service = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("layanan"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    service_title = models.CharField(_("nama layanan"), max_length=255)
    applicant_name = models.CharField(_("nama pemohon"), max_length=120)
    nik = models.CharField(_("NIK"), max_length=16, validators=[validate_nik])
    phone = models.CharField(_("telepon"), max_length=20)
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=RequestStatus.choices,
        default=RequestStatus.SUBMITTED,
        db_index=True,
    )
    due_at = models.DateTimeField(_("batas waktu"), null=True, blank=True, db_index=True)
    fix_reason = models.TextField(_("alasan perbaikan"), blank=True)

    class Meta(Case.Meta):
        verbose_name = _("permohonan layanan")
        verbose_name_plural = _("permohonan layanan")

    @property
    def masked_nik(self) -> str:
        return mask_nik(self.nik)

    @classmethod
    def late_condition(cls, now) -> Q:
        """Past the due time the service's standard gives (requests without one never are)."""
        return Q(due_at__lt=now)

    @property
    def late_at(self):
        return self.due_at


def private_upload_path(instance, filename):
    """A random name under the month's folder; the citizen's file name is kept in a field."""
    ext = filename.rsplit(".", 1)[-1].lower() if "." in filename else "bin"
    return f"warga/{timezone.now():%Y/%m}/{uuid.uuid4().hex}.{ext}"


class FileRole(models.TextChoices):
    ATTACHMENT = "lampiran", _("Lampiran pengaduan")
    REQUIREMENT = "persyaratan", _("Berkas persyaratan")
    RESULT = "hasil", _("Dokumen hasil")


class UploadedFile(models.Model):
    """A private file of a complaint or a request, stored under PRIVATE_MEDIA_ROOT."""

    complaint = models.ForeignKey(
        Complaint, null=True, blank=True, on_delete=models.CASCADE, related_name="files"
    )
    service_request = models.ForeignKey(
        ServiceRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="files"
    )
    role = models.CharField(_("jenis"), max_length=20, choices=FileRole.choices)
    label = models.CharField(_("keterangan"), max_length=255, blank=True)
    file = models.FileField(
        _("berkas"), storage=private_storage, upload_to=private_upload_path, max_length=200
    )
    original_name = models.CharField(_("nama berkas asli"), max_length=255)
    content_type = models.CharField(max_length=40)
    size = models.PositiveIntegerField(_("ukuran"))
    replaced = models.BooleanField(_("sudah diganti"), default=False)
    uploaded_at = models.DateTimeField(_("diunggah"), default=timezone.now)

    class Meta:
        verbose_name = _("berkas warga")
        verbose_name_plural = _("berkas warga")
        ordering = ["pk"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(complaint__isnull=False, service_request__isnull=True)
                    | models.Q(complaint__isnull=True, service_request__isnull=False)
                ),
                name="uploaded_file_belongs_to_one_case",
            )
        ]

    def __str__(self):
        return self.original_name

    @property
    def case(self):
        return self.complaint or self.service_request


class CaseEvent(models.Model):
    """One step in a case's history: a status change and/or a note, by whom and when.

    ``public`` notes are replies the citizen sees on the status page; the
    actor is never shown there.
    """

    complaint = models.ForeignKey(
        Complaint, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    service_request = models.ForeignKey(
        ServiceRequest, null=True, blank=True, on_delete=models.CASCADE, related_name="events"
    )
    status = models.CharField(_("status baru"), max_length=20, blank=True)
    note = models.TextField(_("catatan"), blank=True)
    public = models.BooleanField(_("tampil untuk warga"), default=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    actor_label = models.CharField(_("oleh"), max_length=150)
    created_at = models.DateTimeField(_("waktu"), default=timezone.now)

    class Meta:
        verbose_name = _("riwayat")
        verbose_name_plural = _("riwayat")
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.status or self.note[:40]}"

    @property
    def status_label(self) -> str:
        """The new status in words ("Diterima"), "" when the step only added a note."""
        choices = ComplaintStatus if self.complaint_id else RequestStatus
        return dict(choices.choices).get(self.status, self.status)


class AccessAction(models.TextChoices):
    VIEW = "lihat", _("Melihat detail")
    DOWNLOAD = "unduh", _("Mengunduh berkas")
    EXPORT = "ekspor", _("Mengekspor data")


class PersonalDataAccess(models.Model):
    """The audit log: who looked at whose personal data, when, and how."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    username = models.CharField(_("pengguna"), max_length=150)
    action = models.CharField(_("tindakan"), max_length=10, choices=AccessAction.choices)
    complaint = models.ForeignKey(
        Complaint, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    service_request = models.ForeignKey(
        ServiceRequest, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    detail = models.CharField(_("keterangan"), max_length=255, blank=True)
    ip_address = models.GenericIPAddressField(_("alamat IP"), null=True, blank=True)
    created_at = models.DateTimeField(_("waktu"), default=timezone.now, db_index=True)

    class Meta:
        verbose_name = _("log akses data pribadi")
        verbose_name_plural = _("log akses data pribadi")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.username} {self.action} {self.created_at:%Y-%m-%d %H:%M}"


def add_working_days(start: datetime.datetime, days: int) -> datetime.datetime:
    """``start`` plus ``days`` working days (Monday to Friday)."""
    current = start
    while days > 0:
        current += datetime.timedelta(days=1)
        if current.weekday() < 5:
            days -= 1
    return current
