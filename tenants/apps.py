from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class TenantsConfig(AppConfig):
    name = "tenants"
    verbose_name = _("Kecamatan dan desa")

    def ready(self):
        from tenants import signals  # noqa: F401  (connects the handlers)
        from tenants.siteroots import install

        # Page URLs from a per-process index of site roots (see siteroots).
        install()
