"""Every page in the sitemaps of two demo sites says what it is, as the README promises.

For each URL of the sitemaps of the portal (rkt.localhost) and one village
(karangan.rkt.localhost), parsed with lxml rather than the templates' own
markup assumptions:

* a meta description with text, an absolute canonical URL that is the page's
  own address, an absolute ``og:image`` that answers 200 (image renditions
  through the demo's media serving, the default card through WhiteNoise);
* the site's RSS and Atom feeds announced, absolute and answering;
* a favicon link that answers;
* every JSON-LD block valid for an independent JSON-LD processor (pyld), and
  the types each page family must carry.

The demo is seeded once for the module (``seeded``).
"""

import json
import xml.etree.ElementTree as ET
from collections import Counter
from urllib.parse import urlsplit

import pytest
from lxml import html as lxml_html

from tests.frontend.jsonld_check import SCHEMA_VOCAB as SCHEMA
from tests.frontend.jsonld_check import expand, types_in

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9"}
HOSTS = ("rkt.localhost", "karangan.rkt.localhost")


def split(url: str) -> tuple[str, str]:
    """``(Host header, path with query)`` of an absolute URL."""
    parts = urlsplit(url)
    return parts.netloc, parts.path + (f"?{parts.query}" if parts.query else "")


def fetch(client, url):
    host, path = split(url)
    return client.get(path, HTTP_HOST=host)


@pytest.fixture(scope="module")
def swept(seeded, django_db_blocker):
    """Every sitemap page of the two sites, rendered once: ``{url: (status, lxml tree)}``."""
    from django.test import Client, override_settings

    client = Client()
    pages = {}
    with django_db_blocker.unblock(), override_settings(SERVE_MEDIA=True):
        for host in HOSTS:
            response = client.get("/sitemap.xml", HTTP_HOST=host)
            assert response.status_code == 200
            locations = [
                loc.text
                for loc in ET.fromstring(response.content).findall("sm:url/sm:loc", SITEMAP_NS)
            ]
            assert len(locations) >= 15, f"{host}: too few pages to sweep"
            for url in locations:
                page = fetch(client, url)
                pages[url] = (page.status_code, lxml_html.fromstring(page.content))
    return pages


@pytest.fixture
def media_client(client, settings):
    settings.SERVE_MEDIA = True
    return client


def test_every_sitemap_page_has_a_description_and_its_own_absolute_canonical(swept):
    problems = {}
    for url, (status, tree) in swept.items():
        description = tree.xpath('string(//meta[@name="description"]/@content)').strip()
        canonical = tree.xpath('//link[@rel="canonical"]/@href')
        if status != 200:
            problems[url] = f"HTTP {status}"
        elif len(description) < 20:
            problems[url] = f"description {description!r}"
        elif canonical != [url]:
            problems[url] = f"canonical {canonical}"
    assert problems == {}
    assert len(swept) >= 40


def test_every_sitemap_page_has_an_absolute_og_image_that_answers(swept, media_client):
    images = Counter()
    for url, (_status, tree) in swept.items():
        found = tree.xpath('//meta[@property="og:image"]/@content')
        assert len(found) == 1, url
        image = found[0]
        assert image.startswith(("http://rkt.localhost:8000/", "http://karangan.rkt.")), image
        images[image] += 1
    for image in images:
        response = fetch(media_client, image)
        assert response.status_code == 200, image
        assert response["Content-Type"].startswith("image/"), image
    # News photos, album covers and products bring their own images.
    assert len(images) > 10


def test_every_sitemap_page_announces_the_sites_feeds_and_icons(swept, media_client):
    checked = set()
    for url, (_status, tree) in swept.items():
        feeds = {
            link.get("type"): link.get("href")
            for link in tree.xpath('//head/link[@rel="alternate"]')
        }
        host = split(url)[0]
        assert feeds.get("application/rss+xml") == f"http://{host}/berita/rss/", url
        assert feeds.get("application/atom+xml") == f"http://{host}/berita/atom/", url
        icons = tree.xpath('//head/link[@rel="icon"]/@href')
        touch = tree.xpath('//head/link[@rel="apple-touch-icon"]/@href')
        assert icons and touch, url
        checked.update((host, href) for href in [*feeds.values(), *icons, *touch])
    for host, href in checked:
        response = (
            fetch(media_client, href) if "://" in href else media_client.get(href, HTTP_HOST=host)
        )
        assert response.status_code == 200, href


def test_every_json_ld_block_is_valid_json_ld_with_the_expected_types(swept):
    """pyld expands each block (schema.org's vocabulary served locally, see jsonld_check)."""
    by_family = {}
    for url, (_status, tree) in swept.items():
        blocks = [
            json.loads(text) for text in tree.xpath('//script[@type="application/ld+json"]/text()')
        ]
        types = set()
        for block in blocks:
            expanded = expand(block)  # raises on anything that is not valid JSON-LD
            assert expanded, (url, block)
            types |= types_in(expanded)
        path = split(url)[1]
        by_family[path] = types
        if path != "/":
            assert "BreadcrumbList" in types, url
    news = [t for p, t in by_family.items() if p.startswith("/berita/") and p.count("/") == 3]
    events = [t for p, t in by_family.items() if p.startswith("/agenda/") and p.count("/") == 3]
    services = [t for p, t in by_family.items() if p.startswith("/layanan/") and p.count("/") == 3]
    assert news and all("NewsArticle" in t for t in news)
    assert events and all("Event" in t for t in events)
    assert services and all("GovernmentService" in t for t in services)
    assert "GovernmentOffice" in by_family["/kontak/"]


def test_the_contact_page_gives_office_hours_as_structured_data(swept):
    _status, tree = swept["http://rkt.localhost:8000/kontak/"]
    blocks = [json.loads(t) for t in tree.xpath('//script[@type="application/ld+json"]/text()')]
    office = next(b for b in blocks if b["@type"] == "GovernmentOffice")
    # The page shows "Senin–Kamis 08.00–15.30, Jumat 08.00–11.30 WIB".
    assert [
        (h["dayOfWeek"], h["opens"], h["closes"]) for h in office["openingHoursSpecification"]
    ] == [
        (["Monday", "Tuesday", "Wednesday", "Thursday"], "08:00", "15:30"),
        (["Friday"], "08:00", "11:30"),
    ]
    expanded = expand(office)[0]
    assert SCHEMA + "openingHoursSpecification" in expanded
    # The demo's map links are searches, not coordinates: no invented geo.
    assert "geo" not in office


def test_a_listings_first_card_loads_at_once_and_the_rest_lazily(swept):
    counts = {}
    for path in ("/galeri/", "/umkm/"):
        _status, tree = swept[f"http://rkt.localhost:8000{path}"]
        first, *rest = tree.xpath("//main//ul//img")
        counts[path] = 1 + len(rest)
        assert first.get("fetchpriority") == "high" and first.get("loading") is None, path
        assert all(img.get("loading") == "lazy" for img in rest), path
        # A 2x source for a sharp card on a phone, and sizes to pick the right one.
        webp = tree.xpath('//main//ul/li[1]//source[@type="image/webp"]')[0]
        assert "400w" in webp.get("srcset") and "800w" in webp.get("srcset"), path
        assert "100vw" in webp.get("sizes"), path
    assert counts["/umkm/"] >= 2, "the demo should list several products"
