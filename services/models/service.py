"""``ServicePage``: one service and its standard (Permenpan RB 15/2014)."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Orderable
from wagtail.search import index

from cms.models import BasePage
from cms.money import format_rupiah
from services import rendering
from services.blocks import ProcedureStreamBlock, RequirementStreamBlock
from services.serializers import ServiceDocumentSerializer, TopicSerializer


class ServiceKind(models.TextChoices):
    """PATEN's two kinds of service."""

    PERIZINAN = "perizinan", _("Perizinan")
    NON_PERIZINAN = "non_perizinan", _("Non-perizinan")


class HandledAt(models.TextChoices):
    """Which office handles the service."""

    KECAMATAN = "kecamatan", _("Kantor kecamatan")
    DESA = "desa", _("Kantor desa/kelurahan")
    BOTH = "keduanya", _("Kecamatan dan desa/kelurahan")


class TimeUnit(models.TextChoices):
    """Units of the time to complete."""

    MINUTES = "menit", _("menit")
    HOURS = "jam", _("jam")
    WORKING_DAYS = "hari_kerja", _("hari kerja")


class ServiceTopic(models.Model):
    """A life-event topic (kelahiran, kematian, …), for the finder's filter.

    The list is fixed by a data migration so that every site and the API use
    the same slugs.
    """

    slug = models.SlugField(_("kode"), max_length=40, unique=True)
    name = models.CharField(_("nama"), max_length=80)
    sort_order = models.PositiveSmallIntegerField(_("urutan"), default=0)

    class Meta:
        ordering = ["sort_order", "name"]
        verbose_name = _("topik layanan")
        verbose_name_plural = _("topik layanan")

    def __str__(self):
        return self.name


# The management components of the standard: stored and editable, never
# shown publicly or exposed by the API.
INTERNAL_COMPONENTS = (
    "legal_basis",
    "facilities",
    "staff_competence",
    "internal_oversight",
    "staff_count",
    "service_guarantee",
    "safety_guarantee",
    "performance_evaluation",
)


