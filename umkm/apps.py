from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UmkmConfig(AppConfig):
    name = "umkm"
    verbose_name = _("Potensi lokal dan UMKM")

    def ready(self):
        from tenants import standard_pages
        from tenants.models import KecamatanHomePage, VillageHomePage
        from umkm import signals  # noqa: F401  (connects the handlers)
        from umkm.standard_pages import PAGES

        standard_pages.register(*PAGES)

        KecamatanHomePage.allow_subpage_type("umkm.UmkmIndexPage")
        VillageHomePage.allow_subpage_type("umkm.UmkmIndexPage")
