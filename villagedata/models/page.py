"""The public "Data Desa" / "Data Kecamatan" page of every tenant.

A village's page shows its own profile, population and APBDes; a
kecamatan's page shows the sums over its villages with a per-village
breakdown and the villages missing for the chosen period. Downloads in CSV
and JSON live under the page (``unduh/<dataset>/<csv|json>/``).
"""

from django.db import models
from django.http import Http404
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from cms.models import BasePage
from tenants import scoping

DEFAULT_LICENCE = "Creative Commons Atribusi 4.0 Internasional (CC BY 4.0)"
DEFAULT_LICENCE_URL = "https://creativecommons.org/licenses/by/4.0/deed.id"


class VillageDataPage(RoutablePageMixin, BasePage):
    """Profile, population and APBDes figures of a tenant, as charts, tables and open data."""

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_(
            "Satu atau dua kalimat di atas data. Contoh: Data kependudukan dan anggaran desa, "
            "diperbarui setiap semester dari Dukcapil dan APBDes."
        ),
    )
    licence = models.CharField(
        _("lisensi data"),
        max_length=120,
        default=DEFAULT_LICENCE,
        help_text=_(
            "Lisensi yang berlaku untuk data yang diunduh. Contoh: Creative Commons Atribusi 4.0"
        ),
    )
    licence_url = models.URLField(
        _("tautan lisensi"),
        blank=True,
        default=DEFAULT_LICENCE_URL,
        help_text=_("Contoh: https://creativecommons.org/licenses/by/4.0/deed.id"),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("intro"),
        FieldPanel("licence"),
        FieldPanel("licence_url"),
    ]
    api_fields = [APIField("intro"), APIField("licence"), APIField("licence_url")]

    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("halaman data desa")
        verbose_name_plural = _("halaman data desa")

    @cached_property
    def tenant(self):
        """The tenant whose home page holds this page."""
        tenant = scoping.tenant_of_page(self, related=("kecamatan",))
        if tenant is None:
            raise Http404("This data page is not under a tenant's home page.")
        return tenant

    @path("")
    def index(self, request):
        """The page: charts and tables for the period and year chosen in the query."""
        from villagedata import views

        return self.render(request, context_overrides=views.page_context(self, request))

    @path("unduh/<str:dataset>/<str:fmt>/")
    def download(self, request, dataset, fmt):
        """``unduh/penduduk/csv/?periode=2024-2`` and the like: open data with metadata."""
        from villagedata import views

        return views.download(self, request, dataset, fmt)

    @path("laporan/<str:kind>/<int:remote_id>/")
    def report(self, request, kind, remote_id):
        """``laporan/apbdes/12/``: a report document OpenSID pushed for this village."""
        from villagedata import pushed

        if not self.tenant.is_village:
            raise Http404
        return pushed.report_response(self.tenant, kind, remote_id)

    def get_meta_description(self) -> str:
        return self.search_description or self.intro
