"""Webhook endpoints registered by a kecamatan (or a superuser) and the log of
every delivery made to them."""

import secrets
import uuid

from django.conf import settings
from django.core.validators import URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from tenants.codes import TenantKind


class WebhookEvent(models.TextChoices):
    """What a receiver can subscribe to; the value is the ``event`` of the payload."""

    PAGE_PUBLISHED = "page.published", _("Halaman diterbitkan")
    PAGE_UNPUBLISHED = "page.unpublished", _("Halaman ditarik dari terbitan")
    PAGE_MOVED = "page.moved", _("Halaman dipindahkan")
    PAGE_DELETED = "page.deleted", _("Halaman dihapus")
    SHARED_SERVICE_CHANGED = "service.shared_changed", _("Layanan bersama kecamatan berubah")
    MEDIA_CHANGED = "media.changed", _("Gambar atau dokumen berubah")


class DeliveryStatus(models.TextChoices):
    PENDING = "menunggu", _("Menunggu")
    DELIVERED = "terkirim", _("Terkirim")
    FAILED = "gagal", _("Gagal")


def new_secret() -> str:
    """A fresh signing secret (shown to the admin once, when made)."""
    return "whsec_" + secrets.token_urlsafe(32)


class EndpointQuerySet(models.QuerySet):
    def for_event(self, event: str, tenant) -> list:
        """Active endpoints subscribed to ``event`` that cover ``tenant``: its own,
        and its kecamatan's that include every village. (Events are matched in
        Python: SQLite has no JSON ``contains``; a tenant has few endpoints.)"""
        scope = models.Q(tenant=tenant)
        if tenant.kind != TenantKind.KECAMATAN and tenant.kecamatan_id:
            scope |= models.Q(tenant_id=tenant.kecamatan_id, include_villages=True)
        return [e for e in self.filter(scope, is_active=True) if event in e.events]


class WebhookEndpoint(models.Model):
    """An address told about content changes of one site, or of a kecamatan and
    all its villages."""

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("situs"),
        on_delete=models.CASCADE,
        related_name="webhook_endpoints",
        help_text=_("Situs kecamatan atau desa/kelurahan yang perubahannya dikirim."),
    )
    include_villages = models.BooleanField(
        _("termasuk semua desa"),
        default=False,
        help_text=_(
            "Hanya untuk situs kecamatan: kirim juga perubahan di semua desa/kelurahannya "
            "dan perubahan layanan bersama."
        ),
    )
    url = models.URLField(
        _("alamat URL"),
        max_length=500,
        validators=[URLValidator(schemes=["http", "https"])],
        help_text=_("Alamat penerima, diawali http:// atau https://"),
    )
    description = models.CharField(_("keterangan"), max_length=200, blank=True)
    secret = models.CharField(_("kunci rahasia"), max_length=80, default=new_secret)
    events = models.JSONField(_("peristiwa"), default=list)
    is_active = models.BooleanField(_("aktif"), default=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("dibuat oleh"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    objects = EndpointQuerySet.as_manager()

    class Meta:
        verbose_name = _("webhook")
        verbose_name_plural = _("webhook")
        ordering = ["tenant__code", "url"]

    def __str__(self):
        return self.url

    @property
    def secret_hint(self) -> str:
        """The start of the secret, enough to tell two apart."""
        return self.secret[:10]

    def event_labels(self) -> list[str]:
        labels = dict(WebhookEvent.choices)
        return [str(labels.get(e, e)) for e in self.events]

    def regenerate_secret(self) -> str:
        self.secret = new_secret()
        self.save(update_fields=["secret"])
        return self.secret


class WebhookDelivery(models.Model):
    """One event sent (or being sent) to one endpoint, with its outcome."""

    endpoint = models.ForeignKey(
        WebhookEndpoint,
        verbose_name=_("webhook"),
        on_delete=models.CASCADE,
        related_name="deliveries",
    )
    event_id = models.UUIDField(_("ID peristiwa"), default=uuid.uuid4, editable=False)
    event = models.CharField(_("peristiwa"), max_length=40, choices=WebhookEvent.choices)
    payload = models.JSONField(_("isi"))
    status = models.CharField(
        _("status"), max_length=10, choices=DeliveryStatus.choices, default=DeliveryStatus.PENDING
    )
    attempts = models.PositiveSmallIntegerField(_("percobaan"), default=0)
    response_code = models.PositiveSmallIntegerField(_("kode respons"), null=True, blank=True)
    duration_ms = models.PositiveIntegerField(_("durasi (ms)"), null=True, blank=True)
    last_error = models.TextField(_("galat terakhir"), blank=True)
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)
    next_attempt_at = models.DateTimeField(_("percobaan berikutnya"), null=True, blank=True)
    finished_at = models.DateTimeField(_("selesai"), null=True, blank=True)

    class Meta:
        verbose_name = _("kiriman webhook")
        verbose_name_plural = _("kiriman webhook")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.event} → {self.endpoint.url}"
