"""Wagtail hooks of the news app: the "Berita terbaru" section on home pages,
and the autodiscovery links of the site's news feeds on every page."""

from django.template.loader import render_to_string
from wagtail import hooks

from cms.templatetags.seo import FEED_LINKS_HOOK
from news import listing
from news.models import NewsIndexPage
from tenants import scoping
from tenants.models.pages import HOME_SECTIONS_HOOK

LATEST_NEWS_LIMIT = 5


@hooks.register(HOME_SECTIONS_HOOK, order=20)
def latest_news_section(request, home):
    """The five newest articles; on a portal also its villages', each labelled.

    Links point to each article on its own site's host. Returns "" when there
    is no news yet, so an empty heading never shows.
    """
    items, labelled = listing.latest_news(request, LATEST_NEWS_LIMIT)
    if not items:
        return ""
    news_index = NewsIndexPage.objects.child_of(home).live().public().first()
    index_url = None
    if news_index is not None:
        site = scoping.current_site(request)
        index_url = listing.site_relative_url(site, news_index)
        if labelled:
            index_url += f"?desa={listing.ALL_VILLAGES}"
    return render_to_string(
        "news/includes/latest_news.html",
        {"items": items, "labelled": labelled, "index_url": index_url},
        request=request,
    )


@hooks.register(FEED_LINKS_HOOK)
def news_feed_links(request, site):
    """The RSS and Atom feeds of ``site``'s own news section, as absolute URLs; [] if none."""
    news_index = NewsIndexPage.objects.child_of(site.root_page).live().public().first()
    if news_index is None:
        return []
    base = site.root_url + listing.site_relative_url(site, news_index)
    return [
        {"type": "application/rss+xml", "title": f"RSS {news_index.title}", "url": base + "rss/"},
        {
            "type": "application/atom+xml",
            "title": f"Atom {news_index.title}",
            "url": base + "atom/",
        },
    ]