class ServicePage(RoutablePageMixin, BasePage):
    """One service and its standard. Public components are shown; internal ones are not.

    A service under the kecamatan's ``ServiceCatalogPage`` is *shared*: every
    village whose office handles it shows it under its own URL, with the
    village's contact details, without a copy. A service under a
    ``VillageServiceIndexPage`` is that village's own.
    """

    summary = models.TextField(
        _("ringkasan"),
        help_text=_(
            "Satu atau dua kalimat: apa layanan ini dan untuk siapa. Contoh: Surat keterangan "
            "bahwa Anda tinggal di wilayah ini, untuk keperluan sekolah, kerja, atau bank."
        ),
    )
    kind = models.CharField(
        _("jenis layanan"),
        max_length=20,
        choices=ServiceKind.choices,
        default=ServiceKind.NON_PERIZINAN,
        help_text=_("Perizinan bila hasilnya izin. Contoh: surat keterangan = non-perizinan."),
    )
    topics = ParentalManyToManyField(
        ServiceTopic,
        verbose_name=_("topik peristiwa hidup"),
        blank=True,
        related_name="services",
        help_text=_("Pilih semua yang cocok, agar warga mudah menemukan layanan ini."),
    )
    handled_at = models.CharField(
        _("tempat pengurusan"),
        max_length=20,
        choices=HandledAt.choices,
        default=HandledAt.KECAMATAN,
        help_text=_(
            "Jika diurus di desa/kelurahan, layanan ini tampil di situs setiap desa/kelurahan."
        ),
    )
    responsible_unit = models.CharField(
        _("unit penanggung jawab"),
        max_length=160,
        blank=True,
        help_text=_("Contoh: Seksi Pelayanan Umum"),
    )
    requirements = StreamField(
        RequirementStreamBlock(),
        min_num=1,
        verbose_name=_("persyaratan"),
        help_text=_("Semua yang harus dibawa warga, satu per baris, berurutan."),
    )
    procedure = StreamField(
        ProcedureStreamBlock(),
        min_num=1,
        verbose_name=_("prosedur"),
        help_text=_("Langkah-langkah dari datang sampai menerima hasil, berurutan."),
    )
    time_value = models.PositiveIntegerField(
        _("lama penyelesaian"),
        validators=[MinValueValidator(1)],
        help_text=_("Angka saja. Contoh: 15"),
    )
    time_unit = models.CharField(
        _("satuan waktu"),
        max_length=12,
        choices=TimeUnit.choices,
        default=TimeUnit.MINUTES,
        help_text=_("Satuan untuk angka lama penyelesaian di atas."),
    )
    fee_amount = models.PositiveIntegerField(
        _("biaya (rupiah)"),
        default=0,
        validators=[MinValueValidator(0)],
        help_text=_("Tulis 0 jika gratis. Tanpa titik. Contoh: 0"),
    )
    fee_legal_basis = models.CharField(
        _("dasar hukum biaya"),
        max_length=250,
        blank=True,
        help_text=_("Wajib jika ada biaya. Contoh: Perda Kota Prabumulih No. 5 Tahun 2023"),
    )
    product = models.CharField(
        _("produk layanan"),
        max_length=250,
        help_text=_("Apa yang diterima warga. Contoh: Surat Keterangan Domisili"),
    )
    complaints = models.TextField(
        _("cara pengaduan"),
        blank=True,
        help_text=_(
            "Contoh: Sampaikan pengaduan ke loket PATEN, lewat kotak saran, atau WhatsApp kantor."
        ),
    )
    accepts_online_requests = models.BooleanField(
        _("terima permohonan online"),
        default=False,
        help_text=_(
            "Centang agar warga bisa mengajukan permohonan dan mengunggah persyaratan "
            "lewat situs, lalu melacaknya dengan kode."
        ),
    )
    featured = models.BooleanField(
        _("layanan utama"),
        default=False,
        help_text=_("Centang agar layanan ini tampil di beranda sebagai layanan utama."),
    )
    last_reviewed = models.DateField(
        _("terakhir ditinjau"),
        null=True,
        blank=True,
        help_text=_("Tanggal standar pelayanan ini terakhir diperiksa kebenarannya."),
    )

    # Internal components (not public).
    legal_basis = models.TextField(
        _("dasar hukum"),
        blank=True,
        help_text=_("Satu aturan per baris. Contoh: Permendagri No. 4 Tahun 2010 tentang PATEN"),
    )
    facilities = models.TextField(
        _("sarana, prasarana, dan fasilitas"),
        blank=True,
        help_text=_("Contoh: Ruang tunggu ber-AC, komputer, printer, kotak saran"),
    )
    staff_competence = models.TextField(
        _("kompetensi pelaksana"),
        blank=True,
        help_text=_("Contoh: Memahami administrasi kependudukan dan mampu memakai komputer"),
    )
    internal_oversight = models.TextField(
        _("pengawasan internal"),
        blank=True,
        help_text=_("Contoh: Diawasi langsung oleh Sekretaris Camat setiap hari"),
    )
    staff_count = models.PositiveSmallIntegerField(
        _("jumlah pelaksana"),
        null=True,
        blank=True,
        help_text=_("Jumlah petugas yang melayani. Angka saja, misalnya 2."),
    )
    service_guarantee = models.TextField(
        _("jaminan pelayanan"),
        blank=True,
        help_text=_("Contoh: Pelayanan selesai tepat waktu sesuai maklumat pelayanan"),
    )
    safety_guarantee = models.TextField(
        _("jaminan keamanan dan keselamatan"),
        blank=True,
        help_text=_("Contoh: Data pemohon dijaga kerahasiaannya; ruang pelayanan ber-APAR"),
    )
    performance_evaluation = models.TextField(
        _("evaluasi kinerja pelaksana"),
        blank=True,
        help_text=_("Contoh: Survei kepuasan masyarakat setiap enam bulan"),
    )

    parent_page_types = ["services.ServiceCatalogPage", "services.VillageServiceIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("product"),
        index.SearchField("requirements"),
        index.AutocompleteField("summary"),
        index.FilterField("kind"),
        index.FilterField("handled_at"),
    ]

    content_panels = BasePage.content_panels + [
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldPanel("kind"),
                FieldPanel("handled_at"),
                FieldPanel("responsible_unit"),
                FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
            ],
            heading=_("Jenis dan tempat"),
        ),
        FieldPanel("requirements"),
        FieldPanel("procedure"),
        FieldRowPanel(
            [FieldPanel("time_value"), FieldPanel("time_unit")], heading=_("Waktu penyelesaian")
        ),
        FieldRowPanel(
            [FieldPanel("fee_amount"), FieldPanel("fee_legal_basis")], heading=_("Biaya")
        ),
        FieldPanel("product"),
        FieldPanel("complaints"),
        InlinePanel("downloadable_forms", heading=_("Formulir unduhan"), label=_("Formulir")),
        FieldPanel("last_reviewed"),
        FieldPanel("featured"),
        FieldPanel("accepts_online_requests"),
    ]
    internal_panels = [FieldPanel(name) for name in INTERNAL_COMPONENTS]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Layanan")),
            ObjectList(internal_panels, heading=_("Standar internal (tidak tampil publik)")),
            ObjectList(BasePage.promote_panels, heading=_("Promosi")),
        ]
    )

    api_fields = [
        APIField("summary"),
        APIField("kind"),
        APIField("topics", serializer=TopicSerializer(many=True)),
        APIField("handled_at"),
        APIField("responsible_unit"),
        APIField("requirements"),
        APIField("procedure"),
        APIField("time_value"),
        APIField("time_unit"),
        APIField("time_display"),
        APIField("fee_amount"),
        APIField("fee_display"),
        APIField("fee_legal_basis"),
        APIField("product"),
        APIField("complaints"),
        APIField("downloadable_forms", serializer=ServiceDocumentSerializer(many=True)),
        APIField("last_reviewed"),
    ]

    class Meta:
        verbose_name = _("layanan")
        verbose_name_plural = _("layanan")

    def clean(self):
        """At least one requirement and one step; a fee needs its legal basis."""
        super().clean()
        errors = {}
        # StreamField's min_num is enforced by the admin form only; check here
        # too so imports and scripts cannot save a service without them.
        if not len(self.requirements or []):
            errors["requirements"] = _("Isi minimal satu persyaratan.")
        if not len(self.procedure or []):
            errors["procedure"] = _("Isi minimal satu langkah prosedur.")
        if self.fee_amount and not self.fee_legal_basis.strip():
            errors["fee_legal_basis"] = _(
                "Layanan berbayar wajib mencantumkan dasar hukum biayanya."
            )
        if errors:
            raise ValidationError(errors)

    def get_meta_description(self) -> str:
        """The search description if set, else the plain-language summary."""
        return self.search_description or self.summary

    @property
    def is_free(self) -> bool:
        return self.fee_amount == 0

    @property
    def fee_display(self) -> str:
        """ "Gratis" for 0, otherwise the amount in rupiah."""
        return str(_("Gratis")) if self.is_free else format_rupiah(self.fee_amount)

    @property
    def time_display(self) -> str:
        """E.g. "15 menit" or "1 hari kerja"."""
        return f"{self.time_value} {TimeUnit(self.time_unit).label}"

    @property
    def handled_at_village(self) -> bool:
        """True if village offices handle it, so village sites show it."""
        return self.handled_at in (HandledAt.DESA, HandledAt.BOTH)

    def get_context(self, request, *args, village_index=None, **kwargs):
        """Add the office that serves the reader: this site's own profile.

        ``village_index`` is given when a village shows this shared service
        (``VillageServiceIndexPage``), so its URL and local note are used.
        """
        context = super().get_context(request, *args, **kwargs)
        context.update(rendering.service_context(request, self, village_index=village_index))
        return context

    @path("")
    def service(self, request):
        """The service page itself."""
        return self.render(request)

    @path("cetak/")
    def printable(self, request):
        """A one-page "what to bring" checklist, for printing on A4."""
        return self.render(request, template="services/service_page_print.html")


class ServiceForm(Orderable):
    """A form to download for a service (e.g. formulir F-1.15)."""

    page = ParentalKey(ServicePage, on_delete=models.CASCADE, related_name="downloadable_forms")
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("berkas"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Pilih atau unggah berkas formulir, sebaiknya PDF."),
    )
    title = models.CharField(
        _("judul"),
        max_length=160,
        blank=True,
        help_text=_("Kosongkan untuk memakai judul berkas. Contoh: Formulir F-1.15"),
    )

    panels = [FieldPanel("document"), FieldPanel("title")]

    class Meta(Orderable.Meta):
        verbose_name = _("formulir unduhan")
        verbose_name_plural = _("formulir unduhan")

    @property
    def display_title(self) -> str:
        return self.title or self.document.title
