"""News: one index per site, at ``/berita/``, holding that site's articles.

The index lists the site's own news; a kecamatan portal's index can also
show its villages' news, labelled (``?desa=semua`` or ``?desa=<slug>``). It
also serves the site's RSS and Atom feeds. Every query goes through
``news.listing``, which starts from ``tenants.scoping``.
"""

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.rich_text import RichText
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.forms import BasePageForm
from cms.models import BasePage, title_panel
from cms.summaries import summary_from_body


class NewsCategory(models.TextChoices):
    """The fixed list of news categories, the same on every site.

    A fixed list rather than a snippet: snippets are global, so one village's
    categories would show up in every other village's admin.
    """

    UMUM = "umum", _("Umum")
    PEMERINTAHAN = "pemerintahan", _("Pemerintahan")
    PEMBANGUNAN = "pembangunan", _("Pembangunan")
    KESEHATAN = "kesehatan", _("Kesehatan")
    PENDIDIKAN = "pendidikan", _("Pendidikan")
    SOSIAL = "sosial", _("Sosial")
    EKONOMI = "ekonomi", _("Ekonomi")
    PERTANIAN = "pertanian", _("Pertanian")
    KEGIATAN_WARGA = "kegiatan-warga", _("Kegiatan Warga")
    KEAMANAN = "keamanan", _("Keamanan")


