from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VillageDataConfig(AppConfig):
    name = "villagedata"
    verbose_name = _("Data desa dan statistik")

    def ready(self):
        from tenants.models import KecamatanHomePage, VillageHomePage
        from villagedata import signals  # noqa: F401  (connects the handlers)

        KecamatanHomePage.allow_subpage_type("villagedata.VillageDataPage")
        VillageHomePage.allow_subpage_type("villagedata.VillageDataPage")
