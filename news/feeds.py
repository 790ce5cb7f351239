"""RSS and Atom feeds of one site's news, served by its NewsIndexPage.

A feed holds only the serving site's own news (never its villages' or any
other site's), with absolute links on that site's own host, so a feed reader
or a city portal can follow each village separately.
"""

import datetime

from django.http import HttpResponse
from django.utils import timezone
from django.utils.feedgenerator import SyndicationFeed
from django.utils.translation import gettext as _

from cms.models import SiteProfile
from news import listing
from tenants import scoping

FEED_SIZE = 20


def published_at(date: datetime.date) -> datetime.datetime:
    """The start of ``date`` in the site's time zone (Asia/Jakarta), for a feed's dates."""
    return timezone.make_aware(datetime.datetime.combine(date, datetime.time()))


def news_feed(request, index, feed_class: type[SyndicationFeed]) -> HttpResponse:
    """The latest ``FEED_SIZE`` articles of this request's site, as ``feed_class``."""
    site = scoping.current_site(request)
    base = site.root_url
    name = SiteProfile.for_request(request).display_name or site.site_name
    feed = feed_class(
        title=f"{index.title} · {name}",
        link=base + listing.site_relative_url(site, index),
        description=index.intro or _("Berita terbaru dari %(name)s") % {"name": name},
        language="id",
        feed_url=base + request.path,
        author_name=name,
    )
    for page in listing.news_among(scoping.site_pages(request), thumbnails=False)[:FEED_SIZE]:
        url = base + listing.site_relative_url(site, page)
        feed.add_item(
            title=page.title,
            link=url,
            unique_id=url,
            description=page.summary,
            pubdate=published_at(page.date),
            categories=[page.category_label],
        )
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response
