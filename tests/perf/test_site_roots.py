"""The per-process site-root index gives Wagtail's own answers, and follows site changes."""

import pytest
from wagtail.models import Page, Site

from tenants import siteroots
from tests.factories import VillageFactory

pytestmark = pytest.mark.django_db


def wagtail_relevant(page):
    """What stock Wagtail computes: a scan of every site's root path."""
    paths = siteroots._wagtail_get_site_root_paths()
    return tuple(srp for srp in paths if page.url_path.startswith(srp.root_path))


def test_relevant_root_paths_and_urls_match_a_full_scan(tree, rf):
    pages = list(Page.objects.all())
    assert len(pages) > 10
    request = rf.get("/", HTTP_HOST="satu.kec-a.test")
    for page in pages:
        assert page._get_relevant_site_root_paths() == wagtail_relevant(page), page.url_path
        parts = page.get_url_parts()
        if parts and parts[1]:
            expected = (
                parts[2] if parts[0] == Site.find_for_request(request).pk else "".join(parts[1:])
            )
            assert page.get_url(request) == expected


def test_a_new_site_is_seen_at_once(tree):
    before = siteroots.current_index().site_count
    village = VillageFactory(kecamatan=tree.kec_b, serial=2010, name="Lima")
    index = siteroots.current_index()
    assert index.site_count == before + 1
    home = Page.objects.get(pk=village.home_page.pk)
    assert home.full_url == f"http://{village.site.hostname}/"


def test_urls_built_without_the_request_check_the_index_once_per_request(tree, rf, monkeypatch):
    from django.core.cache import caches

    from tenants.middleware import RequestSiteRootsMiddleware

    pages = [page for page in Page.objects.filter(depth__gt=2) if page.url_path]
    assert len(pages) > 10
    siteroots.current_index()  # loaded, as in a warm process
    backend = caches["default"]
    reads = []
    original = backend.get

    def counting_get(key, *args, **kwargs):
        if key == siteroots.GENERATION_KEY:
            reads.append(key)
        return original(key, *args, **kwargs)

    monkeypatch.setattr(backend, "get", counting_get)

    def view(request):
        # As Wagtail's API serializer and rich-text links do: no request passed.
        return [Page.objects.get(pk=page.pk).full_url for page in pages]

    urls = RequestSiteRootsMiddleware(view)(rf.get("/", HTTP_HOST="satu.kec-a.test"))
    assert reads == [siteroots.GENERATION_KEY]  # before: one read per page
    assert urls == [page.full_url for page in pages]
    assert len(reads) == 1 + len(pages)  # outside a request, still one per page object
