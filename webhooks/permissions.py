"""Who manages which webhooks: the admin reach of ``tenants.reach``, nothing else.

A kecamatan admin manages the endpoints of their kecamatan and its villages;
a superuser every endpoint; village operators and kecamatan editors none.
"""

from django.db.models import Q

from tenants.models import Tenant
from tenants.reach import kecamatan_administered, tenants_in_reach
from webhooks.models import WebhookEndpoint


def manageable_tenants(user):
    """Sites the user may register webhooks for (a queryset)."""
    administered = kecamatan_administered(user)
    return (
        Tenant.objects.filter(Q(pk__in=administered) | Q(kecamatan__in=administered))
        .filter(pk__in=tenants_in_reach(user))
        .select_related("site")
        .order_by("code")
    )


def manageable_endpoints(user):
    """Endpoints of :func:`manageable_tenants`."""
    return WebhookEndpoint.objects.filter(tenant__in=manageable_tenants(user)).select_related(
        "tenant__site"
    )
