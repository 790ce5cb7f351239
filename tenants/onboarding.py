"""Onboarding: create a kecamatan or a village with everything it owns, atomically.

One call makes, inside one transaction:

* the home page (and, for a kecamatan, its folder and village directory);
* the Wagtail ``Site`` for its hostname;
* an editor group whose page permissions cover only that home;
* for a kecamatan, an admin group over its whole folder;
* a media collection with collection permissions for those groups;
* the site's ``SiteProfile`` settings;
* the ``Tenant`` registry row;
* the standard pages the content apps declare (``tenants.standard_pages``:
  the service catalogue, news, agenda, …);
* whatever else the upper layers add through the ``tenant_onboarded``
  signal (complaint categories, site permissions).

Calling it again with the same code and name changes nothing and returns the
existing tenant. A conflicting call raises ``OnboardingError`` with a message
for the operator, and the transaction leaves no trace.
"""

import re
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext as _
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page, Site

from cms.models import LeaderTitle, SiteProfile
from cms.pages import publish_child
from tenants import standard_pages
from tenants.codes import TenantKind, parse_region_code
from tenants.models import (
    KecamatanFolder,
    KecamatanHomePage,
    Tenant,
    VillageHomePage,
    VillageIndexPage,
)
from tenants.signals import tenant_onboarded

HOSTNAME_RE = re.compile(
    r"^(?=.{1,253}$)([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)(\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)*$"
)

# Page permissions an editor group holds on its own home page.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"]
# Collection permissions for images and documents in the tenant's collection.
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "delete_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "delete_document"),
    ("wagtaildocs", "choose_document"),
]
LEADER_TITLE_BY_KIND = {
    TenantKind.KECAMATAN: LeaderTitle.CAMAT,
    TenantKind.KELURAHAN: LeaderTitle.LURAH,
    TenantKind.DESA: LeaderTitle.KEPALA_DESA,
}


class OnboardingError(Exception):
    """Onboarding was refused; the message says why, in words for an operator."""


@dataclass(frozen=True)
class OnboardingResult:
    """The tenant, and whether this call created it (False: it already existed)."""

    tenant: Tenant
    created: bool


def normalise_hostname(value: str) -> str:
    """Lower-case and validate a hostname (no scheme, port or path)."""
    hostname = (value or "").strip().lower().rstrip(".")
    if not HOSTNAME_RE.match(hostname):
        raise OnboardingError(
            _(
                "Nama host %(host)r tidak sah. Tulis tanpa http:// dan tanpa garis miring, "
                "contoh: rkt.prabumulihkota.go.id"
            )
            % {"host": value}
        )
    return hostname


def check_village_hostname(user, kecamatan: Tenant, hostname: str) -> None:
    """Refuse a village hostname that ``user`` may not give; ``OnboardingError`` says why.

    A superuser may give any hostname. A kecamatan admin may only give one
    label under its own kecamatan's hostname (``<slug>.<kecamatan host>``):
    any other name may belong to another kecamatan's namespace (its wildcard
    DNS record, its future villages) or to no kecamatan at all, and handing
    it out is the platform's decision.
    """
    if user.is_superuser:
        return
    own = kecamatan.site.hostname.lower()
    label, dot, rest = hostname.partition(".")
    if dot and rest == own and label:
        return
    raise OnboardingError(
        _(
            "Nama host %(host)s tidak dapat dipakai. Admin kecamatan hanya dapat memakai "
            "alamat langsung di bawah %(own)s, contoh: karangan.%(own)s. Kosongkan isian "
            "ini untuk memakai alamat bawaan; alamat lain hanya dapat diberikan oleh "
            "pengelola platform."
        )
        % {"host": hostname, "own": own}
    )


def _check_requested_by(user, kecamatan: Tenant, hostname: str | None) -> None:
    """``user`` administers ``kecamatan`` and may give ``hostname`` (None: the default)."""
    if not Tenant.objects.administered_by(user).filter(pk=kecamatan.pk).exists():
        raise OnboardingError(
            _("Anda tidak mengelola %(name)s.") % {"name": kecamatan.display_name}
        )
    if hostname:
        check_village_hostname(user, kecamatan, hostname)


def _parse(code: str, expect_village: bool):
    try:
        region = parse_region_code(code)
    except ValidationError as exc:
        raise OnboardingError(" ".join(exc.messages)) from exc
    if region.is_village != expect_village:
        if expect_village:
            msg = _("Kode %(code)s adalah kode kecamatan, bukan desa/kelurahan.")
        else:
            msg = _("Kode %(code)s adalah kode desa/kelurahan, bukan kecamatan.")
        raise OnboardingError(msg % {"code": region.code})
    return region


