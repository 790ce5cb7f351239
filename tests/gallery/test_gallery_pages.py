"""Albums render responsive renditions with alt text; lists are scoped, paginated, cheap."""

import datetime
import re

import pytest
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.blocks import StructBlockValidationError
from wagtail.images import get_image_model

from gallery.blocks import PhotoBlock
from gallery.models import GalleryPage
from tests.gallery.conftest import gallery_of, make_album, photo

pytestmark = pytest.mark.django_db


def img_tags(html: str) -> list[str]:
    return re.findall(r"<img [^>]*>", html)


def album_titles(html: str) -> list[str]:
    return re.findall(r"<strong>([^<]+)</strong>", html)


def test_album_shows_each_photo_as_webp_and_jpeg_renditions_with_size_and_alt(albums, client):
    response = client.get("/galeri/panen-patin-satu/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    html = response.text
    assert html.count("<picture>") == 3
    assert html.count('type="image/webp"') == 3
    webp = re.findall(r'srcset="([^"]+)" type="image/webp"', html)
    assert len(webp) == 3
    assert all(".format-webp.width-400.webp 400w, " in s and s.endswith(" 800w") for s in webp)
    assert 'sizes="(max-width: 40rem) 100vw, 40rem"' in html
    images = img_tags(html)
    assert len(images) == 3
    for tag in images:
        assert re.search(r'width="\d+"', tag) and re.search(r'height="\d+"', tag)
    assert 'alt="Kolam ikan berair cokelat"' in images[0]
    assert 'alt="Warga menarik jaring bersama"' in images[1]
    assert 'loading="lazy"' not in images[0]  # the first photo is above the fold
    assert all('loading="lazy"' in tag for tag in images[1:])
    assert "<figcaption>Kolam sebelum panen</figcaption>" in html


def test_each_photo_links_to_a_larger_rendition(albums, client):
    html = client.get("/galeri/panen-patin-satu/", HTTP_HOST="satu.kec-a.test").text
    links = re.findall(r'<a href="([^"]+)"[^>]*><picture>', html)
    assert len(links) == 3
    assert all(".max-1600x1600." in link and link.startswith("/media/") for link in links)


def test_a_decorative_photo_has_empty_alt_and_a_named_link(albums, client):
    html = client.get("/galeri/panen-patin-satu/", HTTP_HOST="satu.kec-a.test").text
    assert 'alt=""' in img_tags(html)[2]
    assert html.count('aria-label="Buka foto ukuran besar"') == 1


def test_a_photo_without_alt_text_is_refused_unless_marked_decorative(tree):
    block = PhotoBlock()
    raw = photo(tree.village_a1, "Tanpa alt", alt="")["value"]
    # Nor as the image's description, which would count as its alt text.
    get_image_model().objects.filter(pk=raw["image"]["image"]).update(description="")
    with pytest.raises(StructBlockValidationError):
        block.clean(block.to_python(raw))
    raw["image"]["decorative"] = True
    assert block.clean(block.to_python(raw))["image"].decorative


def test_an_album_without_photos_is_refused(tree):
    page = GalleryPage(title="Kosong", slug="kosong", date=datetime.date(2026, 1, 1), photos=[])
    with pytest.raises(ValidationError) as error:
        gallery_of(tree.village_a1).add_child(instance=page)
    assert "minimal satu foto" in str(error.value.message_dict["photos"])


def test_gallery_lists_only_this_sites_albums_newest_first_with_covers(albums, client):
    html = client.get("/galeri/", HTTP_HOST="satu.kec-a.test").text
    assert album_titles(html) == ["Panen patin Satu", "Gotong royong Satu"]
    covers = img_tags(html)
    assert len(covers) == 2
    for tag in covers:
        assert 'width="400"' in tag and 'height="300"' in tag and 'alt=""' in tag
    assert ".fill-400x300" in html
    assert "3 foto" in html and "18 Oktober 2026" in html
    assert "BLT Dua" not in html and "Bersih desa Tiga" not in html


def test_another_sites_album_is_not_served_through_this_sites_gallery(albums, client):
    response = client.get("/galeri/blt-dua/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 404


def test_gallery_is_paginated_and_bad_page_numbers_fall_back(tree, client):
    for n in range(13):
        make_album(tree.village_a2, f"Album {n:02d}", datetime.date(2026, 1, 1 + n))
    first = client.get("/galeri/", HTTP_HOST="dua.kec-a.test").text
    assert len(album_titles(first)) == 12
    assert album_titles(first)[0] == "Album 12"
    assert "Halaman 1 dari 2" in first and 'href="?page=2"' in first
    second = client.get("/galeri/?page=2", HTTP_HOST="dua.kec-a.test").text
    assert album_titles(second) == ["Album 00"]
    assert "Halaman 2 dari 2" in client.get("/galeri/?page=99", HTTP_HOST="dua.kec-a.test").text
    assert "Halaman 1 dari 2" in client.get("/galeri/?page=x", HTTP_HOST="dua.kec-a.test").text


def count_queries(client, path, host) -> int:
    client.get(path, HTTP_HOST=host)  # first render creates the renditions
    with CaptureQueriesContext(connection) as queries:
        assert client.get(path, HTTP_HOST=host).status_code == 200
    return len(queries)


def test_more_albums_or_photos_cost_no_more_queries(tree, client):
    make_album(tree.village_a2, "Satu foto", datetime.date(2026, 2, 1))
    index_with_one = count_queries(client, "/galeri/", "dua.kec-a.test")
    album_with_one = count_queries(client, "/galeri/satu-foto/", "dua.kec-a.test")
    photos = [photo(tree.village_a2, f"Foto {n}") for n in range(4)]
    make_album(tree.village_a2, "Empat foto", datetime.date(2026, 3, 1), photos=photos)
    make_album(tree.village_a2, "Lagi", datetime.date(2026, 4, 1))
    assert count_queries(client, "/galeri/", "dua.kec-a.test") == index_with_one
    assert count_queries(client, "/galeri/empat-foto/", "dua.kec-a.test") == album_with_one


def test_portal_home_shows_its_own_latest_albums_only(albums, client):
    html = client.get("/", HTTP_HOST="kec-a.test").text
    start = html.index('id="galeri-terbaru"')
    section = html[start : html.index("</section>", start)]
    assert album_titles(section) == ["Jalan sehat kecamatan"]
    assert 'href="/galeri/"' in section


def test_village_home_shows_at_most_three_newest_albums(tree, albums, client):
    make_album(tree.village_a1, "Terbaru Satu", datetime.date(2026, 11, 1))
    make_album(tree.village_a1, "Tertua Satu", datetime.date(2025, 1, 1))
    html = client.get("/", HTTP_HOST="satu.kec-a.test").text
    start = html.index('id="galeri-terbaru"')
    section = html[start : html.index("</section>", start)]
    assert album_titles(section) == ["Terbaru Satu", "Panen patin Satu", "Gotong royong Satu"]
    assert len(img_tags(section)) == 3


def test_home_without_albums_has_no_gallery_section(tree, client):
    assert 'id="galeri-terbaru"' not in client.get("/", HTTP_HOST="empat.kec-b.test").text
