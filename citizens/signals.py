"""Give every kecamatan its complaint categories; open some demo services online."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from citizens import retention
from citizens.models import ComplaintCategory
from ops.signals import retention_purge
from tenants.signals import demo_seeded, tenant_onboarded


@receiver(retention_purge)
def purge_expired_uploads(sender, now, **kwargs) -> int:
    """The scheduled retention job (``run_scheduled_jobs retention_purge``):
    delete closed cases' uploads past ``CITIZEN_UPLOAD_RETENTION_DAYS``."""
    return retention.purge()


def default_categories() -> list[str]:
    return [
        _("Pelayanan administrasi"),
        _("Infrastruktur dan lingkungan"),
        _("Bantuan sosial"),
        _("Ketertiban dan keamanan"),
        _("Perilaku petugas"),
        _("Lainnya"),
    ]


def ensure_categories(kecamatan) -> int:
    """The default complaint categories of ``kecamatan``, created if missing; how many were new."""
    created = 0
    for order, name in enumerate(default_categories()):
        _category, new = ComplaintCategory.objects.get_or_create(
            kecamatan=kecamatan, name=name, defaults={"sort_order": order}
        )
        created += new
    return created


@receiver(tenant_onboarded, dispatch_uid="citizens_categories_for_new_kecamatan")
def add_complaint_categories(sender, tenant, **kwargs):
    """A new kecamatan gets the default complaint categories, shared with its villages."""
    if not tenant.is_village:
        ensure_categories(tenant)


@receiver(demo_seeded, dispatch_uid="citizens_demo_content")
def add_demo_citizens(sender, tenants, stdout, **kwargs):
    """``seed_demo``: categories for every kecamatan, online requests for some RKT services."""
    from citizens.demo import seed_demo_citizens

    seed_demo_citizens(tenants, stdout)
