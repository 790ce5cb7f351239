"""A local product: what it is, who makes it, what it costs and how to order it."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel, TitleFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.search import index

from cms.blocks import BaseStreamBlock
from cms.models import BasePage
from cms.models.site_settings import phone_validator
from cms.money import format_rupiah
from tenants import scoping
from umkm.prices import price_range_display
from umkm.serializers import ProductPhotoField, ProductTenantSerializer
from umkm.whatsapp import validate_whatsapp, whatsapp_link


class ProductCategory(models.TextChoices):
    """The fixed product categories; the values appear in ``?kategori=`` links."""

    FOOD = "makanan-minuman", _("Makanan & Minuman")
    CRAFT = "kerajinan", _("Kerajinan")
    FARMING = "pertanian-perkebunan", _("Pertanian & Perkebunan")
    FISHERIES = "perikanan", _("Perikanan")
    LIVESTOCK = "peternakan", _("Peternakan")
    SERVICES = "jasa", _("Jasa")
    TOURISM = "wisata", _("Wisata")
    OTHER = "lainnya", _("Lainnya")


price_validator = MinValueValidator(0, message=_("Harga tidak boleh kurang dari 0."))
instagram_validator = RegexValidator(
    r"^@?[A-Za-z0-9._]{1,30}$",
    _("Tulis nama akun Instagram saja, tanpa spasi. Contoh: @kwtmawar.karangan"),
)


class ProductPage(BasePage):
    """One product of a village (or of the kecamatan itself), under its UMKM index.

    The place it comes from is not a field: it is the site the page lives on
    (``tenant``), so a product cannot claim another village. Publishing
    requires a photo with alt text, taken from ``photo_alt`` or else from the
    image's own description.
    """

    producer = models.CharField(
        _("nama produsen atau usaha"),
        max_length=120,
        help_text=_("Kelompok, usaha, atau orang yang membuat produk. Contoh: KWT Mawar"),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto produk"),
        null=True,
        blank=False,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Foto yang jelas dan terang. Sebaiknya mendatar (lanskap)."),
    )
    photo_alt = models.CharField(
        _("teks alternatif foto"),
        max_length=200,
        blank=True,
        help_text=_(
            "Jelaskan isi foto untuk pembaca yang tidak bisa melihatnya. Boleh dikosongkan "
            "jika deskripsi gambar sudah diisi. Contoh: Kopi bubuk dalam kemasan 250 gram"
        ),
    )
    summary = models.TextField(
        _("deskripsi singkat"),
        max_length=300,
        help_text=_(
            "Satu atau dua kalimat yang tampil di daftar produk. Contoh: Kopi robusta petik "
            "merah dari kebun warga, disangrai dan digiling sendiri."
        ),
    )
    body = StreamField(
        BaseStreamBlock(),
        blank=True,
        verbose_name=_("keterangan lengkap"),
        help_text=_("Boleh dikosongkan. Contoh: cara pembuatan, ukuran kemasan, cara pesan."),
    )
    category = models.CharField(
        _("kategori"),
        max_length=30,
        choices=ProductCategory.choices,
        help_text=_("Pilih yang paling cocok. Contoh: Makanan & Minuman untuk keripik nanas"),
    )
    price_min = models.PositiveIntegerField(
        _("harga terendah (rupiah)"),
        null=True,
        blank=True,
        validators=[price_validator],
        help_text=_("Angka saja, tanpa titik. Contoh: 25000. Kosongkan jika harga tidak tetap."),
    )
    price_max = models.PositiveIntegerField(
        _("harga tertinggi (rupiah)"),
        null=True,
        blank=True,
        validators=[price_validator],
        help_text=_("Isi sama dengan harga terendah jika harganya satu. Contoh: 40000"),
    )
    unit = models.CharField(
        _("satuan"),
        max_length=40,
        blank=True,
        help_text=_("Harga itu untuk berapa. Contoh: per kg, per bungkus 250 g, per buah"),
    )
    whatsapp = models.CharField(
        _("nomor WhatsApp"),
        max_length=20,
        validators=[validate_whatsapp],
        help_text=_("Nomor WhatsApp penjual untuk pemesanan. Contoh: 0812-3456-7890"),
    )
    phone = models.CharField(
        _("telepon lain"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("Boleh dikosongkan. Contoh: 0713-322110"),
    )
    instagram = models.CharField(
        _("akun Instagram"),
        max_length=31,
        blank=True,
        validators=[instagram_validator],
        help_text=_("Boleh dikosongkan. Contoh: @kwtmawar.karangan"),
    )
    marketplace_url = models.URLField(
        _("tautan toko online"),
        blank=True,
        help_text=_("Alamat toko di marketplace, jika ada. Contoh: https://shopee.co.id/kwtmawar"),
    )
    featured = models.BooleanField(
        _("produk unggulan"),
        default=False,
        help_text=_("Centang agar produk ini didahulukan di beranda."),
    )

    content_panels = [
        TitleFieldPanel(
            "title",
            heading=_("Nama produk"),
            help_text=_("Contoh: Kopi Robusta Bubuk"),
        ),
        FieldPanel("producer"),
        FieldPanel("category"),
        MultiFieldPanel(
            [FieldPanel("photo"), FieldPanel("photo_alt")],
            heading=_("Foto"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("price_min"), FieldPanel("price_max")]),
                FieldPanel("unit"),
            ],
            heading=_("Harga"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("whatsapp"),
                FieldPanel("phone"),
                FieldPanel("instagram"),
                FieldPanel("marketplace_url"),
            ],
            heading=_("Kontak penjual"),
        ),
        FieldPanel("featured"),
        FieldPanel("body"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("producer"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.AutocompleteField("producer"),
        index.FilterField("category"),
    ]

    api_fields = [
        APIField("producer"),
        APIField("summary"),
        APIField("body"),
        APIField("category"),
        APIField("category_label"),
        APIField("price_min"),
        APIField("price_max"),
        APIField("price_display"),
        APIField("unit"),
        APIField("whatsapp_url"),
        APIField("phone"),
        APIField("instagram_url"),
        APIField("marketplace_url"),
        APIField("photo", serializer=ProductPhotoField("width-800")),
        APIField("thumbnail", serializer=ProductPhotoField("fill-400x300")),
        APIField("village", serializer=ProductTenantSerializer(source="tenant")),
    ]

    image_alt_fields = (("photo", "photo_alt"),)
    parent_page_types = ["umkm.UmkmIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("produk UMKM")
        verbose_name_plural = _("produk UMKM")

    def clean(self):
        """Prices must form a range (max ≥ min); alt text is checked by ``BasePage``."""
        super().clean()
        errors = {}
        if (
            self.price_min is not None
            and self.price_max is not None
            and self.price_max < self.price_min
        ):
            errors["price_max"] = _(
                "Harga tertinggi (%(max)s) tidak boleh lebih kecil dari harga terendah (%(min)s)."
            ) % {"max": format_rupiah(self.price_max), "min": format_rupiah(self.price_min)}
        if errors:
            raise ValidationError(errors)

    @property
    def photo_alt_text(self) -> str:
        """Alt text of the photo: ``photo_alt``, else the image's description, else ""."""
        if self.photo_alt.strip():
            return self.photo_alt.strip()
        if self.photo is None:
            return ""
        return (getattr(self.photo, "description", "") or "").strip()

    @property
    def category_label(self) -> str:
        """The category's name, e.g. "Makanan & Minuman"."""
        return str(self.get_category_display())

    @property
    def price_display(self) -> str:
        """The price range for readers, e.g. "Rp25.000–Rp40.000" or "Hubungi penjual"."""
        return price_range_display(self.price_min, self.price_max)

    @property
    def price_with_unit(self) -> str:
        """The price with its unit, e.g. "Rp25.000 per kg"; no unit without a price."""
        if self.price_min is None and self.price_max is None:
            return self.price_display
        return f"{self.price_display} {self.unit}".strip()

    @property
    def phone_link(self) -> str:
        """A ``tel:`` link for the other phone number, or ""."""
        number = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{number}" if number else ""

    def get_whatsapp_message(self) -> str:
        """The message prefilled in the reader's WhatsApp when they tap "Pesan"."""
        return gettext(
            "Halo %(producer)s, saya tertarik dengan produk %(product)s. Apakah masih tersedia?"
        ) % {"producer": self.producer, "product": self.title}

    @property
    def whatsapp_url(self) -> str:
        """``https://wa.me/62…?text=…`` for the seller's number, or "" without one."""
        return whatsapp_link(self.whatsapp, self.get_whatsapp_message())

    @property
    def instagram_handle(self) -> str:
        """The Instagram account as people write it, "@name", or ""."""
        handle = self.instagram.strip().lstrip("@")
        return f"@{handle}" if handle else ""

    @property
    def instagram_url(self) -> str:
        """The seller's Instagram profile address, or ""."""
        handle = self.instagram.strip().lstrip("@")
        return f"https://www.instagram.com/{handle}/" if handle else ""

    @cached_property
    def tenant(self):
        """The village (or kecamatan) whose site holds this product; None outside a tenant.

        One query; listings label many products at once with
        ``tenants.scoping.label_pages`` instead.
        """
        if not self.path:
            return None
        return scoping.tenant_of_page(self)

    def get_meta_description(self) -> str:
        """The search description, else the short description."""
        return self.search_description or self.summary

    def get_social_image(self):
        """The chosen sharing image, else the product photo."""
        return self.social_image or self.photo
