"""Invalidate the anonymous page cache (and the API's, which shares its
generations) when public content changes."""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save
from django.dispatch import receiver
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache import invalidation

# Saves Wagtail makes by itself while serving a file (it fills in a missing
# size or hash): no reader sees a difference, so no site is made stale.
BOOKKEEPING_FIELDS = frozenset({"file_size", "file_hash"})


@receiver(page_published)
@receiver(page_unpublished)
def page_changed(sender, instance, **kwargs):
    """A publish or unpublish makes the page's site (and those sharing it) stale."""
    invalidation.invalidate_page(instance)
    invalidation.purge_shared_service_copies(instance)


@receiver(post_page_move)
def page_moved(sender, instance, parent_page_before, parent_page_after, **kwargs):
    """A move makes both the old and the new location's sites stale."""
    invalidation.invalidate_page(instance, extra_paths=[parent_page_before.path])


@receiver(post_delete)
def page_deleted(sender, instance, **kwargs):
    """A deleted page (any page type) makes its site stale."""
    if isinstance(instance, Page) and instance.path:
        invalidation.invalidate_page(instance)


@receiver(post_save, sender=PageViewRestriction)
@receiver(post_delete, sender=PageViewRestriction)
def view_restriction_changed(sender, instance, **kwargs):
    """A page made private or public again: its site's pages, menu included, are stale."""
    page = Page.objects.filter(pk=instance.page_id).first()
    if page is not None:
        invalidation.invalidate_page(page)


@receiver(post_save)
@receiver(post_delete)
def site_content_changed(sender, instance, **kwargs):
    """A Site, or a row tied to one (site settings, notices…), changed: that site is stale."""
    if isinstance(instance, Site):
        invalidation.invalidate_site(instance)
        return
    site_ids = invalidation.site_ids_of(instance)
    if site_ids:
        invalidation.invalidate_sites(site_ids)


def _is_media(instance) -> bool:
    return isinstance(instance, (get_image_model(), get_document_model()))


@receiver(pre_save)
def media_about_to_change(sender, instance, update_fields=None, **kwargs):
    """Remember a stored image's or document's collection: a move to another
    collection makes the sites of both stale."""
    if instance.pk and _is_media(instance) and "collection" in (update_fields or {"collection"}):
        instance._pagecache_old_collection_id = (
            sender.objects.filter(pk=instance.pk).values_list("collection_id", flat=True).first()
        )


@receiver(post_save)
@receiver(post_delete)
def media_changed(sender, instance, update_fields=None, **kwargs):
    """An image or document saved or deleted: the sites showing its collection are stale."""
    if not _is_media(instance):
        return
    if update_fields and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    old = getattr(instance, "_pagecache_old_collection_id", None)
    invalidation.invalidate_collections({instance.collection_id, old})


@receiver(m2m_changed)
def media_tags_changed(sender, instance, action, **kwargs):
    """Tags added to or removed from an image or document (shown in the API)."""
    if action.startswith("post_") and _is_media(instance):
        invalidation.invalidate_collections({instance.collection_id})


@receiver(post_save, sender=CollectionViewRestriction)
@receiver(post_delete, sender=CollectionViewRestriction)
def collection_restriction_changed(sender, instance, **kwargs):
    """A collection made private or public again: its media leave or join the API."""
    invalidation.invalidate_collections({instance.collection_id})
