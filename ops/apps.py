from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class OpsConfig(AppConfig):
    name = "ops"
    verbose_name = _("Operasional")

    def ready(self):
        from ops import middleware  # noqa: F401  (connects the database-error receiver)
