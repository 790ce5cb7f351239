"""Bulk actions (``/admin/bulk/<app>/<model>/<action>/``) held to the user's reach.

Wagtail's bulk-action screens load every id they are given and list the
ones the user may not act on by title ("You don't have permission to …"),
and ``id=all`` selects the whole listing's model, so a sweep of ids named
every page, image, document and notice of the install. Wagtail 8.0
registers bulk actions for pages (delete, move, publish, unpublish),
images and documents (delete, add tags, add to collection), every snippet
model (delete) and users (delete, assign role, set active state); apps may
register more with the ``register_bulk_action`` hook.

``AdminIsolationMiddleware`` calls :func:`limit_bulk_request` before the
view runs:

* a model without a reach rule here (users, anything new) is for
  superusers only: 404;
* an explicit ``id`` outside the reach (or not a number) is a 404, whether
  or not it exists, so ids cannot be probed;
* ``childOf`` (the page or collection a listing showed) must lie in reach;
* ``id=all`` is narrowed to the ids of the listing that lie in reach: the
  request's ``id`` list is replaced by them before Wagtail reads it.
"""

from django.apps import apps
from django.db.models import QuerySet
from django.http import Http404, QueryDict
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import Page

from access import reach

BULK_ACTION = "wagtail_bulk_action"


def _listing_parent_in_reach(user, model, parent_id) -> bool:
    """Is ``childOf`` (a page for pages, a collection for media) inside the user's reach?"""
    if not reach.is_id(parent_id):
        return False
    if issubclass(model, Page):
        return reach.objects_in_reach(user, model).filter(pk=parent_id).exists()
    if issubclass(model, (AbstractImage, AbstractDocument)):
        return reach.media_collections_in_reach(user, model).filter(pk=parent_id).exists()
    return False


# Page bulk actions that would take a site's home or a kecamatan folder away.
STRUCTURE_ACTIONS = {"delete", "move", "unpublish"}


def _takes_structure(model, action) -> bool:
    return issubclass(model, Page) and action in STRUCTURE_ACTIONS


def limit_bulk_request(request, app_label, model_name, action) -> None:
    """Refuse (404) or narrow a bulk-action request of a non-superuser; see the module doc."""
    try:
        model = apps.get_model(app_label, model_name)
    except LookupError:
        return  # Wagtail answers 404
    action_class = bulk_action_registry.get_bulk_action_class(app_label, model_name, action)
    if action_class is None:
        return  # Wagtail answers 404
    objects = reach.objects_in_reach(request.user, model)
    if objects is None:
        raise Http404
    ids = request.GET.getlist("id")
    parent_id = request.GET.get("childOf")
    if parent_id is not None and not _listing_parent_in_reach(request.user, model, parent_id):
        raise Http404
    if "all" in ids:
        listing = action_class(request, model).get_all_objects_in_listing_query(parent_id)
        if not isinstance(listing, QuerySet):  # search results
            listing = list(listing)
        in_reach = set(objects.filter(pk__in=listing).values_list("pk", flat=True))
        if _takes_structure(model, action):
            in_reach -= reach.structural_page_ids(in_reach)
        narrowed = request.GET.copy()
        narrowed.setlist("id", [str(pk) for pk in sorted(in_reach)])
        request.GET = QueryDict(narrowed.urlencode())
        return
    wanted = set(ids)
    if not wanted or not all(reach.is_id(pk) for pk in wanted):
        raise Http404
    if objects.filter(pk__in=wanted).count() != len(wanted):
        raise Http404
    if _takes_structure(model, action) and reach.structural_page_ids(wanted):
        raise Http404