def _check_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise OnboardingError(_("Nama wilayah wajib diisi."))
    if len(name) > 120:
        raise OnboardingError(_("Nama wilayah terlalu panjang (paling banyak 120 huruf)."))
    return name


def _existing(region, name: str, hostname: str | None) -> OnboardingResult | None:
    """Return the existing tenant if this call repeats an earlier one; raise on conflict."""
    tenant = Tenant.objects.select_related("site").filter(code=region.code).first()
    if tenant is None:
        return None
    if tenant.name != name or (hostname and tenant.site.hostname != hostname):
        raise OnboardingError(
            _("Kode %(code)s sudah terdaftar sebagai %(name)s di %(host)s.")
            % {"code": region.code, "name": tenant.display_name, "host": tenant.site.hostname}
        )
    return OnboardingResult(tenant, created=False)


def _check_hostname_free(hostname: str) -> None:
    owner = Site.objects.filter(hostname=hostname).first()
    if owner is not None:
        raise OnboardingError(
            _("Nama host %(host)s sudah dipakai oleh situs %(site)s. Pilih nama host lain.")
            % {"host": hostname, "site": owner.site_name or owner.hostname}
        )


def _unique_child_slug(parent: Page, base: str, suffix: str) -> str:
    slug = slugify(base) or suffix
    if parent.get_children().filter(slug=slug).exists():
        slug = f"{slug}-{suffix}"
    return slug


def _grant_page_permissions(group: Group, page: Page, codenames: list[str]) -> None:
    for perm in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.create(group=group, page=page, permission=perm)


def _grant_collection_permissions(group: Group, collection: Collection) -> None:
    for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
        perm = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        GroupCollectionPermission.objects.create(
            group=group, collection=collection, permission=perm
        )


def _make_group(name: str) -> Group:
    if Group.objects.filter(name=name).exists():
        raise OnboardingError(
            _("Grup %(name)s sudah ada. Hapus atau ganti namanya dulu.") % {"name": name}
        )
    group = Group.objects.create(name=name)
    group.permissions.add(
        Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    )
    return group


def _make_site(hostname: str, port: int, home: Page, site_name: str, default: bool) -> Site:
    if default:
        Site.objects.filter(is_default_site=True).update(is_default_site=False)
    return Site.objects.create(
        hostname=hostname,
        port=port,
        root_page=home,
        site_name=site_name,
        is_default_site=default,
    )


