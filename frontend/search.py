"""Site search: scoped to the current site, or to a portal and its villages."""

from dataclasses import dataclass

from django.core.paginator import Paginator
from wagtail.models import Page

from tenants import scoping
from tenants.codes import TenantKind

MAX_QUERY_LENGTH = 100
RESULTS_PER_PAGE = 10


@dataclass(frozen=True)
class SearchHit:
    """One result: the specific page, its URL for this request, and its source."""

    page: Page
    url: str
    tenant: object  # tenants.models.Tenant, or None outside any tenant
    is_other_site: bool


def search_scope(request, include_villages: bool):
    """The pages a search on this request may return.

    A village searches its own site. A portal searches itself, and with
    ``include_villages`` also its own villages (never another kecamatan's).
    """
    tenant = scoping.current_tenant(request)
    if include_villages and tenant is not None and tenant.kind == TenantKind.KECAMATAN:
        return scoping.kecamatan_pages(request)
    return scoping.site_pages(request)


def run_search(request, query: str, include_villages: bool, page_number):
    """Search, paginate, and label the hits of one results page.

    Returns ``(paginator_page, hits)``. Only the hits of the page shown are
    turned into specific pages and labelled, so the cost follows the page
    size, not the number of matches.
    """
    results = search_scope(request, include_villages).search(query[:MAX_QUERY_LENGTH])
    paginator = Paginator(results, RESULTS_PER_PAGE)
    paginated = paginator.get_page(page_number)
    ids = [page.pk for page in paginated.object_list]
    # Deferred specific pages: the right class (for URLs) in one query, not one
    # per page type; the results list shows only fields every page has.
    specific = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific(defer=True)}
    pages = [specific[pk] for pk in ids if pk in specific]
    site = scoping.current_site(request)
    own_prefix = site.root_page.path
    hits = [
        SearchHit(page, page.get_url(request), tenant, not page.path.startswith(own_prefix))
        for page, tenant in scoping.label_pages(request, pages)
    ]
    return paginated, hits
