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

    def render():
        return render_site_head(request, site)

    head = None
    for cached_head in hooks.get_hooks(SITE_HEAD_CACHE_HOOK):
        head = cached_head(request, render)
        break
    if head is None:
        head = render()
    request._site_head = head  # several tags of one page share it
    return head


def fallback_description(title: str, site_name: str) -> str:
    """A plain description for a page whose content gives none."""
    if title and site_name and title != site_name:
        return f"{title} di situs resmi {site_name}."
    return f"Situs resmi {site_name or title}: layanan, berita, dan informasi untuk warga."


def _page_image(page, root: str):
    """``(absolute URL, width, height)`` of ``page``'s own share image, or None."""
    image = getattr(page, "get_social_image", lambda: None)()
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SOCIAL_RENDITION)
    except SourceImageIOError:
        logger.warning("image %s has no source file; the site card is used", image.pk)
        return None
    return absolute(root, rendition.url), rendition.width, rendition.height


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
    image = _page_image(page, root) if page is not None else None
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
