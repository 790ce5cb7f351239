from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class UmkmConfig(AppConfig):
    name = "umkm"
    verbose_name = _("Potensi lokal dan UMKM")

    def ready(self):
        from tenants.models import KecamatanHomePage, VillageHomePage
        from umkm import signals  # noqa: F401  (connects the handlers)

        KecamatanHomePage.allow_subpage_type("umkm.UmkmIndexPage")
        VillageHomePage.allow_subpage_type("umkm.UmkmIndexPage")
