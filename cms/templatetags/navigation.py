"""Template tags for the public site's navigation."""

from django import template
from wagtail.models import Site

register = template.Library()


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The current site's menu: its home, then its live, public children marked
    "show in menus". Scoped to the request's Site, never to other sites.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"items": [], "current": None}
    root = site.root_page
    items = list(root.get_children().live().public().in_menu().specific(defer=True))
    page = context.get("page")
    return {"root": root, "items": items, "current": page, "request": request}
