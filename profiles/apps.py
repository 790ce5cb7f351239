from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProfilesConfig(AppConfig):
    name = "profiles"
    verbose_name = _("Profil dan kontak")

    def ready(self):
        from profiles import signals  # noqa: F401  (connects the handlers)
        from profiles.standard_pages import PAGES
        from tenants import standard_pages
        from tenants.models import KecamatanHomePage, VillageHomePage

        standard_pages.register(*PAGES)

        for home in (KecamatanHomePage, VillageHomePage):
            home.allow_subpage_type("profiles.ProfilePage")
            home.allow_subpage_type("profiles.ContactPage")
