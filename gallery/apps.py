from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GalleryConfig(AppConfig):
    name = "gallery"
    verbose_name = _("Galeri foto")

    def ready(self):
        """Connect the signal receivers and allow the gallery page under both kinds of home."""
        from gallery import signals  # noqa: F401  (connects the handlers)
        from gallery.standard_pages import PAGES
        from tenants import standard_pages
        from tenants.models import KecamatanHomePage, VillageHomePage

        standard_pages.register(*PAGES)

        KecamatanHomePage.allow_subpage_type("gallery.GalleryIndexPage")
        VillageHomePage.allow_subpage_type("gallery.GalleryIndexPage")
