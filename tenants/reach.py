"""What a user may reach in the admin: the one rule, for every kind of object.

A user's reach is the set of page subtrees their groups hold page
permissions on (granted by onboarding):

* a **superuser** reaches everything (``None`` below);
* a **village operator** (the village's editor group): its village home;
* a **kecamatan editor** (the kecamatan's editor group): the portal only;
* a **kecamatan admin** (the kecamatan's admin group): the whole
  ``KecamatanFolder``, so the portal and every village of that kecamatan.

Everything else is derived from those roots, so the kinds of object cannot
drift apart:

* the **tenants** in reach (:func:`tenants_in_reach`) are those whose home
  page lies in a root: their cases (complaints, requests), village-data
  imports and media collections follow;
* the **sites** in reach are the Sites of those roots;
* for **choosing** pages (links, page choosers) a kecamatan editor may also
  pick its own villages' pages, because the portal links to them
  (:func:`chooser_roots`).

Results are cached on the user object for the length of a request.
"""

from django.db.models import Q
from wagtail.models import GroupPagePermission, Page, Site

from tenants import tree
from tenants.codes import TenantKind
from tenants.models import KecamatanFolder, Tenant

_ROOTS_ATTR = "_tenants_page_roots"
_TENANTS_ATTR = "_tenants_in_reach"

# Filters and tests on page paths, re-exported for callers of this module.
within = tree.within


def page_roots(user) -> list[Page] | None:
    """Top pages of the user's reach; ``None`` means everything (superuser)."""
    if not user.is_authenticated or not user.is_active:
        return []
    if user.is_superuser:
        return None
    if not hasattr(user, _ROOTS_ATTR):
        page_ids = GroupPagePermission.objects.filter(group__user=user).values("page_id")
        pages = list(Page.objects.filter(pk__in=page_ids).order_by("path"))
        # Drop roots already covered by a shorter one (admin of a folder that
        # is also editor of the portal inside it).
        roots = []
        for page in pages:
            if not any(tree.is_within(page, root) for root in roots):
                roots.append(page)
        setattr(user, _ROOTS_ATTR, roots)
    return getattr(user, _ROOTS_ATTR)


def chooser_roots(user) -> list[Page] | None:
    """Like :func:`page_roots`, widened from a kecamatan portal to its whole folder."""
    roots = page_roots(user)
    if roots is None:
        return None
    portal_ids = set(
        Tenant.objects.filter(
            kind=TenantKind.KECAMATAN, home_page_id__in=[r.pk for r in roots]
        ).values_list("home_page_id", flat=True)
    )
    widened = [root.get_parent() if root.pk in portal_ids else root for root in roots]
    return [r for r in widened if not any(tree.is_within(r, o) and r != o for o in widened)]


def ancestor_paths(roots: list[Page]) -> set[str]:
    """Paths of every strict ancestor of ``roots`` (needed to browse down to them)."""
    return {path for root in roots for path in tree.ancestor_paths(root)}


def page_in(roots: list[Page] | None, page) -> bool:
    """True if ``page`` lies inside ``roots``."""
    return roots is None or any(tree.is_within(page, root) for root in roots)


def tenants_in_reach(user):
    """The tenants whose home page lies in the user's reach (a queryset).

    Every tenant for a superuser; a kecamatan admin's kecamatan and all its
    villages; a kecamatan editor's kecamatan only; an operator's village.
    Cases, imports and the dashboard's lists start here.
    """
    if not user.is_authenticated or not user.is_active:
        return Tenant.objects.none()
    roots = page_roots(user)
    if roots is None:
        return Tenant.objects.all()
    if not hasattr(user, _TENANTS_ATTR):
        ids = list(
            Tenant.objects.filter(tree.within(roots, "home_page__path")).values_list(
                "pk", flat=True
            )
        )
        setattr(user, _TENANTS_ATTR, ids)
    return Tenant.objects.filter(pk__in=getattr(user, _TENANTS_ATTR))


