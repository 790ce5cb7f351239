"""``ServicePledgePage``: the maklumat pelayanan every provider must publish."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel

from cms.models import BasePage

STANDARD_PLEDGE = (
    "Dengan ini, kami menyatakan sanggup menyelenggarakan pelayanan sesuai standar "
    "pelayanan yang telah ditetapkan dan apabila tidak menepati janji ini, kami siap "
    "menerima sanksi sesuai peraturan perundang-undangan yang berlaku."
)


class ServicePledgePage(BasePage):
    """The written pledge to deliver every service to its standard (UU 25/2009 Art. 22)."""

    # The pledge itself describes the page in search results and share previews.
    description_fields = ("pledge",)

    pledge = models.TextField(
        _("isi maklumat"),
        default=STANDARD_PLEDGE,
        help_text=_(
            "Kalimat janji pelayanan; sudah terisi rumusan baku. Contoh: Dengan ini kami "
            "menyatakan sanggup menyelenggarakan pelayanan sesuai standar pelayanan."
        ),
    )
    signed_place = models.CharField(
        _("tempat penandatanganan"), max_length=80, blank=True, help_text=_("Contoh: Prabumulih")
    )
    signed_on = models.DateField(
        _("tanggal penandatanganan"),
        null=True,
        blank=True,
        help_text=_("Tanggal maklumat ditandatangani."),
    )
    signatory_name = models.CharField(
        _("nama penanda tangan"),
        max_length=120,
        blank=True,
        help_text=_("Contoh: Drs. H. Ahmad Syarif, M.Si."),
    )
    signatory_title = models.CharField(
        _("jabatan penanda tangan"), max_length=120, blank=True, help_text=_("Contoh: Camat")
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("pledge"),
        FieldPanel("signed_place"),
        FieldPanel("signed_on"),
        FieldPanel("signatory_name"),
        FieldPanel("signatory_title"),
    ]
    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("maklumat pelayanan")
        verbose_name_plural = _("maklumat pelayanan")
