from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EventsConfig(AppConfig):
    name = "events"
    verbose_name = _("Agenda kegiatan")

    def ready(self):
        """Connect the signal receivers and allow the agenda page under both kinds of home."""
        from events import signals  # noqa: F401  (connects the handlers)
        from events.standard_pages import PAGES
        from tenants import standard_pages
        from tenants.models import KecamatanHomePage, VillageHomePage

        standard_pages.register(*PAGES)

        KecamatanHomePage.allow_subpage_type("events.EventIndexPage")
        VillageHomePage.allow_subpage_type("events.EventIndexPage")
