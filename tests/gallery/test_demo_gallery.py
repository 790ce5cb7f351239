"""``seed_demo``'s albums for Rambang Kapak Tengah, seeded once for this module.

As in ``tests/tenants/test_seed_demo.py``, the ``seeded`` fixture runs the
command once inside a transaction that stays open for the module and is
rolled back at its end; each test runs in its own savepoint.
"""

import re

import pytest
from django.utils.html import escape
from wagtail.images import get_image_model
from wagtail.models import Revision

from gallery.demo import ALBUMS, KARANGAN
from gallery.models import GalleryIndexPage, GalleryPage
from tenants.models import Tenant
from tests.demo_seed import seed


def tenant(code: str) -> Tenant:
    return Tenant.objects.select_related("site", "home_page", "collection").get(code=code)


def albums_of(code: str):
    gallery = GalleryIndexPage.objects.child_of(tenant(code).home_page).get()
    return GalleryPage.objects.child_of(gallery).live().order_by("-date")


@pytest.mark.django_db
def test_every_tenant_has_a_gallery_and_karangan_has_the_three_albums(seeded):
    for each in Tenant.objects.select_related("home_page"):
        assert GalleryIndexPage.objects.child_of(each.home_page).filter(slug="galeri").exists()
    assert [album.title for album in albums_of(KARANGAN)] == [
        "Panen ikan patin Desa Karangan",
        "Penyaluran BLT Dana Desa",
        "Gotong royong bersih desa",
    ]
    assert GalleryPage.objects.count() == sum(len(albums) for albums in ALBUMS.values())
    assert f"Galeri: {GalleryPage.objects.count()} album contoh" in seeded


@pytest.mark.django_db
def test_demo_photos_have_alt_text_and_live_in_their_tenants_collection(seeded):
    for code in ALBUMS:
        collection = tenant(code).collection
        for album in albums_of(code):
            album.full_clean()
            assert 3 <= album.photo_count <= 5
            for item in album.photo_list:
                assert item.alt and not item.decorative
                assert item.image.collection_id == collection.pk


@pytest.mark.django_db
def test_running_the_seed_again_creates_no_revisions_or_images(seeded):
    revisions, images = Revision.objects.count(), get_image_model().objects.count()
    output = seed()
    assert Revision.objects.count() == revisions
    assert get_image_model().objects.count() == images
    assert "0 baru, 0 diperbarui" in output.split("Galeri:")[1].splitlines()[0]


@pytest.mark.django_db
def test_every_demo_album_renders_on_its_own_host_with_alt_texts(seeded, client):
    for code in ALBUMS:
        host = tenant(code).site.hostname
        index = client.get("/galeri/", HTTP_HOST=host)
        assert index.status_code == 200
        for album in albums_of(code):
            assert escape(album.title) in index.text
            response = client.get(f"/galeri/{album.slug}/", HTTP_HOST=host)
            assert response.status_code == 200
            alts = re.findall(r'<img [^>]*alt="([^"]*)"', response.text)
            assert alts == [escape(item.alt) for item in album.photo_list]


@pytest.mark.django_db
def test_karangan_home_shows_its_three_latest_albums(seeded, client):
    html = client.get("/", HTTP_HOST=tenant(KARANGAN).site.hostname).text
    start = html.index('id="galeri-terbaru"')
    section = html[start : html.index("</section>", start)]
    titles = re.findall(r"<strong>([^<]+)</strong>", section)
    assert titles == [album.title for album in albums_of(KARANGAN)]
