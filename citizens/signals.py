"""Give every kecamatan its complaint categories; open some demo services online."""

from django.dispatch import receiver

from citizens import retention
from citizens.models import ComplaintCategory
from ops.signals import retention_purge
from tenants.signals import demo_seeded, tenant_onboarded


@receiver(retention_purge)
def purge_expired_uploads(sender, now, **kwargs) -> int:
    """The scheduled retention job (``run_scheduled_jobs retention_purge``):
    delete closed cases' uploads past ``CITIZEN_UPLOAD_RETENTION_DAYS``."""
    return retention.purge()


@receiver(tenant_onboarded, dispatch_uid="citizens_categories_for_new_kecamatan")
def add_complaint_categories(sender, tenant, **kwargs):
    """A new kecamatan gets the default complaint categories, shared with its villages."""
    if not tenant.is_village:
        ComplaintCategory.objects.ensure_defaults(tenant)


@receiver(demo_seeded, dispatch_uid="citizens_demo_content")
def add_demo_citizens(sender, tenants, stdout, **kwargs):
    """``seed_demo``: categories for every kecamatan, online requests for some RKT services."""
    from citizens.demo import seed_demo_citizens

    seed_demo_citizens(tenants, stdout)
