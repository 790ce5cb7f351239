from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegulationsConfig(AppConfig):
    name = "regulations"
    verbose_name = _("Dokumen dan peraturan")

    def ready(self):
        from regulations import signals  # noqa: F401  (connects the handlers)
        from regulations.standard_pages import PAGES
        from tenants import standard_pages
        from tenants.models import KecamatanHomePage, VillageHomePage

        standard_pages.register(*PAGES)

        KecamatanHomePage.allow_subpage_type("regulations.DocumentIndexPage")
        VillageHomePage.allow_subpage_type("regulations.DocumentIndexPage")
