from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ServicesConfig(AppConfig):
    name = "services"
    verbose_name = _("Layanan PATEN")

    def ready(self):
        from services import signals  # noqa: F401  (connects the handlers)
        from services.standard_pages import PAGES
        from tenants import standard_pages
        from tenants.models import KecamatanHomePage, VillageHomePage

        standard_pages.register(*PAGES)

        KecamatanHomePage.allow_subpage_type("services.ServiceCatalogPage")
        KecamatanHomePage.allow_subpage_type("services.ServicePledgePage")
        VillageHomePage.allow_subpage_type("services.VillageServiceIndexPage")
        VillageHomePage.allow_subpage_type("services.ServicePledgePage")