@transaction.atomic
def onboard_kecamatan(
    code: str,
    name: str,
    hostname: str,
    *,
    port: int | None = None,
    make_default: bool = False,
) -> OnboardingResult:
    """Create a kecamatan: folder, portal home, village directory, Site, groups, media.

    The first kecamatan of an install also becomes the default site, so the
    install answers on a fresh machine; ``make_default`` moves the default.
    """
    region = _parse(code, expect_village=False)
    name = _check_name(name)
    hostname = normalise_hostname(hostname)
    existing = _existing(region, name, hostname)
    if existing:
        return existing
    _check_hostname_free(hostname)
    port = port or settings.TENANT_SITE_PORT
    display_name = _("Kecamatan %(name)s") % {"name": name}

    root = Page.get_first_root_node()
    folder = publish_child(
        root,
        KecamatanFolder(
            title=display_name, slug=_unique_child_slug(root, f"{region.code} {name}", "kec")
        ),
    )
    home = publish_child(
        folder,
        KecamatanHomePage(
            title=display_name,
            slug=slugify(f"kecamatan {name}"),
            intro=_("Selamat datang di situs resmi %(name)s.") % {"name": display_name},
        ),
    )
    publish_child(
        home, VillageIndexPage(title=_("Desa dan Kelurahan"), slug="desa", show_in_menus=True)
    )

    make_default = make_default or not Site.objects.filter(is_default_site=True).exists()
    site = _make_site(hostname, port, home, display_name, make_default)

    container = Collection.get_first_root_node().add_child(name=f"{display_name} ({region.code})")
    portal_collection = container.add_child(name=_("Portal %(name)s") % {"name": display_name})

    editors = _make_group(
        _("Editor %(name)s (%(code)s)") % {"name": display_name, "code": region.code}
    )
    _grant_page_permissions(editors, home, EDITOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(editors, portal_collection)

    admins = _make_group(
        _("Admin %(name)s (%(code)s)") % {"name": display_name, "code": region.code}
    )
    _grant_page_permissions(admins, folder, EDITOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(admins, container)

    SiteProfile.objects.create(site=site, display_name=display_name, leader_title=LeaderTitle.CAMAT)
    tenant = Tenant(
        code=region.code,
        name=name,
        kind=TenantKind.KECAMATAN,
        home_page=home,
        site=site,
        editor_group=editors,
        admin_group=admins,
        collection=portal_collection,
    )
    tenant.full_clean()
    tenant.save()
    standard_pages.ensure(tenant)
    tenant_onboarded.send(sender=Tenant, tenant=tenant)
    return OnboardingResult(tenant, created=True)


def default_village_hostname(kecamatan: Tenant, name: str) -> str:
    """``<village-slug>.<kecamatan hostname>``: the host a village gets when none is given."""
    return normalise_hostname(f"{slugify(name)}.{kecamatan.site.hostname}")


def village_group_name(display_name: str, code: str) -> str:
    """The name of a village's operator group: "Operator Desa Karangan (16.74.04.2009)"."""
    return _("Operator %(name)s (%(code)s)") % {"name": display_name, "code": code}


def next_free_village_codes(kecamatan: Tenant) -> dict[str, str]:
    """The code after the highest registered one of each kind, ``{kind: code}``.

    A suggestion for the onboarding form, in one query: the official list
    decides, so the form only proposes, and a kind whose serials are used
    up (999) is left out.
    """
    taken = Tenant.objects.filter(code__startswith=f"{kecamatan.code}.").values_list(
        "code", flat=True
    )
    highest = {"1": 0, "2": 0}  # Kemendagri: 1xxx kelurahan, 2xxx desa
    for code in taken:
        digit, serial = code[-4], int(code[-3:])
        if digit in highest:
            highest[digit] = max(highest[digit], serial)
    kinds = {"1": TenantKind.KELURAHAN, "2": TenantKind.DESA}
    return {
        kinds[digit]: f"{kecamatan.code}.{digit}{serial + 1:03d}"
        for digit, serial in highest.items()
        if serial < 999
    }


@transaction.atomic
def onboard_village(
    code: str,
    name: str,
    hostname: str | None = None,
    *,
    port: int | None = None,
    requested_by=None,
) -> OnboardingResult:
    """Create a kelurahan/desa under its (already onboarded) kecamatan.

    The hostname defaults to ``<village-slug>.<kecamatan hostname>`` and the
    port to the kecamatan's, so one wildcard DNS record and certificate cover
    every village.

    ``requested_by`` is the admin user on whose behalf this runs (the admin
    screen passes it; management commands, run by the platform, do not). It
    must administer the kecamatan, and unless a superuser may only give a
    hostname directly under the kecamatan's (``check_village_hostname``).
    """
    region = _parse(code, expect_village=True)
    name = _check_name(name)
    hostname = normalise_hostname(hostname) if hostname else None
    kecamatan = (
        Tenant.objects.kecamatan()
        .select_related("site", "home_page", "collection")
        .filter(code=region.kecamatan_code)
        .first()
    )
    if kecamatan is None:
        raise OnboardingError(
            _(
                "Kecamatan %(code)s belum terdaftar. Daftarkan kecamatannya lebih dulu "
                "(onboard_kecamatan)."
            )
            % {"code": region.kecamatan_code}
        )
    if requested_by is not None:
        # Before the "already onboarded" answer, which names the village's host.
        _check_requested_by(requested_by, kecamatan, hostname)
    existing = _existing(region, name, hostname)
    if existing:
        return existing
    hostname = hostname or default_village_hostname(kecamatan, name)
    _check_hostname_free(hostname)
    port = port or kecamatan.site.port
    display_name = f"{region.kind.label} {name}"

    folder = kecamatan.home_page.get_parent()
    home = publish_child(
        folder,
        VillageHomePage(
            title=display_name,
            slug=_unique_child_slug(folder, name, region.code[-4:]),
            intro=_("Selamat datang di situs resmi %(name)s.") % {"name": display_name},
        ),
        user=requested_by,
    )
    site = _make_site(hostname, port, home, display_name, default=False)

    collection = kecamatan.collection.get_parent().add_child(name=f"{display_name} ({region.code})")
    editors = _make_group(village_group_name(display_name, region.code))
    _grant_page_permissions(editors, home, EDITOR_PAGE_PERMISSIONS)
    _grant_collection_permissions(editors, collection)

    SiteProfile.objects.create(
        site=site, display_name=display_name, leader_title=LEADER_TITLE_BY_KIND[region.kind]
    )
    tenant = Tenant(
        code=region.code,
        name=name,
        kind=region.kind,
        kecamatan=kecamatan,
        home_page=home,
        site=site,
        editor_group=editors,
        collection=collection,
    )
    tenant.full_clean()
    tenant.save()
    standard_pages.ensure(tenant, user=requested_by)
    tenant_onboarded.send(sender=Tenant, tenant=tenant)
    return OnboardingResult(tenant, created=True)
