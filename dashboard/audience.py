"""Who a dashboard is for, read from ``tenants.reach`` (the one source of a user's reach).

* A **village operator** is a user whose whole reach is one village's home:
  :func:`operator_village` returns that village.
* A **kecamatan admin** reaches a ``KecamatanFolder``, and so its villages:
  :func:`villages_in_reach` returns them.
* A superuser reaches everything and is neither: Wagtail's own dashboard and
  menus stay as they are for them.
"""

from tenants import reach
from tenants.models import Tenant

_VILLAGE_ATTR = "_dashboard_operator_village"


def operator_village(user) -> Tenant | None:
    """The village whose site is the user's whole reach, or None.

    None for superusers, kecamatan staff, users with several roots and users
    without page permissions. Cached on the user object for the request, as
    the main menu asks on every admin page.
    """
    if not hasattr(user, _VILLAGE_ATTR):
        roots = reach.page_roots(user)
        village = None
        if roots and len(roots) == 1:
            village = (
                Tenant.objects.villages()
                .select_related("site", "home_page", "kecamatan")
                .filter(home_page_id=roots[0].pk)
                .first()
            )
        setattr(user, _VILLAGE_ATTR, village)
    return getattr(user, _VILLAGE_ATTR)


def villages_in_reach(user) -> list[Tenant]:
    """Villages whose home page lies in the user's reach (none for a superuser).

    For a kecamatan admin: every village of that kecamatan. A kecamatan
    editor, whose reach is the portal only, gets none.
    """
    if not reach.page_roots(user):
        return []
    return list(
        reach.villages_in_reach(user)
        .select_related("home_page", "kecamatan")
        .order_by("kecamatan__code", "name")
    )
