"""``seed_demo``'s news and announcements, seeded once for this module.

As in ``tests/services/test_demo_services.py``, the ``seeded`` fixture runs
the command once inside a transaction that stays open for the module and is
rolled back at its end; each test runs in its own savepoint.
"""

import xml.etree.ElementTree as ET

import pytest
from django.utils import timezone
from django.utils.html import escape
from wagtail.models import Page, Revision

from news.demo.announcements import KECAMATAN_ANNOUNCEMENTS, VILLAGE_ANNOUNCEMENTS
from news.demo.kecamatan_news import KECAMATAN_NEWS
from news.demo.village_news import VILLAGE_NEWS
from news.models import AnnouncementIndexPage, AnnouncementPage, NewsIndexPage, NewsPage
from tenants.models import Tenant
from tests.demo_seed import PASSWORD, seed

RKT = "16.74.04"
KARANGAN = "16.74.04.2008"
RAMBANG_SENULING = "16.74.04.2005"
BLT = "penyaluran-blt-dana-desa-tahap-i"


def tenant(code: str) -> Tenant:
    return Tenant.objects.select_related("site", "home_page", "collection").get(code=code)


def rkt_tenants() -> list[Tenant]:
    return list(
        Tenant.objects.filter(code__startswith=RKT).select_related(
            "site", "home_page", "collection"
        )
    )


def host_path(page, owner: Tenant) -> tuple[str, str]:
    return owner.site.hostname, page.url_path[len(owner.home_page.url_path) - 1 :]


def publish_state() -> dict:
    pages = Page.objects.type(NewsPage, AnnouncementPage)
    return {
        "revisions": Revision.objects.count(),
        "published": {page.pk: page.last_published_at for page in pages},
    }


@pytest.mark.django_db
def test_rkt_and_each_of_its_villages_have_news_with_photos_in_their_own_collection(seeded):
    total = 0
    for owner in rkt_tenants():
        index = NewsIndexPage.objects.child_of(owner.home_page).get()
        articles = list(NewsPage.objects.child_of(index).live().select_related("lead_image"))
        expected = KECAMATAN_NEWS if owner.code == RKT else VILLAGE_NEWS[owner.code]
        assert {page.slug for page in articles} == {demo.slug for demo in expected}, owner.name
        if owner.is_village:
            assert 2 <= len(articles) <= 4, owner.name
        for page in articles:
            page.full_clean()  # alt text present, category valid, summary short enough
            assert page.lead_image.collection_id == owner.collection_id
            assert page.lead_image_alt_text
            assert page.date.year == 2026
        total += len(articles)
    assert f"{total} berita, {total} baru, 0 diperbarui" in seeded


@pytest.mark.django_db
def test_karangan_blt_handover_is_on_karangan_site_only(seeded, client):
    karangan = tenant(KARANGAN)
    page = NewsPage.objects.get(slug=BLT)
    host, path = host_path(page, karangan)
    assert (host, path) == ("karangan.rkt.localhost", f"/berita/{BLT}/")
    response = client.get(path, HTTP_HOST=host)
    assert response.status_code == 200
    assert "Rp900.000" in response.text
    assert f'alt="{escape(page.lead_image_alt_text)}"' in response.text
    other = tenant(RAMBANG_SENULING).site.hostname
    assert client.get(path, HTTP_HOST=other).status_code == 404


@pytest.mark.django_db
def test_rkt_home_shows_village_news_labelled_with_links_to_the_village_hosts(seeded, client):
    html = client.get("/", HTTP_HOST="rkt.localhost").text
    start = html.index('id="berita-terbaru"')
    section = html[start : html.index("</section>", start)]
    assert section.count('class="news-item"') == 5
    assert '<span class="news-source">Desa Kemang Tanduk</span>' in section
    assert (
        'href="http://kemang-tanduk.rkt.localhost:8000/berita/sumur-bor-air-bersih-60-rumah/"'
        in (section)
    )


@pytest.mark.django_db
def test_rkt_index_with_all_villages_labels_the_patin_harvest_with_its_village(seeded, client):
    html = client.get("/berita/?desa=semua&kategori=ekonomi", HTTP_HOST="rkt.localhost").text
    assert "Panen Ikan Patin di Kolam BUMDes Rambang Senuling Capai 2,3 Ton" in html
    assert '<span class="news-source">Desa Rambang Senuling</span>' in html


