"""``ProfilePage``: who governs the kecamatan or village, and how it came to be."""

import re

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Orderable
from wagtail.search import index

from cms.models import BasePage, SiteProfile
from profiles.blocks import MissionStreamBlock
from profiles.serializers import LeaderSerializer, OfficialSerializer, RichTextHTMLField

HISTORY_FEATURES = ["bold", "italic", "link", "ol", "ul"]
WELCOME_FEATURES = ["bold", "italic", "link"]
# A starting-text prompt still in place: "[Tambahkan … .]".
PROMPT = re.compile(r"\[[^\]]{3,}\.\]")
# Starting text of a new profile page: prompts in brackets for the operator to replace.
STARTING_WELCOME = _(
    "<p>Selamat datang di situs resmi kami. Melalui situs ini warga dapat membaca berita, "
    "pengumuman, dan syarat layanan. [Tambahkan satu atau dua kalimat sambutan.]</p>"
)
STARTING_HISTORY = _(
    "<p><b>Asal-usul nama:</b> [Dari mana nama wilayah ini berasal.]</p>"
    "<p><b>Berdiri:</b> [Tahun berdiri atau pemekaran, dan dari wilayah mana.]</p>"
    "<p><b>Pemimpin dari masa ke masa:</b> [Nama dan masa jabatan.]</p>"
)


