"""What a user may reach in the admin: pages, sites, tenants and media.

The one place that turns a user's groups into the part of the install they
may see. Admin hooks, the isolation middleware, the document server and the
viewsets all ask here, so the rules cannot drift apart.

* A **superuser** reaches everything.
* Anyone else reaches the page subtrees their groups hold page permissions
  on (a village operator: its village home; a kecamatan editor: the portal;
  a kecamatan admin: the whole ``KecamatanFolder``, so the portal and every
  village of that kecamatan).
* For **choosing** pages (links, page choosers) a kecamatan editor may also
  pick its own villages' pages: the portal links to them (directory, news).
  A village operator may choose only from its own site.
* The **sites** a user reaches are the Sites whose root page lies in reach.
* **Objects** of other kinds (:func:`objects_in_reach`): images and
  documents in collections the user holds any permission on, and objects of
  site-scoped models (``access.scoped``) of the user's sites.
"""

from django.db.models import Q
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import GroupPagePermission, Page, Site
from wagtail.permissions import policy_registry

from access.scoped import SCOPED_NAMESPACES, scoped_queryset
from tenants.codes import TenantKind
from tenants.models import Tenant

# Every collection permission: holding one, a user sees the media in the admin.
MEDIA_ACTIONS = ["add", "change", "delete", "choose"]

_ROOTS_ATTR = "_access_page_roots"


def is_id(value: str) -> bool:
    """A database id as typed in a URL or posted in a form: ASCII digits that fit 64 bits."""
    return value.isascii() and value.isdigit() and len(value) < 19


def page_roots(user) -> list[Page] | None:
    """Top pages of the user's reach; ``None`` means everything (superuser).

    Cached on the user object for the length of a request.
    """
    if not user.is_active:
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
            if not any(page.path.startswith(root.path) for root in roots):
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
    return [r for r in widened if not any(r.path.startswith(o.path) and r != o for o in widened)]


def within(roots: list[Page] | None, field: str = "path") -> Q:
    """A filter for pages inside ``roots`` (every page when ``roots`` is None)."""
    if roots is None:
        return Q()
    query = Q(pk__in=[])
    for root in roots:
        query |= Q(**{f"{field}__startswith": root.path})
    return query


def ancestor_paths(roots: list[Page]) -> set[str]:
    """Paths of every strict ancestor of ``roots`` (needed to browse down to them)."""
    paths = set()
    for root in roots:
        for depth in range(1, root.depth):
            paths.add(root.path[: depth * Page.steplen])
    return paths


def page_in(roots: list[Page] | None, page: Page) -> bool:
    """True if ``page`` lies inside ``roots``."""
    return roots is None or any(page.path.startswith(root.path) for root in roots)


def objects_in_reach(user, model):
    """The objects of ``model`` the user reaches in the admin (every one for a superuser).

    Pages inside :func:`page_roots`, media in collections the user holds a
    permission on, site-scoped objects of the user's sites. ``None`` for a
    model without a rule here: such objects are for superusers only.
    """
    if issubclass(model, Page):
        return model.objects.filter(within(page_roots(user)))
    if issubclass(model, (AbstractImage, AbstractDocument)):
        policy = policy_registry.get_by_type(model)
        return policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)
    if any(issubclass(model, scoped.model) for scoped in SCOPED_NAMESPACES.values()):
        return scoped_queryset(model, user)
    return None


def media_collections_in_reach(user, model):
    """The collections whose ``model`` media (images or documents) the user reaches."""
    policy = policy_registry.get_by_type(model)
    return policy.collections_user_has_any_permission_for(user, MEDIA_ACTIONS)


def sites_in_reach(user):
    """The Sites whose root page the user reaches (every Site for a superuser)."""
    roots = page_roots(user)
    if roots is None:
        return Site.objects.all()
    return Site.objects.filter(within(roots, "root_page__path"))


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
