from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class GalleryConfig(AppConfig):
    name = "gallery"
    verbose_name = _("Galeri foto")

    def ready(self):
        """Connect the signal receivers and allow the gallery page under both kinds of home."""
        from gallery import signals  # noqa: F401  (connects the handlers)
        from tenants.models import KecamatanHomePage, VillageHomePage

        KecamatanHomePage.allow_subpage_type("gallery.GalleryIndexPage")
        VillageHomePage.allow_subpage_type("gallery.GalleryIndexPage")
