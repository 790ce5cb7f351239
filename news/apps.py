from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("Berita dan pengumuman")

    def ready(self):
        from news import signals  # noqa: F401  (connects the handlers)
        from news.standard_pages import PAGES
        from tenants import standard_pages
        from tenants.models import KecamatanHomePage, VillageHomePage

        standard_pages.register(*PAGES)
        for home in (KecamatanHomePage, VillageHomePage):
            home.allow_subpage_type("news.NewsIndexPage")
            home.allow_subpage_type("news.AnnouncementIndexPage")
