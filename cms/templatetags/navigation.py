"""Template tags for the public site's navigation."""

from django import template
from wagtail.models import Site

from cms.cachehooks import cached_through_hook

register = template.Library()

# Wagtail hook through which an upper layer may cache the menu's entries
# (pagecache does, per site). A hook function takes ``(request, render)`` and
# returns ``render()``'s dict, or a cached copy of it.
MAIN_NAV_CACHE_HOOK = "main_nav_cache"


def menu_entries(request, site) -> dict:
    """The menu of ``site`` as plain data: ``root_pk`` and ``items``, a list of
    ``{"pk", "title", "url"}`` for its live, public children marked "show in menus".
    """
    root = site.root_page
    children = root.get_children().live().public().in_menu().specific(defer=True)
    items = [
        {"pk": page.pk, "title": page.title, "url": page.get_url(request)} for page in children
    ]
    return {"root_pk": root.pk, "items": items}


@register.inclusion_tag("includes/main_nav.html", takes_context=True)
def main_nav(context):
    """The current site's menu: its home, then its live, public children marked
    "show in menus". Scoped to the request's Site, never to other sites.

    The entries do not depend on the page shown, so a ``main_nav_cache`` hook
    may serve them from a per-site cache; only the current entry is marked here.
    """
    request = context.get("request")
    site = Site.find_for_request(request) if request else None
    if site is None:
        return {"root_pk": None, "items": [], "current_pk": None}

    entries = cached_through_hook(MAIN_NAV_CACHE_HOOK, request, lambda: menu_entries(request, site))
    page = context.get("page")
    return {**entries, "current_pk": getattr(page, "pk", None), "request": request}
