"""Queries and template context for news and announcement lists.

Every list starts from ``tenants.scoping``: a site's own pages
(``site_pages``), or on a kecamatan portal its own and its villages' pages
(``kecamatan_pages``), labelled with their source (``label_pages``). Each list
costs a fixed number of queries, whatever its length: no per-item lookups.
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.core.paginator import Paginator
from django.db.models import BooleanField, Case, Prefetch, Value, When
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.models import Filter
from wagtail.models import Page, Site

from news.models import AnnouncementPage, NewsCategory, NewsPage
from tenants import scoping, tree
from tenants.models import Tenant

PER_PAGE = 10
# ``?desa=semua`` on a portal's index: the kecamatan's and all its villages' news.
ALL_VILLAGES = "semua"
# The renditions of a list thumbnail. They must be the filter specs, in the same
# order, that ``news/includes/news_item.html`` passes to ``{% picture %}``, so the
# prefetched renditions are found and a list never looks them up one by one.
THUMBNAIL_SPECS = Filter.expand_spec("fill-{160x90,320x180} format-{webp,jpeg}")


@dataclass(frozen=True)
class NewsItem:
    """One article in a list: the page, its address, and its source when lists mix sites.

    ``url`` is relative on the current site and absolute on another tenant's
    (a village's article on its own host). ``source`` is the tenant that
    published it, set only in lists that mix sites.
    """

    page: NewsPage
    url: str
    source: Tenant | None = None


def site_relative_url(site: Site, page: Page) -> str:
    """The path of ``page``, which must be under ``site``'s root, on that site."""
    return tree.url_below(page, site.root_page)


def tenant_url(request, page: Page, tenant: Tenant) -> str:
    """``page``'s address as a link from this request's site.

    Relative when ``tenant`` serves this request, otherwise absolute on the
    tenant's own host. Built from the tenant's home and Site, which the
    scoping helpers load, rather than through ``Page.get_url``, whose lookup
    of every site's root grows with the number of sites.
    """
    relative = tree.url_below(page, tenant.home_page)
    if tenant.site_id == scoping.current_site(request).pk:
        return relative
    return tenant.site.root_url + relative


def news_among(pages, *, thumbnails: bool = True):
    """Live NewsPages among ``pages`` (a scoping queryset), newest first.

    With ``thumbnails``, lead images and their list renditions are prefetched
    in two queries for the whole list.
    """
    news = (
        NewsPage.objects.filter(pk__in=pages.values("pk"))
        .defer_streamfields()
        .order_by("-date", "-pk")
    )
    if thumbnails:
        images = get_image_model().objects.prefetch_renditions(*THUMBNAIL_SPECS)
        news = news.prefetch_related(Prefetch("lead_image", queryset=images))
    return news


def news_items(request, news, *, labelled: bool) -> list[NewsItem]:
    """``news`` as NewsItems; ``labelled`` ones carry their source tenant.

    Labelling goes through ``scoping.label_pages``, which drops any page
    outside the portal's own kecamatan.
    """
    if labelled:
        return [
            NewsItem(page, tenant_url(request, page, tenant), tenant)
            for page, tenant in scoping.label_pages(request, news)
        ]
    site = scoping.current_site(request)
    return [NewsItem(page, site_relative_url(site, page)) for page in news]


def latest_news(request, limit: int) -> tuple[list[NewsItem], bool]:
    """The ``limit`` newest articles for a home page, and whether they are labelled.

    On a portal: its own and its villages' news, each labelled with its
    source. On a village site: its own news only.
    """
    tenant = scoping.current_tenant(request)
    labelled = tenant is not None and not tenant.is_village
    news = news_among(scoping.kecamatan_pages(request))[:limit]
    return news_items(request, news, labelled=labelled), labelled


def page_links(request, page_obj, filters: dict) -> dict:
    """Links for a paginated list, keeping ``filters`` (the non-empty query options).

    Returns ``previous`` and ``next`` (URLs or None) and ``numbers``: a list of
    ``(label, url, is_current)``, with ``url`` None for an ellipsis.
    """

    def href(number):
        query = {**filters, "page": number} if number > 1 else filters
        return request.path + ("?" + urlencode(query) if query else "")

    paginator = page_obj.paginator
    numbers = [
        (number, None, False)
        if number == paginator.ELLIPSIS
        else (number, href(number), number == page_obj.number)
        for number in paginator.get_elided_page_range(page_obj.number, on_each_side=1, on_ends=1)
    ]
    return {
        "previous": href(page_obj.previous_page_number()) if page_obj.has_previous() else None,
        "next": href(page_obj.next_page_number()) if page_obj.has_next() else None,
        "numbers": numbers,
    }


def listing_context(request, index) -> dict:
    """Context of a news index: one page of items, the filters, and pagination links.

    ``?kategori=`` keeps one category (unknown values are ignored). On a
    portal, ``?desa=semua`` adds all its villages' news and ``?desa=<slug>``
    shows one of its villages; both label every item with its source. A slug
    that is not one of this portal's villages is ignored, so another
    kecamatan's village can never be listed. ``?page=`` past the end shows
    the last page; a non-number shows the first.
    """
    tenant = scoping.current_tenant(request)
    is_portal = tenant is not None and not tenant.is_village
    category = request.GET.get("kategori", "")
    if category not in NewsCategory.values:
        category = ""
    villages = scoping.live_villages(request) if is_portal else []
    source = request.GET.get("desa", "") if is_portal else ""

    pages, labelled = scoping.site_pages(request), False
    if source == ALL_VILLAGES:
        pages, labelled = scoping.kecamatan_pages(request), True
    elif source:
        village = next((v for v in villages if v.home_page.slug == source), None)
        if village is None:
            source = ""
        else:
            pages = scoping.kecamatan_pages(request).descendant_of(village.home_page)
            labelled = True

    news = news_among(pages)
    if category:
        news = news.filter(category=category)
    page_obj = Paginator(news, PER_PAGE).get_page(request.GET.get("page"))
    filters = {key: value for key, value in (("kategori", category), ("desa", source)) if value}
    return {
        "items": news_items(request, page_obj.object_list, labelled=labelled),
        "page_obj": page_obj,
        "page_links": page_links(request, page_obj, filters),
        "categories": NewsCategory.choices,
        "category": category,
        "category_label": NewsCategory(category).label if category else "",
        "villages": villages,
        "source": source,
        "all_villages": ALL_VILLAGES,
        "is_filtered": bool(filters),
    }


@dataclass(frozen=True)
class AnnouncementItem:
    """One announcement in a list, with its address and whether it has ended."""

    page: AnnouncementPage
    url: str
    expired: bool


def announcement_context(request) -> dict:
    """Context of an announcement index: this site's announcements, paginated.

    Current ones (no end date, or ending today or later) come first, then the
    ended ones; each group newest first.
    """
    today = timezone.localdate()
    announcements = (
        AnnouncementPage.objects.filter(pk__in=scoping.site_pages(request).values("pk"))
        .defer_streamfields()
        .select_related("attachment")
        .annotate(
            ended=Case(
                When(valid_until__lt=today, then=Value(True)),
                default=Value(False),
                output_field=BooleanField(),
            )
        )
        .order_by("ended", "-date", "-pk")
    )
    page_obj = Paginator(announcements, PER_PAGE).get_page(request.GET.get("page"))
    site = scoping.current_site(request)
    return {
        "announcements": [
            AnnouncementItem(page, site_relative_url(site, page), page.ended)
            for page in page_obj.object_list
        ],
        "page_obj": page_obj,
        "page_links": page_links(request, page_obj, {}),
    }
