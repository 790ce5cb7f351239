"""Per-site settings: identity, contact and leader of each kecamatan or village site."""

from django.core.validators import RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList, TabbedInterface
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting

from cms.forms import BaseAdminModelForm


class LeaderTitle(models.TextChoices):
    """Official title of the person who leads a kecamatan, kelurahan or desa."""

    CAMAT = "camat", _("Camat")
    LURAH = "lurah", _("Lurah")
    KEPALA_DESA = "kepala_desa", _("Kepala Desa")


hex_colour_validator = RegexValidator(
    r"^#[0-9a-fA-F]{6}$", _("Tulis warna sebagai kode hex enam digit, misalnya #1b5e20.")
)
phone_validator = RegexValidator(
    r"^\+?[0-9 ()-]{6,20}$", _("Tulis nomor telepon dengan angka, misalnya 0713-322110.")
)


@register_setting(icon="site")
class SiteProfile(BaseSiteSetting):
    """Branding, public contact and leader of one site.

    Onboarding creates one per site, so templates and the API can rely on it.
    """

    # Its image choosers are checked against the editor's reach on save.
    base_form_class = BaseAdminModelForm

    display_name = models.CharField(
        _("nama situs"),
        max_length=120,
        help_text=_("Nama yang tampil di kepala halaman. Contoh: Kecamatan Rambang Kapak Tengah"),
    )
    tagline = models.CharField(
        _("slogan"),
        max_length=160,
        blank=True,
        help_text=_("Satu kalimat pendek di bawah nama. Contoh: Melayani dengan sepenuh hati"),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Logo resmi, sebaiknya gambar persegi berlatar polos."),
    )
    brand_colour = models.CharField(
        _("warna utama"),
        max_length=7,
        default="#1b5e20",
        validators=[hex_colour_validator],
        help_text=_("Warna kepala halaman dan tautan. Contoh: #1b5e20 (hijau tua)"),
    )

    address = models.TextField(
        _("alamat kantor"),
        blank=True,
        help_text=_("Contoh: Jl. Raya Prabumulih–Baturaja Km 15, Kecamatan Rambang Kapak Tengah"),
    )
    phone = models.CharField(
        _("telepon"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("Contoh: 0713-322110"),
    )
    whatsapp = models.CharField(
        _("WhatsApp"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("Nomor WhatsApp layanan, dengan kode negara. Contoh: +62 812-7000-1234"),
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Contoh: kecamatan.rkt@prabumulihkota.go.id")
    )
    office_hours = models.CharField(
        _("jam pelayanan"),
        max_length=200,
        blank=True,
        help_text=_("Contoh: Senin–Kamis 08.00–15.30, Jumat 08.00–11.30 WIB"),
    )
    map_url = models.URLField(
        _("tautan peta"),
        blank=True,
        help_text=_(
            "Tautan lokasi kantor di peta, dari OpenStreetMap atau Google Maps. Contoh: "
            "https://maps.app.goo.gl/AbCdEf123"
        ),
    )
    complaint_url = models.URLField(
        _("tautan halaman pengaduan"),
        blank=True,
        help_text=_(
            "Alamat halaman pengaduan situs ini, ditampilkan di setiap halaman layanan. "
            "Contoh: https://rkt.prabumulihkota.go.id/pengaduan/"
        ),
    )
    facebook_url = models.URLField(
        _("Facebook"),
        blank=True,
        help_text=_("Boleh dikosongkan. Contoh: https://www.facebook.com/desakarangan"),
    )
    instagram_url = models.URLField(
        _("Instagram"),
        blank=True,
        help_text=_("Boleh dikosongkan. Contoh: https://www.instagram.com/desakarangan/"),
    )
    youtube_url = models.URLField(
        _("YouTube"),
        blank=True,
        help_text=_("Boleh dikosongkan. Contoh: https://www.youtube.com/@desakarangan"),
    )
    tiktok_url = models.URLField(
        _("TikTok"),
        blank=True,
        help_text=_("Boleh dikosongkan. Contoh: https://www.tiktok.com/@desakarangan"),
    )
    x_url = models.URLField(
        _("X (Twitter)"),
        blank=True,
        help_text=_("Boleh dikosongkan. Contoh: https://x.com/desakarangan"),
    )

    leader_title = models.CharField(
        _("jabatan pimpinan"),
        max_length=20,
        choices=LeaderTitle.choices,
        default=LeaderTitle.KEPALA_DESA,
        help_text=_("Kepala desa untuk desa, lurah untuk kelurahan, camat untuk kecamatan."),
    )
    leader_name = models.CharField(
        _("nama pimpinan"),
        max_length=120,
        blank=True,
        help_text=_("Nama lengkap dengan gelar. Contoh: Drs. H. Ahmad Syarif, M.Si."),
    )
    leader_photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("foto pimpinan"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_(
            "Foto resmi, tegak. Isi teks alternatif gambar saat mengunggah, misalnya: Kepala "
            "Desa Karangan berseragam dinas."
        ),
    )

    identity_panels = [
        FieldPanel("display_name"),
        FieldPanel("tagline"),
        FieldPanel("logo"),
        FieldPanel("brand_colour"),
    ]
    contact_panels = [
        FieldPanel("address"),
        FieldPanel("phone"),
        FieldPanel("whatsapp"),
        FieldPanel("email"),
        FieldPanel("office_hours"),
        FieldPanel("map_url"),
        FieldPanel("complaint_url"),
        MultiFieldPanel(
            [
                FieldPanel("facebook_url"),
                FieldPanel("instagram_url"),
                FieldPanel("youtube_url"),
                FieldPanel("tiktok_url"),
                FieldPanel("x_url"),
            ],
            heading=_("Media sosial"),
        ),
    ]
    leader_panels = [
        FieldPanel("leader_title"),
        FieldPanel("leader_name"),
        FieldPanel("leader_photo"),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(identity_panels, heading=_("Identitas")),
            ObjectList(contact_panels, heading=_("Kontak")),
            ObjectList(leader_panels, heading=_("Pimpinan")),
        ]
    )

    class Meta:
        verbose_name = _("profil situs")
        verbose_name_plural = _("profil situs")

    def __str__(self):
        return self.display_name

    @property
    def whatsapp_link(self) -> str:
        """A wa.me link for the WhatsApp number, or "" when there is none."""
        digits = "".join(ch for ch in self.whatsapp if ch.isdigit())
        if digits.startswith("0"):
            digits = "62" + digits[1:]
        return f"https://wa.me/{digits}" if digits else ""
