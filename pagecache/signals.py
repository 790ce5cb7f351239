"""Invalidate the anonymous page cache when public content changes."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from pagecache import invalidation


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
