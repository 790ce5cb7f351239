"""Signal handlers that keep per-process caches in step with the database."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Site

from tenants.hosts import bump_generation


@receiver(post_save, sender=Site, dispatch_uid="tenants_site_saved")
@receiver(post_delete, sender=Site, dispatch_uid="tenants_site_deleted")
def site_hostnames_changed(**kwargs):
    """A Site was added, changed or removed: every process reloads its host list."""
    bump_generation()
