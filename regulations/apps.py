from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class RegulationsConfig(AppConfig):
    name = "regulations"
    verbose_name = _("Dokumen dan peraturan")

    def ready(self):
        from regulations import signals  # noqa: F401  (connects the handlers)
        from tenants.models import KecamatanHomePage, VillageHomePage

        KecamatanHomePage.allow_subpage_type("regulations.DocumentIndexPage")
        VillageHomePage.allow_subpage_type("regulations.DocumentIndexPage")
