"""Who a dashboard is for, read from ``tenants.reach`` (the one source of a user's reach).

* A **village operator** is a user whose whole reach is one village's home:
  :func:`operator_village` returns that village.
* A **kecamatan admin** reaches a ``KecamatanFolder``, and so its villages:
  :func:`villages_overseen` returns them ("Pantauan desa" and its dashboard panel).
* A superuser reaches everything and is neither: Wagtail's own dashboard and
  menus stay as they are for them (plus "Pantauan desa" of every village).
"""

from tenants import reach
from tenants.models import Tenant

_VILLAGE_ATTR = "_dashboard_operator_village"
_OVERSEES_ATTR = "_dashboard_oversees_villages"


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


def villages_overseen(user):
    """The villages whose overview ("Pantauan desa") ``user`` sees (a queryset).

    A kecamatan admin's: every village of that kecamatan; a superuser's:
    every village. None for a village operator and for a kecamatan editor,
    whose reach is the portal only (``tenants.reach``): a village's cases
    are the village's and its kecamatan admin's.
    """
    return reach.villages_administered(user)


def oversees_villages(user) -> bool:
    """True for a user who sees "Pantauan desa" (cached on the user for the request,
    as the main menu asks on every admin page)."""
    if not hasattr(user, _OVERSEES_ATTR):
        setattr(user, _OVERSEES_ATTR, villages_overseen(user).exists())
    return getattr(user, _OVERSEES_ATTR)
