"""``ContactPage``: how to reach the office, from the site's own contact settings."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, HelpPanel, InlinePanel
from wagtail.api import APIField
from wagtail.models import Orderable
from wagtail.search import index

from cms.jsonld import as_script
from cms.models import BasePage, SiteProfile
from cms.models.site_settings import phone_validator
from profiles.jsonld import government_office
from profiles.serializers import ExtraContactSerializer, OfficeSerializer

SOCIAL_FIELDS = [
    ("facebook_url", "Facebook"),
    ("instagram_url", "Instagram"),
    ("youtube_url", "YouTube"),
    ("tiktok_url", "TikTok"),
    ("x_url", "X (Twitter)"),
]


def social_links(profile: SiteProfile) -> list[tuple[str, str]]:
    """``[(network name, url), …]`` for every social account the profile lists."""
    return [
        (label, getattr(profile, name)) for name, label in SOCIAL_FIELDS if getattr(profile, name)
    ]


class ContactPage(BasePage):
    """The contact page, at ``/kontak/``.

    Address, phone, WhatsApp, e-mail, office hours, social accounts and the
    map link are read from the site's ``SiteProfile``, so they are written
    once and agree with the footer and the API. The page adds an optional
    intro and extra contacts (e.g. the village midwife). The map is a plain
    link, not an embedded map: nothing heavy, no third-party script.
    """

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_(
            "Boleh dikosongkan. Contoh: Silakan datang pada jam pelayanan, atau hubungi kami "
            "lewat WhatsApp untuk menanyakan persyaratan."
        ),
    )

    content_panels = BasePage.content_panels + [
        HelpPanel(
            _(
                "Alamat, telepon, WhatsApp, email, jam pelayanan, media sosial, dan tautan peta "
                "diambil dari Pengaturan › Profil situs, tab Kontak. Ubah di sana."
            )
        ),
        FieldPanel("intro"),
        InlinePanel("extra_contacts", heading=_("Kontak lain"), label=_("Kontak")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.RelatedFields("extra_contacts", [index.SearchField("label")]),
    ]
    api_fields = [
        APIField("intro"),
        APIField("office", serializer=OfficeSerializer()),
        APIField("extra_contacts", serializer=ExtraContactSerializer(many=True)),
    ]

    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("kontak")
        verbose_name_plural = _("kontak")

    @property
    def office(self) -> SiteProfile | None:
        """The SiteProfile of this page's site, or None when the page is not routable."""
        site = self.get_site()
        return SiteProfile.for_site(site) if site else None

    def get_context(self, request, *args, **kwargs):
        """Add ``profile``, ``social_links``, ``extra_contacts`` and ``jsonld``."""
        context = super().get_context(request, *args, **kwargs)
        profile = SiteProfile.for_request(request)
        extra_contacts = list(self.extra_contacts.all())
        site_url = request.build_absolute_uri("/")
        data = government_office(
            profile,
            url=site_url,
            page_url=request.build_absolute_uri(self.get_url(request)),
            social=[url for _label, url in social_links(profile)],
            extra_contacts=extra_contacts,
        )
        context.update(
            profile=profile,
            social_links=social_links(profile),
            extra_contacts=extra_contacts,
            jsonld=as_script(data),
        )
        return context

    def get_meta_description(self) -> str:
        """The search description, else the intro, else a sentence built from the address."""
        if self.search_description:
            return self.search_description
        if self.intro:
            return Truncator(self.intro).words(30)
        office = self.office
        if office and office.address:
            return _("Alamat dan kontak %(name)s: %(address)s") % {
                "name": office.display_name,
                "address": office.address,
            }
        return ""


class ExtraContact(Orderable):
    """A further contact on the contact page: who, and a phone number or e-mail."""

    page = ParentalKey(ContactPage, on_delete=models.CASCADE, related_name="extra_contacts")
    label = models.CharField(
        _("nama kontak"),
        max_length=120,
        help_text=_("Siapa atau bagian apa. Contoh: Bidan desa, Babinsa, Loket PATEN"),
    )
    phone = models.CharField(
        _("telepon"),
        max_length=20,
        blank=True,
        validators=[phone_validator],
        help_text=_("Contoh: 0812-7000-1234"),
    )
    email = models.EmailField(_("email"), blank=True, help_text=_("Contoh: pkk@karangan.desa.id"))

    panels = [FieldPanel("label"), FieldPanel("phone"), FieldPanel("email")]

    class Meta(Orderable.Meta):
        verbose_name = _("kontak lain")
        verbose_name_plural = _("kontak lain")

    def __str__(self):
        return self.label

    def clean(self):
        """A contact needs at least a phone number or an e-mail address."""
        super().clean()
        if not self.phone and not self.email:
            raise ValidationError(_("Isi nomor telepon atau email untuk kontak ini."))

    @property
    def phone_link(self) -> str:
        """A ``tel:`` URL for the phone number, or ""."""
        digits = "".join(ch for ch in self.phone if ch.isdigit() or ch == "+")
        return f"tel:{digits}" if digits else ""
