"""What OpenSID pushes: per-village API keys, the village identity, report files,
and the outcome of each village's last push of each kind.

Keys are stored as SHA-256 hashes only; the plain key is shown once, when
the kecamatan admin issues it. Report files (PDF) are kept in the database,
never on the media disk: they are reports for the public (OpenDK publishes
them too), served only as downloads from their own village's data page
(``villagedata.pushed``).
"""

import hashlib
import secrets
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from tenants.codes import TenantKind

KEY_PREFIX = "kcms_"


def hash_key(plain: str) -> str:
    """The stored form of a key. Keys are 256-bit random, so a fast hash is enough."""
    return hashlib.sha256(plain.encode()).hexdigest()


class SyncKeyQuerySet(models.QuerySet):
    def active(self):
        return self.filter(revoked_at__isnull=True)


class SyncKey(models.Model):
    """A village's API key for OpenSID's "Api Opendk Key" setting."""

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("desa/kelurahan"),
        on_delete=models.CASCADE,
        related_name="sync_keys",
    )
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    hint = models.CharField(
        _("awal kunci"), max_length=16, editable=False, help_text=_("Untuk mengenali kunci.")
    )
    label = models.CharField(_("keterangan"), max_length=100, blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dibuat oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    revoked_at = models.DateTimeField(_("dicabut"), null=True, blank=True)
    # Made by OpenSID's "Buat Key" button (villagedata.login), not on the keys screen.
    issued_by_login = models.BooleanField(_("dibuat lewat Buat Key OpenSID"), default=False)
    last_used_at = models.DateTimeField(_("terakhir dipakai"), null=True, blank=True)

    objects = SyncKeyQuerySet.as_manager()

    class Meta:
        verbose_name = _("kunci API OpenSID")
        verbose_name_plural = _("kunci API OpenSID")
        ordering = ["tenant__code", "-created_at"]

    def __str__(self):
        return f"{self.tenant.name}: {self.hint}…"

    @classmethod
    def issue(cls, tenant, user=None, label: str = "") -> tuple["SyncKey", str]:
        """Create a key for ``tenant``; returns the row and the plain key (shown once)."""
        plain = KEY_PREFIX + secrets.token_urlsafe(32)
        key = cls.objects.create(
            tenant=tenant,
            key_hash=hash_key(plain),
            hint=plain[: len(KEY_PREFIX) + 6],
            label=label,
            created_by=user,
        )
        return key, plain

    @classmethod
    def find(cls, plain: str) -> "SyncKey | None":
        """The key matching ``plain``, revoked or not; None if there is none."""
        if not plain:
            return None
        return (
            cls.objects.select_related("tenant__kecamatan").filter(key_hash=hash_key(plain)).first()
        )

    @property
    def is_active(self) -> bool:
        return self.revoked_at is None

    def revoke(self) -> None:
        if self.revoked_at is None:
            self.revoked_at = timezone.now()
            self.save(update_fields=["revoked_at"])


class SyncedIdentity(models.Model):
    """The village identity OpenSID last pushed (``identitas-desa``)."""

    tenant = models.OneToOneField(
        "tenants.Tenant", on_delete=models.CASCADE, related_name="synced_identity"
    )
    village_term = models.CharField(_("sebutan desa"), max_length=50)
    website = models.URLField(_("situs web"), blank=True)
    boundary = models.JSONField(_("batas wilayah (poligon)"), null=True, blank=True)
    # The boundary reduced to a few KB when it is received (villagedata.boundary):
    # what the data page and the API read, never the MB-sized polygon itself.
    outline = models.JSONField(_("garis batas (ringkas)"), null=True, blank=True, editable=False)
    received_at = models.DateTimeField(_("diterima"), auto_now=True)

    class Meta:
        verbose_name = _("identitas desa dari OpenSID")
        verbose_name_plural = _("identitas desa dari OpenSID")

    def __str__(self):
        return f"{self.village_term} {self.tenant.name}"


class ReportKind(models.TextChoices):
    POPULATION = "laporan_penduduk", _("Laporan penduduk")
    BUDGET = "laporan_apbdes", _("Laporan APBDes")


class SyncedReport(models.Model):
    """A report document pushed by OpenSID; upserted on (village, kind, OpenSID id)."""

    tenant = models.ForeignKey(
        "tenants.Tenant", on_delete=models.CASCADE, related_name="synced_reports"
    )
    kind = models.CharField(_("jenis"), max_length=20, choices=ReportKind.choices)
    remote_id = models.PositiveBigIntegerField(_("id di OpenSID"))
    title = models.CharField(_("judul"), max_length=200)
    year = models.PositiveSmallIntegerField(_("tahun"))
    # Month (1–12) for a population report, semester (1–2) for an APBDes report.
    part = models.PositiveSmallIntegerField(_("bulan/semester"))
    file_name = models.CharField(_("nama berkas"), max_length=200, blank=True)
    content = models.BinaryField(_("isi berkas"))
    received_at = models.DateTimeField(_("diterima"), auto_now=True)

    class Meta:
        verbose_name = _("laporan dari OpenSID")
        verbose_name_plural = _("laporan dari OpenSID")
        ordering = ["tenant__code", "-year", "-part"]
        constraints = [
            models.UniqueConstraint(
                fields=["tenant", "kind", "remote_id"], name="syncedreport_unique"
            )
        ]

    def __str__(self):
        return self.title


class PushKind(models.TextChoices):
    """What a push carries, named by its endpoint under ``/api/v1/``."""

    IDENTITY = "identitas-desa", _("Identitas desa")
    POPULATION_REPORTS = "laporan-penduduk", _("Laporan penduduk")
    BUDGET_REPORTS = "laporan-apbdes", _("Laporan APBDes")
    AID_PROGRAMMES = "program-bantuan", _("Program bantuan")
    DEVELOPMENT = "pembangunan", _("Pembangunan")
    DEVELOPMENT_PHOTOS = "pembangunan-dokumentasi", _("Dokumentasi pembangunan")


def push_kinds_for(tenant) -> list[PushKind]:
    """The kinds a village is expected to push: a kelurahan has no APBDes."""
    return [
        kind
        for kind in PushKind
        if not (kind == PushKind.BUDGET_REPORTS and tenant.kind == TenantKind.KELURAHAN)
    ]


# How long after a village's last successful push of a kind the kecamatan is
# warned that it may have stopped. Population reports are monthly in OpenSID
# (``bulan``), so 45 days is one missed month; APBDes reports are per
# semester, so a semester and a month. The identity is sent again only when
# it changes: an old one is not a sign of trouble.
STALE_AFTER = {
    PushKind.POPULATION_REPORTS: timedelta(days=45),
    PushKind.BUDGET_REPORTS: timedelta(days=215),
}


class PushStatus(models.Model):
    """A village's last push of one kind: when, accepted or refused, and what it was told.

    One row per (village, kind), rewritten by every push whose key names
    the village (a revoked key too, so that a village still sending with
    one is noticed). ``succeeded_at`` keeps the last accepted push through
    later refusals. ``message`` is the answer's own text, written for the
    operator: staff see it in the admin, the public never does.
    """

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("desa/kelurahan"),
        on_delete=models.CASCADE,
        related_name="push_statuses",
    )
    kind = models.CharField(_("jenis kiriman"), max_length=30, choices=PushKind.choices)
    attempted_at = models.DateTimeField(_("kiriman terakhir"))
    accepted = models.BooleanField(_("diterima"))
    message = models.CharField(_("pesan balasan"), max_length=300, blank=True)
    succeeded_at = models.DateTimeField(_("terakhir diterima"), null=True, blank=True)

    class Meta:
        verbose_name = _("status kiriman OpenSID")
        verbose_name_plural = _("status kiriman OpenSID")
        ordering = ["tenant__code", "kind"]
        constraints = [models.UniqueConstraint(fields=["tenant", "kind"], name="pushstatus_unique")]

    def __str__(self):
        return f"{self.tenant.name}: {self.get_kind_display()}"

    @classmethod
    def record(cls, tenant, kind: str, accepted: bool, message: str) -> "PushStatus":
        """Write the outcome of a push that has just been answered."""
        now = timezone.now()
        defaults = {"attempted_at": now, "accepted": accepted, "message": message[:300]}
        if accepted:
            defaults["succeeded_at"] = now
        status, _created = cls.objects.update_or_create(tenant=tenant, kind=kind, defaults=defaults)
        return status

    @property
    def is_stale(self) -> bool:
        """The last accepted push is older than its kind's expected rhythm (``STALE_AFTER``)."""
        limit = STALE_AFTER.get(self.kind)
        return bool(limit and self.succeeded_at and timezone.now() - self.succeeded_at > limit)
