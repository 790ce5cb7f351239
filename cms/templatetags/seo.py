"""What every public page says about itself in its ``<head>``.

* ``{% seo_tags %}``: meta description, absolute canonical URL, Open Graph and
  Twitter tags with an absolute image (the page's own picture, else the
  site's card made from its logo, else the default card);
* ``{% site_links %}``: the site's favicon and touch icons and the
  autodiscovery links of its feeds;
* ``{% site_logo %}``: the logo in the page header, sharp on 2× screens.

The site-wide part (icons, card, logo, feeds) does not depend on the page
read, so it is computed once per site (:func:`site_head`) and may be cached
through the ``site_head_cache`` hook (pagecache does, per site generation,
so a new logo or a new news section shows at once).
"""

import logging

from django import template
from django.templatetags.static import static
from django.utils.text import Truncator
from wagtail import hooks
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from cms.cachehooks import cached_through_hook
from cms.jsonld import as_script, breadcrumb_list
from cms.models import SiteProfile

register = template.Library()
logger = logging.getLogger(__name__)

# A page's own picture, cropped to the shape share previews use.
SOCIAL_RENDITION = "fill-1200x630"
CARD_SIZE = (1200, 630)
# The site's logo, whole, on a share card and on its icons (cms.image_operations).
LOGO_RENDITIONS = {
    "card": "pad-1200x630",
    "icon": "pad-32x32|format-png",
    "icon_large": "pad-192x192|format-png",
    "apple_touch_icon": "pad-180x180|format-png",
    "header": "fill-48x48",
    "header_2x": "fill-96x96",
}
# Used when the site has no logo (or its file is lost): frontend_templates/static/img/.
DEFAULT_IMAGES = {
    "card": "img/kartu-situs.png",
    "icon": "img/ikon-32.png",
    "icon_large": "img/ikon-192.png",
    "apple_touch_icon": "img/ikon-180.png",
}
# Wagtail hook through which an upper layer may cache :func:`site_head`'s value
# per site. A hook function takes ``(request, render)`` and returns ``render()``'s
# dict, or a cached copy of it.
SITE_HEAD_CACHE_HOOK = "site_head_cache"
# Wagtail hook through which apps announce a site's feeds (news: RSS and Atom).
# A hook function takes ``(request, site)`` and returns a list of
# ``{"type": MIME type, "title": str, "url": absolute URL}``.
FEED_LINKS_HOOK = "site_feed_links"


def absolute(root: str, url: str) -> str:
    """``url`` made absolute on ``root`` (a site's root URL) unless it already is."""
    return url if url.startswith(("http://", "https://")) else root + url


def _logo_urls(logo) -> dict:
    """Rendition URLs of ``logo`` for every use in LOGO_RENDITIONS, or {} if its file is lost."""
    try:
        renditions = logo.get_renditions(*LOGO_RENDITIONS.values())
    except (SourceImageIOError, OSError):
        # A lost original (restored without media, a failed upload) must not
        # take the site down; it shows the default icons instead.
        logger.warning("logo image %s has no source file; default icons used", logo.pk)
        return {}
    return {name: renditions[spec].url for name, spec in LOGO_RENDITIONS.items()}


def render_site_head(request, site) -> dict:
    """The site-wide head data of ``site``: icons, share card, header logo and feeds.

    Plain, picklable data, so that it can be cached per site.
    """
    root = site.root_url
    profile = SiteProfile.for_request(request)
    urls = _logo_urls(profile.logo) if profile.logo_id else {}
    head = {name: urls.get(name) or static(path) for name, path in DEFAULT_IMAGES.items()}
    head["card"] = absolute(root, head["card"])
    head["logo"] = (
        {"src": urls["header"], "src_2x": urls["header_2x"]} if "header" in urls else None
    )
    feeds = []
    for feed_links in hooks.get_hooks(FEED_LINKS_HOOK):
        feeds.extend(feed_links(request, site))
    head["feeds"] = feeds
    return head