class ProfilePage(BasePage):
    """The site's profile, at ``/profil/``: welcome, history, vision and mission,
    officials, organisation chart.

    The leader's name, title and photo are not fields here: they come from
    the site's ``SiteProfile`` (Pengaturan › Profil situs), so the home page,
    the profile and the API always agree. The officials list doubles as the
    text version of the organisation chart image.
    """

    welcome = RichTextField(
        _("sambutan pimpinan"),
        features=WELCOME_FEATURES,
        blank=True,
        help_text=_(
            "Kata sambutan dari camat, kepala desa, atau lurah. Nama, jabatan, dan fotonya "
            "diambil dari Pengaturan › Profil situs. Contoh: Selamat datang di situs resmi "
            "Desa Karangan. Melalui situs ini kami ingin…"
        ),
    )
    history = RichTextField(
        _("sejarah"),
        features=HISTORY_FEATURES,
        blank=True,
        help_text=_(
            "Sejarah singkat wilayah, beberapa paragraf. Contoh: asal-usul nama, tahun "
            "berdiri atau pemekaran, dan tokoh yang pernah memimpin."
        ),
    )
    vision = models.TextField(
        _("visi"),
        blank=True,
        help_text=_(
            "Satu kalimat cita-cita yang ingin dicapai. Contoh: Terwujudnya Desa Karangan yang "
            "maju, mandiri, dan sejahtera."
        ),
    )
    mission = StreamField(
        MissionStreamBlock(),
        blank=True,
        verbose_name=_("misi"),
        help_text=_("Butir-butir misi, satu per blok, berurutan dari yang pertama."),
    )
    org_chart = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("bagan struktur organisasi"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Gambar bagan organisasi, misalnya hasil pindaian atau foto bagan resmi."),
    )
    org_chart_alt = models.CharField(
        _("keterangan bagan untuk pembaca layar"),
        max_length=300,
        blank=True,
        help_text=_(
            "Wajib diisi bila ada gambar bagan: ringkasan isi bagan dalam satu atau dua "
            "kalimat, untuk warga tunanetra. Contoh: Bagan organisasi Pemerintah Desa "
            "Karangan: Kepala Desa membawahi Sekretaris Desa, tiga Kepala Urusan, dan tiga "
            "Kepala Seksi."
        ),
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                HelpPanel(
                    _(
                        "Nama, jabatan, dan foto pimpinan diambil dari Pengaturan › Profil "
                        "situs, tab Pimpinan. Ubah di sana, bukan di sini."
                    )
                ),
                FieldPanel("welcome"),
            ],
            heading=_("Sambutan pimpinan"),
        ),
        FieldPanel("history"),
        MultiFieldPanel([FieldPanel("vision"), FieldPanel("mission")], heading=_("Visi dan misi")),
        InlinePanel(
            "officials",
            heading=_("Pejabat dan perangkat"),
            label=_("Pejabat"),
            help_text=_(
                "Pejabat selain pimpinan, urut dari atas ke bawah. Pimpinan sudah tampil "
                "otomatis di urutan pertama dari Profil situs."
            ),
        ),
        MultiFieldPanel(
            [FieldPanel("org_chart"), FieldPanel("org_chart_alt")],
            heading=_("Bagan struktur organisasi"),
        ),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("welcome"),
        index.SearchField("history"),
        index.SearchField("vision"),
        index.SearchField("mission"),
        index.RelatedFields(
            "officials", [index.SearchField("name"), index.SearchField("position")]
        ),
    ]
    api_fields = [
        APIField("welcome", serializer=RichTextHTMLField()),
        APIField("leader", serializer=LeaderSerializer()),
        APIField("history", serializer=RichTextHTMLField()),
        APIField("vision"),
        APIField("mission_items"),
        APIField("officials", serializer=OfficialSerializer(many=True)),
        APIField("org_chart", serializer=ImageRenditionField("width-1200")),
        APIField("org_chart_alt"),
    ]

    image_alt_fields = (("org_chart", "org_chart_alt"),)
    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("profil")
        verbose_name_plural = _("profil")

    @property
    def mission_items(self) -> list[str]:
        """The mission's points as plain strings, in order."""
        return [str(block.value) for block in self.mission]

    @property
    def leader(self) -> SiteProfile | None:
        """The SiteProfile of this page's site (leader name, title, photo), or None."""
        site = self.get_site()
        return SiteProfile.for_site(site) if site else None

    def clean(self):
        """Publishing needs the starting text's bracketed prompts replaced; drafts may keep them."""
        super().clean()
        if self.defer_publish_checks:
            return
        errors = {
            name: _("Ganti dulu teks dalam kurung siku [ … ] dengan isi yang sebenarnya.")
            for name in ("welcome", "history")
            if PROMPT.search(getattr(self, name) or "")
        }
        if errors:
            raise ValidationError(errors)

    def get_starting_content(self) -> dict:
        """A welcome and a history outline for the operator to complete."""
        return {
            "welcome": str(STARTING_WELCOME),
            "history": str(STARTING_HISTORY),
        }

    def get_context(self, request, *args, **kwargs):
        """Add ``profile`` (the current site's SiteProfile, with the leader) and ``officials``."""
        context = super().get_context(request, *args, **kwargs)
        context["profile"] = SiteProfile.for_request(request)
        # Renditions prefetched with the photos: one query for all portraits.
        context["officials"] = self.officials.select_related("photo").prefetch_related(
            "photo__renditions"
        )
        return context

    def get_meta_description(self) -> str:
        """The search description, else the vision, else the start of the history."""
        text = self.search_description or self.vision or strip_tags(self.history)
        return Truncator(text).words(30)

    def get_social_image(self):
        """The chosen sharing image, else the organisation chart."""
        return self.social_image or self.org_chart


class Official(Orderable):
    """One official and their position, shown in the page's order."""

    page = ParentalKey(ProfilePage, on_delete=models.CASCADE, related_name="officials")
    name = models.CharField(
        _("nama"),
        max_length=120,
        help_text=_("Nama lengkap dengan gelar. Contoh: Siti Aminah, S.E."),
    )
    position = models.CharField(
        _("jabatan"),
        max_length=120,
        help_text=_("Contoh: Sekretaris Desa, Kepala Seksi Pemerintahan"),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Boleh dikosongkan. Isi kolom 'deskripsi' gambar dengan keterangan foto. "
            "Contoh: Siti Aminah memakai seragam dinas di depan kantor desa."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("position"), FieldPanel("photo")]

    class Meta(Orderable.Meta):
        verbose_name = _("pejabat")
        verbose_name_plural = _("pejabat")

    def __str__(self):
        return f"{self.name} ({self.position})"

    @property
    def photo_alt(self) -> str:
        """Alt text of the photo: the image's description, else "Foto <name>"."""
        if self.photo is None:
            return ""
        return getattr(self.photo, "description", "") or _("Foto %(name)s") % {"name": self.name}
