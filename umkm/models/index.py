"""The "Potensi dan UMKM" section of a kecamatan or village site."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index

from cms.models import BasePage


class UmkmIndexPage(BasePage):
    """The product list of a site, at ``/umkm/``.

    A village lists its own products. A kecamatan portal lists its own and
    those of all its villages, each labelled with its village and linked to
    its page on the village's own host; never another kecamatan's. Readers
    narrow the list with ``?kategori=<category>`` and, on a portal,
    ``?desa=<village home slug>``. See ``umkm.listing``.
    """

    products_per_page = 12

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_(
            "Satu atau dua kalimat di atas daftar produk. Contoh: Produk unggulan warga "
            "Desa Karangan: kopi, gula aren, dan karet. Hubungi penjual lewat WhatsApp."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = ["umkm.ProductPage"]
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("potensi dan UMKM")
        verbose_name_plural = _("potensi dan UMKM")

    def get_context(self, request, *args, **kwargs):
        """Add the filtered, paginated, labelled products of this request's scope."""
        from umkm import listing

        context = super().get_context(request, *args, **kwargs)
        context.update(listing.index_context(request, per_page=self.products_per_page))
        return context

    def get_meta_description(self) -> str:
        """The search description, else the introduction."""
        return self.search_description or self.intro
