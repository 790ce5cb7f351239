"""Keep every tenant's role permissions in place: on onboarding, seeding and migrate."""

from django.apps import apps
from django.db.models.signals import post_migrate
from django.dispatch import receiver

from access.permissions import ensure_all_site_permissions, ensure_site_permissions
from tenants.signals import demo_seeded, tenant_onboarded


@receiver(tenant_onboarded, dispatch_uid="access_site_permissions_for_new_tenant")
def grant_new_tenant_permissions(sender, tenant, **kwargs):
    """A new tenant's groups get their per-site permissions at once."""
    ensure_site_permissions([tenant])


@receiver(demo_seeded, dispatch_uid="access_site_permissions_for_demo")
def grant_demo_permissions(sender, tenants, stdout, **kwargs):
    """Tenants onboarded before this app existed get their permissions too."""
    added = ensure_site_permissions(tenants)
    if added:
        stdout.write(f"Izin per situs ditambahkan: {added}")


@receiver(post_migrate, dispatch_uid="access_site_permissions_after_migrate")
def grant_permissions_after_migrate(sender, **kwargs):
    """After the last app migrated (all permissions exist), fill in what is missing."""
    if sender is not list(apps.get_app_configs())[-1]:
        return
    ensure_all_site_permissions()