@pytest.mark.django_db
def test_karangan_feed_holds_exactly_its_four_articles(seeded, client):
    response = client.get("/berita/rss/", HTTP_HOST="karangan.rkt.localhost")
    items = ET.fromstring(response.content).find("channel").findall("item")
    assert {item.findtext("link").rsplit("/", 2)[-2] for item in items} == {
        demo.slug for demo in VILLAGE_NEWS[KARANGAN]
    }
    assert all(
        item.findtext("link").startswith("http://karangan.rkt.localhost:8000/berita/")
        for item in items
    )


@pytest.mark.django_db
def test_announcements_are_seeded_with_pdf_attachments_and_ended_ones_marked(seeded, client):
    rkt = tenant(RKT)
    index = AnnouncementIndexPage.objects.child_of(rkt.home_page).get()
    pages = list(AnnouncementPage.objects.child_of(index).select_related("attachment"))
    assert {page.slug for page in pages} == {demo.slug for demo in KECAMATAN_ANNOUNCEMENTS}
    attachments = [page.attachment for page in pages if page.attachment]
    assert len(attachments) == 2
    for document in attachments:
        assert document.collection_id == rkt.collection_id
        assert document.file_extension == "pdf"
        with document.file.open("rb") as file:
            assert file.read(8) == b"%PDF-1.4"
    html = client.get("/pengumuman/", HTTP_HOST="rkt.localhost").text
    ended = [page for page in pages if page.valid_until < timezone.localdate()]
    assert html.count('<span class="ended">Sudah berakhir</span>') == len(ended)
    karangan = AnnouncementPage.objects.descendant_of(tenant(KARANGAN).home_page)
    assert karangan.count() == len(VILLAGE_ANNOUNCEMENTS[KARANGAN])


@pytest.mark.django_db
def test_every_seeded_article_and_announcement_renders_on_its_own_host(seeded, client):
    failures = []
    for owner in rkt_tenants():
        pages = list(NewsPage.objects.descendant_of(owner.home_page)) + list(
            AnnouncementPage.objects.descendant_of(owner.home_page)
        )
        for page in pages:
            host, path = host_path(page, owner)
            response = client.get(path, HTTP_HOST=host)
            if response.status_code != 200:
                failures.append(f"{host}{path}: {response.status_code}")
            elif escape(page.title) not in response.text:
                failures.append(f"{host}{path}: title missing")
        for path in ("/berita/", "/pengumuman/"):
            if client.get(path, HTTP_HOST=owner.site.hostname).status_code != 200:
                failures.append(f"{owner.site.hostname}{path}")
    assert failures == []


@pytest.mark.django_db
def test_other_kecamatan_get_empty_news_and_announcement_pages(seeded):
    others = Tenant.objects.exclude(code__startswith=RKT).select_related("home_page")
    assert others.count() > 10
    for other in others:
        assert NewsIndexPage.objects.child_of(other.home_page).exists(), other.name
        assert AnnouncementIndexPage.objects.child_of(other.home_page).exists(), other.name
        assert not NewsPage.objects.descendant_of(other.home_page).exists(), other.name


@pytest.mark.django_db
def test_running_the_seed_again_creates_no_revisions_and_keeps_publish_times(seeded):
    before = publish_state()
    output = seed(password=PASSWORD)
    assert publish_state() == before
    assert "0 baru, 0 diperbarui; " in output and "pengumuman, 0 baru, 0 diperbarui." in output


@pytest.mark.django_db
def test_seed_restores_an_edited_article_in_one_new_revision(seeded):
    page = NewsPage.objects.get(slug=BLT)
    page.summary = "Diubah operator."
    page.category = "ekonomi"
    page.save_revision().publish()
    revisions = Revision.objects.count()

    output = seed(password=PASSWORD)

    page = NewsPage.objects.get(slug=BLT)
    assert (page.category, page.summary[:10]) == ("sosial", "Pemerintah")
    assert Revision.objects.count() == revisions + 1
    assert "0 baru, 1 diperbarui;" in output
