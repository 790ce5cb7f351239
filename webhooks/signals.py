"""Wagtail and Django signals that become webhook events.

Every handler runs in a savepoint and swallows its own errors (logged): a
webhook problem must never break publishing.
"""

import functools
import logging
from contextvars import ContextVar

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.signals import page_published, page_unpublished, post_page_move

from tenants.reach import tenant_of_collection
from tenants.scoping import tenants_of_pages
from webhooks import events
from webhooks.models import WebhookEndpoint, WebhookEvent

logger = logging.getLogger(__name__)

# Pages being deleted in this context: {page id: was live}.
_deleting: ContextVar[dict | None] = ContextVar("webhooks_deleting", default=None)


def _being_deleted() -> dict:
    return _deleting.get() or {}


# Saves Wagtail makes by itself while serving a file (size, hash): no change.
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


def never_raises(handler):
    """Run ``handler`` in a savepoint; log instead of raising."""

    @functools.wraps(handler)
    def wrapper(*args, **kwargs):
        try:
            with transaction.atomic():
                handler(*args, **kwargs)
        except Exception:
            logger.exception("Webhook event not recorded")

    return wrapper


@receiver(page_published, dispatch_uid="webhooks_page_published")
@never_raises
def page_published_handler(sender, instance, **kwargs):
    events.page_event(WebhookEvent.PAGE_PUBLISHED, instance)


@receiver(page_unpublished, dispatch_uid="webhooks_page_unpublished")
@never_raises
def page_unpublished_handler(sender, instance, **kwargs):
    # Wagtail unpublishes a page it is deleting: that is told as page.deleted.
    if instance.pk not in _being_deleted():
        events.page_event(WebhookEvent.PAGE_UNPUBLISHED, instance)


@receiver(post_page_move, dispatch_uid="webhooks_page_moved")
@never_raises
def page_moved_handler(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A live page moved: its (new) site is told; its old site too when it changed."""
    if not instance.live or not events.any_endpoint():
        return
    owners = tenants_of_pages([instance, parent_page_before])
    before, after = owners.get(parent_page_before.pk), owners.get(instance.pk)
    extra = {"previous_site": before.site.hostname if before else None}
    events.page_event(WebhookEvent.PAGE_MOVED, instance, **extra)
    if before is not None and (after is None or before.pk != after.pk):
        payload = events.page_payload(WebhookEvent.PAGE_MOVED, instance, before, **extra)
        payload["site"] = before.site.hostname
        events.record(
            WebhookEndpoint.objects.for_event(WebhookEvent.PAGE_MOVED, before),
            WebhookEvent.PAGE_MOVED,
            payload,
        )


@receiver(pre_delete, sender=Page, dispatch_uid="webhooks_page_deleting")
def page_deleting_handler(sender, instance, **kwargs):
    """Remember which pages being deleted were live (before Wagtail's own
    pre_delete handler, connected later, unpublishes them)."""
    _deleting.set({**_being_deleted(), instance.pk: instance.live})


@receiver(post_delete, sender=Page, dispatch_uid="webhooks_page_deleted")
def page_deleted_handler(sender, instance, **kwargs):
    """A live page deleted (sent once per page: for its ``Page`` row, whatever its type)."""
    deleting = dict(_being_deleted())
    was_live = deleting.pop(instance.pk, instance.live)
    _deleting.set(deleting)
    if was_live and instance.path:
        _page_deleted(instance)


@never_raises
def _page_deleted(instance):
    events.page_event(WebhookEvent.PAGE_DELETED, instance)


def _media_kind(instance) -> str | None:
    if isinstance(instance, get_image_model()):
        return "image"
    if isinstance(instance, get_document_model()):
        return "document"
    return None


@receiver(post_save, dispatch_uid="webhooks_media_saved")
@receiver(post_delete, dispatch_uid="webhooks_media_deleted")
def media_changed_handler(sender, instance, update_fields=None, **kwargs):
    """An image or document of a tenant's collection saved or deleted.

    Connected to every model's saves, so anything else leaves at once.
    """
    kind = _media_kind(instance)
    if kind is None or (update_fields and set(update_fields) <= BOOKKEEPING_FIELDS):
        return
    # post_delete sends no ``created``
    _media_changed(instance, kind, deleted="created" not in kwargs)


@never_raises
def _media_changed(instance, kind: str, deleted: bool):
    if not events.any_endpoint():
        return
    tenant = tenant_of_collection(instance.collection)
    if tenant is not None:
        events.media_event(instance, kind, tenant, deleted=deleted)
