"""Admin reach, as the isolation plumbing in ``access`` uses it.

The rule itself lives in :mod:`tenants.reach` (the tenancy core: page roots,
chooser roots, the tenants and sites in reach); this module re-exports it for
the middleware, hooks and viewsets of this app and adds what depends on
Wagtail's permission policies:

* **objects** of other kinds (:func:`objects_in_reach`): images and
  documents in collections the user holds any permission on, and objects of
  site-scoped models (``access.scoped``) of the user's sites.
"""

from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page
from wagtail.permissions import policy_registry

from access.scoped import SCOPED_NAMESPACES, scoped_queryset
from tenants.reach import (
    ancestor_paths,
    chooser_roots,
    page_in,
    page_roots,
    same_family,
    sites_in_reach,
    structural_page_ids,
    tenant_of_collection,
    tenants_in_reach,
    villages_in_reach,
    within,
)

__all__ = [
    "MEDIA_ACTIONS",
    "Page",
    "ancestor_paths",
    "chooser_roots",
    "is_id",
    "media_collections_in_reach",
    "objects_in_reach",
    "page_in",
    "page_roots",
    "same_family",
    "sites_in_reach",
    "structural_page_ids",
    "tenant_of_collection",
    "tenants_in_reach",
    "villages_in_reach",
    "within",
]

# Every collection permission: holding one, a user sees the media in the admin.
MEDIA_ACTIONS = ["add", "change", "delete", "choose"]


def is_id(value: str) -> bool:
    """A database id as typed in a URL or posted in a form: ASCII digits that fit 64 bits."""
    return value.isascii() and value.isdigit() and len(value) < 19


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
