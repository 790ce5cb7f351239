"""Short notices shown at the top of a site's home page ("Kantor tutup 17 Agustus")."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Site


class NoticeQuerySet(models.QuerySet):
    """Lookups for the home section and the API."""

    def current(self, day=None):
        """Notices in force on ``day`` (today in the site's time zone by default)."""
        day = day or timezone.localdate()
        return self.filter(valid_from__lte=day).filter(
            models.Q(valid_until__isnull=True) | models.Q(valid_until__gte=day)
        )


class Notice(models.Model):
    """A short, dated notice for one site, edited as a snippet.

    Unlike an announcement page (``news.AnnouncementPage``), a notice has no
    page of its own: it is one or two sentences shown on the home page while
    it is in force. It belongs to one Site, and only that site's editors
    (and its kecamatan's admins) see it in the admin.
    """

    site = models.ForeignKey(
        Site,
        verbose_name=_("situs"),
        on_delete=models.CASCADE,
        related_name="notices",
        help_text=_("Situs yang menampilkan pemberitahuan ini di berandanya."),
    )
    title = models.CharField(
        _("judul"),
        max_length=120,
        help_text=_("Singkat dan jelas. Contoh: Kantor tutup pada 17 Agustus"),
    )
    text = models.TextField(
        _("isi singkat"),
        max_length=300,
        help_text=_(
            "Satu atau dua kalimat, paling banyak 300 huruf. Contoh: Kantor desa tutup pada "
            "17 Agustus; layanan buka kembali 18 Agustus."
        ),
    )
    link = models.URLField(
        _("tautan (opsional)"),
        blank=True,
        help_text=_(
            "Alamat lengkap untuk info lebih lanjut, diawali https://. Contoh: "
            "https://karangan.rkt.example/pengumuman/"
        ),
    )
    valid_from = models.DateField(
        _("tampil mulai"),
        default=timezone.localdate,
        help_text=_("Tanggal pemberitahuan mulai tampil."),
    )
    valid_until = models.DateField(
        _("tampil sampai"),
        null=True,
        blank=True,
        help_text=_("Kosongkan bila tidak ada batas. Setelah tanggal ini tidak tampil lagi."),
    )

    objects = NoticeQuerySet.as_manager()

    class Meta:
        verbose_name = _("pemberitahuan")
        verbose_name_plural = _("pemberitahuan")
        ordering = ["-valid_from", "title"]

    def __str__(self):
        return self.title

    def clean(self):
        """The end date may not come before the start date."""
        super().clean()
        if self.valid_until and self.valid_from and self.valid_until < self.valid_from:
            raise ValidationError(
                {"valid_until": _("Tanggal akhir tidak boleh sebelum tanggal mulai.")}
            )
