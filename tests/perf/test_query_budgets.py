"""Query budgets: every public page type and the API listings, on the seeded demo.

"Uncached" means without the anonymous full-page cache (off in tests): each
page is rendered once to warm the process as a running worker is (site roots,
hostnames, the cached home sections and menu), then counted on the next
render. The budget is the issue's: at most 15 SQL queries, for every page
type, on SQLite and PostgreSQL alike. ``test_listing_queries`` checks that
the listing pages also stay flat as their number of items grows.
"""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Site

from bench.page_samples import sample_pages

PAGE_BUDGET = 15
API_LISTINGS = ["/api/v2/pages/", "/api/v2/services/", "/api/v2/sites/", "/api/v2/news/"]

pytestmark = pytest.mark.django_db


def count_queries(client, host, path):
    client.get(path, HTTP_HOST=host)  # warm the process: site roots, hostnames
    with CaptureQueriesContext(connection) as queries:
        response = client.get(path, HTTP_HOST=host)
    return response, queries


def test_every_public_page_type_renders_within_the_query_budget(seeded, client, settings):
    settings.PAGECACHE_FRAGMENT_SECONDS = 600
    samples = sample_pages(prefer_hostname_suffix="rkt.localhost")
    assert len(samples) >= 15, "the demo should have a page of every type"
    over = {}
    for sample in samples:
        response, queries = count_queries(client, sample.hostname, sample.path)
        assert response.status_code == 200, sample
        if len(queries) > PAGE_BUDGET:
            over[f"{sample.label} {sample.hostname}{sample.path}"] = len(queries)
    assert over == {}, f"over budget: {over}"


@pytest.mark.parametrize("path", API_LISTINGS)
def test_api_listing_queries_do_not_grow_with_limit(seeded, client, path):
    host = Site.objects.get(is_default_site=True).hostname
    counts = {}
    for limit in (1, 20):
        response, queries = count_queries(client, host, f"{path}?limit={limit}")
        assert response.status_code == 200, (path, response.content[:300])
        counts[limit] = len(queries)
    items = response.json()["items"] if "items" in response.json() else response.json()
    assert len(items) > 1, f"{path}: too little demo data to compare"
    assert counts[20] == counts[1], f"{path}: {counts}"
