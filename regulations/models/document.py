"""``LegalDocumentPage``: one regulation, decree or report, with JDIH metadata.

The fields follow the legal-document metadata of the national legal
documentation network, JDIH (Permenkumham No. 8 Tahun 2019): kind, number,
year, place and dates of enactment and promulgation, status, subject,
language, an abstract and the file itself.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.search import index

from cms.models import BasePage
from regulations.serializers import DocumentFileSerializer

FIRST_YEAR = 1945


def next_year() -> int:
    """The latest year a document may carry: next year, for decrees set in advance."""
    return timezone.localdate().year + 1


class DocumentKind(models.TextChoices):
    """The kinds of document a kecamatan or village publishes (fixed list)."""

    PERDES = "peraturan_desa", _("Peraturan Desa")
    PERKADES = "peraturan_kepala_desa", _("Peraturan Kepala Desa")
    KEPKADES = "keputusan_kepala_desa", _("Keputusan Kepala Desa")
    KEPCAM = "keputusan_camat", _("Keputusan Camat")
    SURAT_EDARAN = "surat_edaran", _("Surat Edaran")
    PERATURAN_BERSAMA = "peraturan_bersama", _("Peraturan Bersama Kepala Desa")
    LAPORAN = "laporan", _("Laporan")
    LAINNYA = "lainnya", _("Lainnya")


# Kinds that are not legal acts and so may have no number.
UNNUMBERED_KINDS = {DocumentKind.LAPORAN, DocumentKind.LAINNYA}


class DocumentStatus(models.TextChoices):
    """Whether the document is still in force (JDIH "status peraturan")."""

    IN_FORCE = "berlaku", _("Berlaku")
    REVOKED = "dicabut", _("Dicabut")
    AMENDED = "diubah", _("Diubah")
    NOT_IN_FORCE = "tidak_berlaku", _("Tidak berlaku")


class LegalDocumentPage(BasePage):
    """One document with its JDIH metadata and its file, under the documents index.

    ``document`` is required (by validation; the column is nullable so that
    deleting the file in the document library leaves the page in place,
    showing that the file is missing, instead of deleting the page).
    """

    kind = models.CharField(
        _("jenis dokumen"),
        max_length=30,
        choices=DocumentKind.choices,
        default=DocumentKind.PERDES,
        help_text=_("Pilih sesuai judul resmi dokumen. Contoh: Peraturan Desa untuk APBDes."),
    )
    number = models.CharField(
        _("nomor"),
        max_length=80,
        blank=True,
        help_text=_(
            "Nomor seperti tertulis pada dokumen. Contoh: 3, atau 141/05/KPTS/2026. "
            "Boleh kosong hanya untuk laporan dan dokumen lainnya."
        ),
    )
    year = models.PositiveSmallIntegerField(
        _("tahun"),
        validators=[MinValueValidator(FIRST_YEAR), MaxValueValidator(next_year)],
        help_text=_("Tahun pada nomor dokumen. Contoh: 2026"),
    )
    subject = models.CharField(
        _("tentang"),
        max_length=255,
        help_text=_(
            "Judul isi dokumen, sesudah kata 'tentang'. Contoh: Anggaran Pendapatan dan "
            "Belanja Desa Tahun Anggaran 2026"
        ),
    )
    date_set = models.DateField(
        _("tanggal ditetapkan"),
        help_text=_("Tanggal dokumen ditandatangani. Contoh: 31/12/2025"),
    )
    date_enacted = models.DateField(
        _("tanggal diundangkan"),
        null=True,
        blank=True,
        help_text=_(
            "Tanggal dimuat dalam Lembaran Desa atau Berita Desa. Kosongkan bila tidak "
            "diundangkan. Tidak boleh sebelum tanggal ditetapkan."
        ),
    )
    place = models.CharField(
        _("tempat penetapan"),
        max_length=80,
        blank=True,
        help_text=_("Contoh: Karangan"),
    )
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=DocumentStatus.choices,
        default=DocumentStatus.IN_FORCE,
        help_text=_("Biarkan Berlaku kecuali dokumen sudah dicabut atau diganti."),
    )
    status_note = models.CharField(
        _("keterangan status"),
        max_length=255,
        blank=True,
        help_text=_(
            "Untuk dokumen yang dicabut atau diubah: oleh dokumen apa. Contoh: Dicabut dengan "
            "Peraturan Desa Nomor 2 Tahun 2026."
        ),
    )
    source = models.CharField(
        _("sumber"),
        max_length=255,
        blank=True,
        help_text=_(
            "Tempat dokumen diundangkan. Contoh: Lembaran Desa Karangan Tahun 2026 Nomor 1"
        ),
    )
    language = models.CharField(
        _("bahasa"), max_length=40, default="Indonesia", help_text=_("Contoh: Indonesia")
    )
    abstract = models.TextField(
        _("abstrak"),
        blank=True,
        help_text=_(
            "Ringkasan isi dalam beberapa kalimat, untuk warga yang tidak sempat membaca "
            "seluruh dokumen. Contoh: Peraturan ini menetapkan pendapatan desa sebesar…"
        ),
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Berkas dokumen, sebaiknya PDF hasil pindaian yang sudah ditandatangani."),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldRowPanel([FieldPanel("number"), FieldPanel("year")]),
                FieldPanel("subject"),
            ],
            heading=_("Identitas dokumen"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("date_set"), FieldPanel("place")]),
                FieldRowPanel([FieldPanel("date_enacted"), FieldPanel("source")]),
            ],
            heading=_("Penetapan dan pengundangan"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("status_note")], heading=_("Status dokumen")
        ),
        FieldPanel("document"),
        FieldPanel("abstract"),
        FieldPanel("language"),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("subject"),
        index.SearchField("abstract"),
        index.SearchField("number"),
        index.AutocompleteField("subject"),
        index.FilterField("kind"),
        index.FilterField("year"),
        index.FilterField("status"),
    ]
    api_fields = [
        APIField("kind"),
        APIField("kind_display"),
        APIField("number"),
        APIField("year"),
        APIField("subject"),
        APIField("citation"),
        APIField("date_set"),
        APIField("date_enacted"),
        APIField("place"),
        APIField("status"),
        APIField("status_display"),
        APIField("status_note"),
        APIField("source"),
        APIField("language"),
        APIField("abstract"),
        APIField("document", serializer=DocumentFileSerializer()),
    ]

    parent_page_types = ["regulations.DocumentIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("dokumen hukum")
        verbose_name_plural = _("dokumen hukum")

    def clean(self):
        """Check the JDIH rules an operator can get wrong.

        A legal act needs a number; the date of promulgation cannot come
        before the date the document was set.
        """
        super().clean()
        errors = {}
        if self.kind not in UNNUMBERED_KINDS and not self.number.strip():
            errors["number"] = _("Tulis nomor dokumen. Contoh: 3")
        if self.date_enacted and self.date_set and self.date_enacted < self.date_set:
            errors["date_enacted"] = _(
                "Tanggal diundangkan tidak boleh sebelum tanggal ditetapkan (%(date)s)."
            ) % {"date": self.date_set.strftime("%d/%m/%Y")}
        if errors:
            raise ValidationError(errors)

    @property
    def kind_display(self) -> str:
        """The kind's label, e.g. "Peraturan Desa"."""
        return str(self.get_kind_display())

    @property
    def status_display(self) -> str:
        """The status' label, e.g. "Berlaku"."""
        return str(self.get_status_display())

    @property
    def citation(self) -> str:
        """How the document is cited, without its subject.

        "Peraturan Desa Nomor 1 Tahun 2026"; a decree whose number already
        carries the year (e.g. 141/03/KPTS/2026) is cited by its number alone.
        """
        if "/" in self.number:
            return _("%(kind)s Nomor %(number)s") % {
                "kind": self.kind_display,
                "number": self.number,
            }
        if self.number:
            return _("%(kind)s Nomor %(number)s Tahun %(year)s") % {
                "kind": self.kind_display,
                "number": self.number,
                "year": self.year,
            }
        return _("%(kind)s Tahun %(year)s") % {"kind": self.kind_display, "year": self.year}

    @property
    def is_in_force(self) -> bool:
        return self.status == DocumentStatus.IN_FORCE

    def get_meta_description(self) -> str:
        """The search description, else the citation, subject and start of the abstract."""
        if self.search_description:
            return self.search_description
        text = f"{self.citation} tentang {self.subject}."
        if self.abstract:
            text += " " + self.abstract
        return Truncator(text).words(35)