def villages_in_reach(user):
    """The villages among :func:`tenants_in_reach` (a queryset)."""
    return tenants_in_reach(user).exclude(kind=TenantKind.KECAMATAN)


def kecamatan_administered(user):
    """The kecamatan whose every village the user reaches through its folder
    (a kecamatan admin's, every one for a superuser): who may onboard villages,
    manage operators and OpenSID keys."""
    roots = page_roots(user)
    kecamatan = Tenant.objects.filter(kind=TenantKind.KECAMATAN)
    if roots is None:
        return kecamatan if user.is_active else Tenant.objects.none()
    folder_paths = [root.path for root in roots if tree.depth_of(root) == tree.FOLDER_DEPTH]
    if not folder_paths:
        return Tenant.objects.none()
    return kecamatan.filter(tree.within(folder_paths, "home_page__path"))


def villages_administered(user):
    """The villages of :func:`kecamatan_administered` (a queryset): those a
    kecamatan admin oversees as a whole, every village for a superuser.

    Unlike :func:`villages_in_reach`, never a village operator's own village:
    for screens about the villages of a kecamatan ("Pantauan desa").
    """
    return Tenant.objects.villages().filter(kecamatan__in=kecamatan_administered(user))


def sites_in_reach(user):
    """The Sites whose root page the user reaches (every Site for a superuser)."""
    roots = page_roots(user)
    if roots is None:
        return Site.objects.all()
    return Site.objects.filter(tree.within(roots, "root_page__path"))


def tenant_of_collection(collection) -> Tenant | None:
    """The tenant owning ``collection``: its own collection or a collection under it.

    A kecamatan's container collection (parent of the portal's and the
    villages' collections) counts as the kecamatan's. Media outside every
    tenant's collections (the root collection) belongs to nobody.
    """
    chain = [collection, *collection.get_ancestors().order_by("-depth")]
    portal_in_container = Q(pk__in=[])
    for candidate in chain:
        portal_in_container |= Q(
            kind=TenantKind.KECAMATAN,
            collection__path__startswith=candidate.path,
            collection__depth=candidate.depth + 1,
        )
    owners = list(
        Tenant.objects.filter(
            Q(collection_id__in=[c.pk for c in chain]) | portal_in_container
        ).select_related("collection", "kecamatan")
    )
    for candidate in chain:  # nearest first
        for tenant in owners:
            if tenant.collection_id == candidate.pk:
                return tenant
        for tenant in owners:
            # A kecamatan's container: the parent of the portal's own collection.
            in_container = tenant.collection.depth == candidate.depth + 1 and (
                tenant.collection.path.startswith(candidate.path)
            )
            if not tenant.is_village and in_container:
                return tenant
    return None


def same_family(owner: Tenant, host: Tenant | None) -> bool:
    """May media of ``owner`` be served on ``host``'s site?

    Yes on its own site; a kecamatan's media also on its villages' sites
    (shared services link the kecamatan's forms), and a village's media on
    its kecamatan's portal (the portal aggregates its villages). Never on a
    sibling village or another kecamatan.
    """
    if host is None:
        return False
    if owner.pk == host.pk:
        return True
    if owner.kind == TenantKind.KECAMATAN:
        return host.kecamatan_id == owner.pk
    return host.kind == TenantKind.KECAMATAN and owner.kecamatan_id == host.pk


def structural_page_ids(page_ids) -> set[int]:
    """Those of ``page_ids`` that hold the tenancy structure: a kecamatan's folder
    or a tenant's home page.

    Deleting, moving or unpublishing one takes a whole kecamatan or village
    site with it (a camat's reach includes its folder), so only a superuser
    may; ``access`` refuses it everywhere else.
    """
    ids = {int(pk) for pk in page_ids}
    folders = KecamatanFolder.objects.filter(pk__in=ids).values_list("pk", flat=True)
    homes = Tenant.objects.filter(home_page_id__in=ids).values_list("home_page_id", flat=True)
    return set(folders) | set(homes)
