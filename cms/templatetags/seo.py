"""Meta, canonical and Open Graph tags for every public page."""

import logging

from django import template
from wagtail.images.models import SourceImageIOError
from wagtail.models import Site

from cms.models import SiteProfile

register = template.Library()
logger = logging.getLogger(__name__)

SOCIAL_RENDITION = "fill-1200x630"


@register.inclusion_tag("includes/seo_tags.html", takes_context=True)
def seo_tags(context):
    """Description, canonical URL and Open Graph/Twitter tags for a WhatsApp-style preview.

    The canonical URL is this site's root plus the request path, so a shared
    service shown on a village site is canonical on that village's host.
    Images are absolute rendition URLs: previews are fetched by other servers.
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
    description = ""
    image = None
    if page is not None:
        description = getattr(page, "get_meta_description", lambda: page.search_description)()
        image = getattr(page, "get_social_image", lambda: None)()
    image = image or profile.logo
    image_url = ""
    if image is not None:
        try:
            url = image.get_rendition(SOCIAL_RENDITION).url
        except SourceImageIOError:
            # A lost original (restored without media, a failed upload) must
            # not take the page down; it only loses its preview image.
            logger.warning("image %s has no source file; no og:image", image.pk)
        else:
            image_url = url if url.startswith("http") else root + url
    title = ""
    if page is not None:
        title = page.seo_title or page.title
    return {
        "title": title,
        "site_name": profile.display_name,
        "description": " ".join((description or "").split())[:300],
        "canonical": root + request.path,
        "image_url": image_url,
        "og_type": "website" if page is None or page.depth <= 3 else "article",
    }
