from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VillageDataConfig(AppConfig):
    name = "villagedata"
    verbose_name = _("Data desa dan statistik")

    def ready(self):
        from tenants import standard_pages
        from tenants.models import KecamatanHomePage, VillageHomePage
        from villagedata import signals  # noqa: F401  (connects the handlers)
        from villagedata.standard_pages import PAGES

        standard_pages.register(*PAGES)

        KecamatanHomePage.allow_subpage_type("villagedata.VillageDataPage")
        VillageHomePage.allow_subpage_type("villagedata.VillageDataPage")
