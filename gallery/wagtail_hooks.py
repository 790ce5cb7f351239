"""Wagtail hooks of the gallery: the "Galeri terbaru" section on home pages."""

from django.template.loader import render_to_string
from wagtail import hooks

from gallery.models import GalleryIndexPage, GalleryPage, attach_covers
from tenants import scoping
from tenants.models.pages import HOME_SECTIONS_HOOK

HOME_ALBUMS_LIMIT = 3


@hooks.register(HOME_SECTIONS_HOOK, order=40)
def latest_albums_section(request, home):
    """The covers of the site's three newest albums (this site only); "" if it has none."""
    pages = scoping.site_pages(request)
    albums = GalleryPage.objects.filter(pk__in=pages.values("pk")).order_by("-date", "-pk")
    albums = attach_covers(albums[:HOME_ALBUMS_LIMIT])
    if not albums:
        return ""
    gallery = GalleryIndexPage.objects.child_of(home).live().public().first()
    return render_to_string(
        "gallery/includes/latest_section.html",
        {"albums": albums, "gallery_url": gallery.get_url(request) if gallery else ""},
        request=request,
    )
