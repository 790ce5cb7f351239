"""The demo accounts: a superuser, the camat of Rambang Kapak Tengah, one operator per village.

A password is set only when an account is created, so rerunning the seed
never resets a password someone changed. Group membership is made sure of
on every run; the groups themselves come from onboarding and hold the
Wagtail ``access_admin`` permission, so nobody but the superuser needs
``is_staff``.
"""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify

from tenants.demo import RKT_CODE
from tenants.models import Tenant

SUPERUSER = "admin"
CAMAT = "camat.rkt"
EMAIL_DOMAIN = "example.com"  # reserved for examples: these addresses reach nobody


@dataclass(frozen=True)
class DemoUser:
    """One demo account, what it may edit, and whether this run created it."""

    username: str
    can_edit: str
    created: bool


def operator_username(village: Tenant) -> str:
    """E.g. ``operator.karangan`` for Desa Karangan."""
    return f"operator.{slugify(village.name)}"


def ensure_superuser(password: str) -> DemoUser:
    """The ``admin`` superuser, created with ``password`` if missing."""
    User = get_user_model()
    created = not User.objects.filter(username=SUPERUSER).exists()
    if created:
        User.objects.create_superuser(
            username=SUPERUSER, email=f"{SUPERUSER}@{EMAIL_DOMAIN}", password=password
        )
    return DemoUser(SUPERUSER, "semua situs, pengguna, dan pengaturan (superuser)", created)


def ensure_member(username: str, password: str, groups: list[Group], **names) -> bool:
    """A non-staff user in ``groups``; created with ``password`` and ``names`` if missing.

    Returns True if the user was created.
    """
    User = get_user_model()
    user = User.objects.filter(username=username).first()
    created = user is None
    if created:
        user = User.objects.create_user(
            username=username, email=f"{username}@{EMAIL_DOMAIN}", password=password, **names
        )
    # add() skips memberships that already exist, so a rerun writes nothing.
    user.groups.add(*groups)
    return created


def ensure_demo_users(password: str) -> list[DemoUser]:
    """Every demo account; the camat and operators only if Rambang Kapak Tengah exists."""
    users = [ensure_superuser(password)]
    rkt = Tenant.objects.select_related("site").filter(code=RKT_CODE).first()
    if rkt is None:
        return users
    villages = list(rkt.villages.select_related("site", "editor_group").order_by("code"))
    created = ensure_member(
        CAMAT,
        password,
        [rkt.editor_group, rkt.admin_group],
        first_name="Camat",
        last_name=rkt.name,
    )
    users.append(
        DemoUser(
            CAMAT,
            f"portal {rkt.display_name} ({rkt.site.hostname}) dan {len(villages)} "
            "desa/kelurahannya, termasuk mendaftarkan desa baru",
            created,
        )
    )
    for village in villages:
        username = operator_username(village)
        created = ensure_member(
            username,
            password,
            [village.editor_group],
            first_name="Operator",
            last_name=village.display_name,
        )
        users.append(
            DemoUser(username, f"{village.display_name} ({village.site.hostname}) saja", created)
        )
    return users
