"""Who may write which village's data, from the tenant groups.

* a village operator (its ``editor_group``): that village;
* a kecamatan admin (its ``admin_group``): every village of that kecamatan;
* a superuser: every village.

Only kecamatan admins (and superusers) issue and revoke OpenSID keys.
"""

from django.db.models import Q

from tenants.models import Tenant


def importable_villages(user):
    """Villages whose data ``user`` may import."""
    if not user.is_authenticated or not user.is_active:
        return Tenant.objects.none()
    villages = Tenant.objects.villages()
    if user.is_superuser:
        return villages
    groups = user.groups.all()
    return villages.filter(
        Q(editor_group__in=groups) | Q(kecamatan__in=Tenant.objects.administered_by(user))
    ).distinct()


def key_managed_villages(user):
    """Villages whose OpenSID keys ``user`` may issue and revoke."""
    if not user.is_authenticated or not user.is_active:
        return Tenant.objects.none()
    return Tenant.objects.villages().filter(kecamatan__in=Tenant.objects.administered_by(user))