class NewsIndexPage(RoutablePageMixin, BasePage):
    """The site's news, at ``/berita/``: newest first, 10 per page, with feeds.

    Routes: ``/`` the listing (``?page=``, ``?kategori=``, and on a portal
    ``?desa=``), ``/rss/`` and ``/atom/`` the site's own news as feeds.
    """

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_(
            "Satu kalimat di atas daftar berita. Contoh: Kabar terbaru kegiatan pemerintah "
            "dan warga Desa Karangan."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = ["news.NewsPage"]
    max_count_per_parent = 1

    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    class Meta:
        verbose_name = _("daftar berita")
        verbose_name_plural = _("daftar berita")

    def get_meta_description(self) -> str:
        """The search description, else the intro."""
        return self.search_description or self.intro

    @path("")
    def listing(self, request):
        """The paginated, filterable list of news (see ``news.listing.listing_context``)."""
        from news import listing

        return self.render(request, context_overrides=listing.listing_context(request, self))

    @path("rss/", name="rss")
    def rss_feed(self, request):
        """The site's latest news as RSS 2.0."""
        from django.utils.feedgenerator import Rss201rev2Feed

        from news import feeds

        return feeds.news_feed(request, self, Rss201rev2Feed)

    @path("atom/", name="atom")
    def atom_feed(self, request):
        """The site's latest news as Atom 1.0."""
        from django.utils.feedgenerator import Atom1Feed

        from news import feeds

        return feeds.news_feed(request, self, Atom1Feed)


class NewsPageForm(BasePageForm):
    """The news form: a summary the operator never touched follows the body's changes."""

    def clean(self):
        """Clear a summary that is still the one derived from the old body, to derive anew."""
        cleaned_data = super().clean()
        summary = (cleaned_data.get("summary") or "").strip()
        if summary and self.instance.pk and summary == summary_from_body(self.instance.body):
            cleaned_data["summary"] = ""
        return cleaned_data


class NewsPage(BasePage):
    """One news article: title, date, a lead photo with alt text, and the text.

    Everything else is optional with a sensible default: the category is
    "Umum", and an empty summary is derived from the body's first sentences
    when the page is validated or saved (``summary_from_body``), so lists,
    feeds, meta tags and the API always have one.
    """

    date = models.DateField(
        _("tanggal berita"),
        default=timezone.localdate,
        help_text=_("Tanggal kejadian atau terbit. Berita terbaru tampil paling atas."),
    )
    category = models.CharField(
        _("kategori"),
        max_length=20,
        choices=NewsCategory.choices,
        default=NewsCategory.UMUM,
        help_text=_(
            "Boleh dibiarkan Umum. Pilih yang paling cocok. Contoh: Kesehatan untuk berita "
            "posyandu."
        ),
    )
    lead_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto utama"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Foto di atas berita dan di daftar berita. Sebaiknya foto mendatar. Saat "
            "mengunggah, isi kolom teks alternatif agar tidak perlu menulisnya lagi."
        ),
    )
    lead_image_alt = models.CharField(
        _("keterangan foto untuk tunanetra (teks alternatif)"),
        max_length=255,
        blank=True,
        help_text=_(
            "Jelaskan apa yang terlihat di foto, untuk pembaca yang tidak bisa melihatnya. "
            "Boleh dikosongkan bila deskripsi foto di Pustaka Gambar sudah diisi. Contoh: "
            "Kepala desa menyerahkan amplop BLT kepada seorang ibu lanjut usia."
        ),
    )
    lead_image_caption = models.CharField(
        _("keterangan foto"),
        max_length=255,
        blank=True,
        help_text=_(
            "Boleh dikosongkan. Tampil di bawah foto. Contoh: Penyaluran BLT di balai desa. "
            "Foto: Pemdes"
        ),
    )
    summary = models.TextField(
        _("ringkasan"),
        max_length=300,
        blank=True,
        help_text=_(
            "Boleh dikosongkan: kalimat pertama isi berita dipakai. Paling banyak 300 huruf; "
            "tampil di daftar berita dan saat dibagikan. Contoh: Sebanyak 45 keluarga menerima "
            "BLT Dana Desa tahap pertama."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("isi berita"),
        help_text=_(
            "Tulis beritanya: apa, siapa, kapan, di mana, dan mengapa. Contoh: Pada Senin "
            "(2/3), 45 keluarga menerima BLT Dana Desa di balai desa."
        ),
    )

    # The four things every article needs come first; the rest waits, folded, below.
    content_panels = [
        title_panel(_("Penyaluran BLT Dana Desa tahap pertama")),
        FieldPanel("date"),
        MultiFieldPanel(
            [FieldPanel("lead_image"), FieldPanel("lead_image_alt")],
            heading=_("Foto utama"),
        ),
        FieldPanel("body"),
        MultiFieldPanel(
            [
                FieldPanel("category"),
                FieldPanel("summary"),
                FieldPanel("lead_image_caption"),
            ],
            heading=_("Tambahan (boleh dilewati)"),
            classname="collapsed",
        ),
    ]
    image_alt_fields = (("lead_image", "lead_image_alt"),)
    base_form_class = NewsPageForm
    parent_page_types = ["news.NewsIndexPage"]
    subpage_types = []

    search_fields = BasePage.search_fields + [
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("summary"),
        index.FilterField("category"),
        index.FilterField("date"),
    ]
    api_fields = [
        APIField("date"),
        APIField("category"),
        APIField("category_label"),
        APIField("summary"),
        APIField("body"),
        APIField("lead_image", serializer=ImageRenditionField("fill-800x450")),
        APIField(
            "lead_image_thumbnail",
            serializer=ImageRenditionField("fill-400x225", source="lead_image"),
        ),
        APIField("lead_image_alt_text"),
        APIField("lead_image_caption"),
    ]

    class Meta:
        verbose_name = _("berita")
        verbose_name_plural = _("berita")

    @property
    def category_label(self) -> str:
        """The category as readers see it, e.g. "Kegiatan Warga"."""
        return str(self.get_category_display())

    @property
    def lead_image_alt_text(self) -> str:
        """Alt text of the lead photo: this page's own, else the image's description."""
        if not self.lead_image:
            return ""
        return self.lead_image_alt or self.lead_image.description

    def get_starting_content(self) -> dict:
        """One empty paragraph, so the operator types the text at once (no block menu)."""
        return {"body": [("paragraph", RichText(""))]}

    def fill_summary(self) -> None:
        """Derive an empty summary from the body's first sentences."""
        if not (self.summary or "").strip():
            self.summary = summary_from_body(self.body, max_chars=300)

    def clean(self):
        """Derive a missing summary; a lead photo needs alt text (see ``cms.alt_text``)."""
        self.fill_summary()
        super().clean()

    def save(self, *args, **kwargs):
        """Save, deriving a missing summary first (pages built in code skip ``clean``)."""
        self.fill_summary()
        return super().save(*args, **kwargs)

    @property
    def summary_is_written(self) -> bool:
        """Whether the summary says more than the body's opening (shown as a lead if so).

        A summary derived from the body repeats its first sentences; showing
        it above the body would print them twice.
        """
        summary = (self.summary or "").strip()
        return bool(summary) and summary != summary_from_body(self.body, max_chars=300)

    def get_meta_description(self) -> str:
        """The search description, else the summary."""
        return self.search_description or self.summary

    def get_social_image(self):
        """The chosen sharing image, else the lead photo."""
        return self.social_image or self.lead_image

    def get_context(self, request, *args, **kwargs):
        """Add ``index``, the news index this article belongs to, for the breadcrumb."""
        context = super().get_context(request, *args, **kwargs)
        context["index"] = self.get_parent()
        return context
