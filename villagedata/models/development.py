"""Development projects (Pembangunan desa) pushed by OpenSID.

``pembangunan`` carries each project (name, location, budget and its
sources, volume, year, progress, one photo) and ``pembangunan/dokumentasi``
the photos of its stages with their progress in percent. Both are upserted
on (village, OpenSID id); a stage names its project by OpenSID's id, which
may arrive before the project itself, so it is kept as that id. Photos are
Wagtail images in the village's own collection (``villagedata.development``).
No personal data: the CSVs name no resident.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class DevelopmentProject(models.Model):
    """One development project of a village, as OpenSID last sent it."""

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("desa/kelurahan"),
        on_delete=models.CASCADE,
        related_name="development_projects",
    )
    # None for a project entered in the admin: OpenSID's pushes never touch it.
    remote_id = models.PositiveBigIntegerField(_("id di OpenSID"), null=True, blank=True)
    title = models.CharField(_("nama kegiatan"), max_length=255)
    location = models.CharField(_("lokasi"), max_length=255, blank=True)
    description = models.TextField(_("keterangan"), blank=True)
    funding_source = models.CharField(_("sumber dana"), max_length=255, blank=True)
    volume = models.CharField(_("volume"), max_length=100, blank=True)
    year = models.PositiveSmallIntegerField(_("tahun anggaran"), null=True, blank=True)
    implementer = models.CharField(_("pelaksana kegiatan"), max_length=255, blank=True)
    active = models.BooleanField(_("aktif"), default=True)
    budget = models.BigIntegerField(_("anggaran"), default=0)
    budget_change = models.BigIntegerField(_("perubahan anggaran"), default=0)
    cost_government = models.BigIntegerField(_("biaya dari pemerintah"), default=0)
    cost_province = models.BigIntegerField(_("biaya dari provinsi"), default=0)
    cost_regency = models.BigIntegerField(_("biaya dari kabupaten/kota"), default=0)
    cost_self_help = models.BigIntegerField(_("biaya swadaya"), default=0)
    cost_total = models.BigIntegerField(_("jumlah biaya"), default=0)
    benefit = models.TextField(_("manfaat"), blank=True)
    duration = models.PositiveIntegerField(_("waktu pelaksanaan"), null=True, blank=True)
    nature = models.CharField(_("sifat proyek"), max_length=100, blank=True)
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    received_at = models.DateTimeField(_("diterima"), auto_now=True)

    class Meta:
        verbose_name = _("kegiatan pembangunan")
        verbose_name_plural = _("kegiatan pembangunan")
        ordering = ["tenant__code", "-year", "title"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "remote_id"], name="devproject_unique")
        ]

    def __str__(self):
        return f"{self.title} ({self.tenant.name})"


class DevelopmentPhoto(models.Model):
    """A photo of one stage of a project (``pembangunan/dokumentasi``)."""

    tenant = models.ForeignKey(
        "tenants.Tenant",
        verbose_name=_("desa/kelurahan"),
        on_delete=models.CASCADE,
        related_name="development_photos",
    )
    remote_id = models.PositiveBigIntegerField(_("id di OpenSID"))
    project_remote_id = models.PositiveBigIntegerField(_("id kegiatan di OpenSID"))
    progress = models.PositiveSmallIntegerField(_("persentase"), null=True, blank=True)
    description = models.CharField(_("keterangan"), max_length=255, blank=True)
    taken_on = models.DateField(_("tanggal"), null=True, blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    received_at = models.DateTimeField(_("diterima"), auto_now=True)

    class Meta:
        verbose_name = _("dokumentasi pembangunan")
        verbose_name_plural = _("dokumentasi pembangunan")
        ordering = ["tenant__code", "project_remote_id", "progress"]
        constraints = [
            models.UniqueConstraint(fields=["tenant", "remote_id"], name="devphoto_unique")
        ]

    def __str__(self):
        return f"{self.project_remote_id}: {self.progress}%"
