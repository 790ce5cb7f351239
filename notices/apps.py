from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NoticesConfig(AppConfig):
    name = "notices"
    verbose_name = _("Pemberitahuan singkat")

    def ready(self):
        from wagtail.permission_policies.sites import SitePermissionPolicy
        from wagtail.permissions import register_permission_policy

        from access.permissions import register_site_permissions
        from notices import signals  # noqa: F401  (connects the handlers)
        from notices.models import Notice

        # Granted per Site, so operators reach only their own site's notices.
        register_permission_policy(Notice, SitePermissionPolicy(Notice))
        register_site_permissions("notices", ["add_notice", "change_notice", "delete_notice"])
