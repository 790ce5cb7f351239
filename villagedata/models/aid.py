"""Aid programmes (program bantuan sosial) as OpenSID pushes them: the list only.

One row per programme of a village, upserted on OpenSID's id. No recipient
is ever stored: ``program-bantuan/peserta``, which carries each recipient's
NIK, name and address, stays refused (``villagedata.push``). The number of
recipients is kept when the push carries it (a ``jumlah_peserta`` column);
OpenSID v2410's programme list does not, so it is then unknown.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class AidTarget(models.TextChoices):
    """OpenSID's ``sasaran``: who a programme is given to."""

    RESIDENT = "1", _("Penduduk")
    FAMILY = "2", _("Keluarga (KK)")
    HOUSEHOLD = "3", _("Rumah tangga")
    GROUP = "4", _("Kelompok/lembaga")


class AidProgramme(models.Model):
    """A village's aid programme: name, target, period, source of funds, recipients."""

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("desa/kelurahan"),
        on_delete=models.CASCADE,
        related_name="aid_programmes",
    )
    remote_id = models.PositiveBigIntegerField(_("id di OpenSID"))
    name = models.CharField(_("nama program"), max_length=200)
    target = models.CharField(_("sasaran"), max_length=1, choices=AidTarget.choices, blank=True)
    description = models.TextField(_("keterangan"), blank=True)
    start_date = models.DateField(_("mulai"), null=True, blank=True)
    end_date = models.DateField(_("selesai"), null=True, blank=True)
    active = models.BooleanField(_("aktif"), default=True)
    funding_source = models.CharField(_("asal dana"), max_length=100, blank=True)
    recipients = models.PositiveIntegerField(_("jumlah penerima"), null=True, blank=True)
    received_at = models.DateTimeField(_("diterima"), auto_now=True)

    class Meta:
        verbose_name = _("program bantuan")
        verbose_name_plural = _("program bantuan")
        ordering = ["tenant__code", "-start_date", "name"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "remote_id"], name="aidprogramme_unique")
        ]

    def __str__(self):
        return f"{self.name} ({self.tenant.name})"

    @property
    def period_label(self) -> str:
        """``1 Jan 2024 – 31 Des 2024``, as far as the dates are known."""
        dates = [d.strftime("%d-%m-%Y") for d in (self.start_date, self.end_date) if d]
        return " s.d. ".join(dates)