def site_head(request) -> dict:
    """:func:`render_site_head` for the request's site, through a cache hook if one is set."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    cached = getattr(request, "_site_head", None)
    if cached is not None:
        return cached

    head = cached_through_hook(
        SITE_HEAD_CACHE_HOOK, request, lambda: render_site_head(request, site)
    )
    request._site_head = head  # several tags of one page share it
    return head


def fallback_description(title: str, site_name: str) -> str:
    """A plain description for a page whose content gives none."""
    if title and site_name and title != site_name:
        return f"{title} di situs resmi {site_name}."
    return f"Situs resmi {site_name or title}: layanan, berita, dan informasi untuk warga."


def page_image(page, root: str, request=None):
    """``(absolute URL, width, height)`` of ``page``'s own share image, or None.

    Kept on ``request`` when given, as the head tags and the JSON-LD of one
    page both ask.
    """
    memo = getattr(request, "_page_images", None) if request is not None else None
    if memo is not None and page.pk in memo:
        return memo[page.pk]
    image = getattr(page, "get_social_image", lambda: None)()
    found = None
    if image is not None:
        try:
            rendition = image.get_rendition(SOCIAL_RENDITION)
        except SourceImageIOError:
            logger.warning("image %s has no source file; the site card is used", image.pk)
        else:
            found = (absolute(root, rendition.url), rendition.width, rendition.height)
    if request is not None:
        request._page_images = {**(memo or {}), page.pk: found}
    return found


@register.inclusion_tag("includes/seo_tags.html", takes_context=True)
def seo_tags(context, description="", canonical="", title=""):
    """Description, canonical URL and Open Graph/Twitter tags for a WhatsApp-style preview.

    The canonical URL is this site's root plus the request path, so a shared
    service shown on a village site is canonical on that village's host;
    ``canonical`` overrides it (relative or absolute). A page's own description
    (``get_meta_description()``) is used unless ``description`` is given; pages
    that are not Wagtail pages (search, citizens' forms) pass theirs.
    Images are absolute URLs: previews are fetched by other servers.
    """
    request = context.get("request")
    page = context.get("page")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {}
    # for_request, not for_site: cached on the request, shared with the
    # ``settings`` context processor, so the page reads the profile once.
    profile = SiteProfile.for_request(request)
    root = site.root_url
    if not title and page is not None:
        title = page.seo_title or page.title
    if not description and page is not None:
        description = getattr(page, "get_meta_description", lambda: page.search_description)()
    description = " ".join((description or "").split())
    if not description:
        description = fallback_description(title, profile.display_name)
    head = site_head(request)
    image = page_image(page, root, request) if page is not None else None
    image_url, width, height = image or (head["card"], *CARD_SIZE)
    return {
        "title": title or profile.display_name,
        "site_name": profile.display_name,
        "description": Truncator(description).chars(300),
        "canonical": absolute(root, canonical or request.path),
        "image_url": image_url,
        "image_width": width,
        "image_height": height,
        "og_type": "website" if page is None or page.depth <= 3 else "article",
    }


@register.inclusion_tag("includes/site_links.html", takes_context=True)
def site_links(context):
    """The site's favicon, touch icon and feed autodiscovery links, on every page."""
    request = context.get("request")
    return {"head": site_head(request) if request else {}}


@register.inclusion_tag("includes/site_logo.html", takes_context=True)
def site_logo(context):
    """The site's logo for the page header (48 px, with a 2× source), or nothing."""
    request = context.get("request")
    head = site_head(request) if request else {}
    return {"logo": head.get("logo")}


@register.inclusion_tag("includes/breadcrumbs.html", takes_context=True)
def breadcrumbs(context, current, parent=None, parent_url="", parent_title=""):
    """The trail "Beranda › parent › current" and its schema.org ``BreadcrumbList``.

    ``parent`` is a page (its title and URL on this site are used), or give
    ``parent_url`` and ``parent_title`` for a view that is not a page; leave
    all three out for a page directly under the home. The JSON-LD repeats
    exactly the trail the reader sees, with absolute URLs; the current item
    is the request's own address.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    root = site.root_url if site is not None else ""
    if parent is not None:
        parent_url = parent.get_url(request)
        parent_title = parent.title
    trail = [("Beranda", "/")]
    if parent_url and parent_title:
        trail.append((parent_title, parent_url))
    trail.append((str(current), request.path if request else ""))
    return {
        "links": trail[:-1],
        "current": trail[-1][0],
        "jsonld": as_script(breadcrumb_list([(t, absolute(root, u)) for t, u in trail])),
    }
