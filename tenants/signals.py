"""Signal handlers that keep per-process caches in step with the database."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import Signal, receiver
from wagtail.models import Site

from tenants.hosts import bump_generation

# Sent by tenants.onboarding inside the onboarding transaction, after the
# Tenant row is saved, with ``tenant`` (a Tenant). Upper layers (services,
# content apps) connect to it to add their own pages to a new tenant, so that
# tenants never imports them. A receiver that raises rolls onboarding back.
tenant_onboarded = Signal()

# Sent by ``manage.py seed_demo`` inside its transaction, after the tenants'
# own demo content, with ``tenants`` (every seeded Tenant) and ``stdout`` (a
# writer for progress lines). Upper layers add their demo content here, and
# must keep it idempotent: a second seed run changes nothing.
demo_seeded = Signal()


@receiver(post_save, sender=Site, dispatch_uid="tenants_site_saved")
@receiver(post_delete, sender=Site, dispatch_uid="tenants_site_deleted")
def site_hostnames_changed(**kwargs):
    """A Site was added, changed or removed: every process reloads its host list."""
    bump_generation()
