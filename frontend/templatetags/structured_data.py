"""schema.org JSON-LD for news articles and agenda items, from their templates.

``{% news_article_jsonld %}`` and ``{% event_jsonld %}`` read ``page`` and
``request`` from the context, and build the objects with the page family's
own module (``news.jsonld``, ``events.jsonld``). URLs are absolute and on
the host serving the request, as the canonical URL is.
"""

from django import template
from wagtail.models import Site

from cms.jsonld import as_script
from cms.models import SiteProfile
from cms.templatetags.seo import absolute, page_image, site_head
from events.jsonld import event
from news.jsonld import news_article

register = template.Library()


def _common(context) -> tuple:
    """``(page, canonical URL, image URL, the site's organisation)`` of this request."""
    request = context["request"]
    page = context["page"]
    site = Site.find_for_request(request)
    root = site.root_url
    profile = SiteProfile.for_request(request)
    head = site_head(request)
    image = page_image(page, root, request)
    organisation = {
        "@type": "GovernmentOrganization",
        "name": profile.display_name,
        "url": root + "/",
        "logo": {"@type": "ImageObject", "url": absolute(root, head["icon_large"])},
    }
    return page, absolute(root, request.path), image[0] if image else head["card"], organisation


@register.simple_tag(takes_context=True)
def news_article_jsonld(context):
    """The article's ``NewsArticle`` as a JSON-LD script element."""
    page, url, image_url, organisation = _common(context)
    return as_script(news_article(page, url=url, image_url=image_url, publisher=organisation))


@register.simple_tag(takes_context=True)
def event_jsonld(context):
    """The agenda item's ``Event`` as a JSON-LD script element."""
    page, url, image_url, organisation = _common(context)
    return as_script(event(page, url=url, image_url=image_url, organiser=organisation))
