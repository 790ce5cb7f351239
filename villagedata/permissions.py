"""Who may write which village's data: the admin reach of ``tenants.reach``.

* a village operator: that village;
* a kecamatan admin: every village of that kecamatan;
* a kecamatan editor: none (its reach is the portal, which has no village data);
* a superuser: every village.

Only kecamatan admins (and superusers) issue and revoke OpenSID keys.
"""

from tenants import reach
from tenants.models import Tenant


def importable_villages(user):
    """Villages whose data ``user`` may import."""
    return reach.villages_in_reach(user)


def key_managed_villages(user):
    """Villages whose OpenSID keys ``user`` may issue and revoke."""
    return Tenant.objects.villages().filter(kecamatan__in=reach.kecamatan_administered(user))
