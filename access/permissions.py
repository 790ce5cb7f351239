"""Per-site model permissions that every tenant's groups hold.

Wagtail 8 can grant a model permission for one Site only
(``GroupSitePermission``), and its ``SitePermissionPolicy`` honours that for
site settings and for any model with a ``site`` foreign key. Each tenant's
editor group (village operators, kecamatan editors) gets the permissions
listed here on its own Site, and a kecamatan's admin group gets them on the
portal and on every village Site of that kecamatan.

Apps add their own site-scoped models with :func:`register_site_permissions`
(one line each), from their ``AppConfig.ready()``.
"""

from django.contrib.auth.models import Permission
from wagtail.models import GroupSitePermission

from tenants.models import Tenant

# (app_label, codename) granted per Site to the tenant's groups.
SITE_PERMISSIONS: list[tuple[str, str]] = [
    ("cms", "change_siteprofile"),
    ("wagtailredirects", "add_redirect"),
    ("wagtailredirects", "change_redirect"),
    ("wagtailredirects", "delete_redirect"),
]


def register_site_permissions(app_label: str, codenames: list[str]) -> None:
    """Grant ``codenames`` of ``app_label`` per Site to every tenant's groups."""
    for codename in codenames:
        if (app_label, codename) not in SITE_PERMISSIONS:
            SITE_PERMISSIONS.append((app_label, codename))


def _permissions() -> list[Permission]:
    query = Permission.objects.none()
    for app_label, codename in SITE_PERMISSIONS:
        query |= Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    return list(query)


def groups_for_site(tenant: Tenant) -> list:
    """The groups that manage ``tenant``'s Site: its editors and its kecamatan's admins."""
    kecamatan = tenant.kecamatan if tenant.is_village else tenant
    return [g for g in (tenant.editor_group, kecamatan.admin_group) if g is not None]


def ensure_site_permissions(tenants) -> int:
    """Give each tenant's groups the site permissions they lack; return how many were added.

    Idempotent, and a few queries whatever the number of tenants.
    """
    tenants = list(tenants)
    if not tenants:
        return 0
    permissions = _permissions()
    wanted = {
        (group.pk, tenant.site_id, perm.pk)
        for tenant in tenants
        for group in groups_for_site(tenant)
        for perm in permissions
    }
    existing = set(
        GroupSitePermission.objects.filter(site_id__in=[t.site_id for t in tenants]).values_list(
            "group_id", "site_id", "permission_id"
        )
    )
    missing = [
        GroupSitePermission(group_id=g, site_id=s, permission_id=p)
        for g, s, p in sorted(wanted - existing)
    ]
    GroupSitePermission.objects.bulk_create(missing)
    return len(missing)


def ensure_all_site_permissions() -> int:
    """:func:`ensure_site_permissions` for every tenant of the install."""
    return ensure_site_permissions(
        Tenant.objects.select_related("kecamatan__admin_group", "editor_group", "admin_group")
    )
