from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CitizensConfig(AppConfig):
    name = "citizens"
    verbose_name = _("Pengaduan dan permohonan warga")

    def ready(self):
        from citizens import signals  # noqa: F401  (connects the handlers)
