"""Fixtures: albums with small placeholder photos on the two-kecamatan tree."""

import datetime

import pytest

from cms.demo_images import demo_image
from gallery.models import GalleryIndexPage, GalleryPage


def gallery_of(tenant) -> GalleryIndexPage:
    return GalleryIndexPage.objects.child_of(tenant.home_page).get()


def photo(tenant, caption, alt=None, decorative=False) -> dict:
    """Raw data of one photo block, drawing a small image in the tenant's collection."""
    image = demo_image(caption, tenant.collection, size=(900, 600))
    value = {"image": image.pk, "alt_text": alt if alt is not None else f"Foto {caption}"}
    value["decorative"] = decorative
    return {"type": "photo", "value": {"image": value, "caption": caption}}


def make_album(tenant, title, date, photos=None, **fields) -> GalleryPage:
    """A published album on ``tenant``'s gallery; one photo unless ``photos`` is given."""
    if photos is None:
        photos = [photo(tenant, f"Sampul {title}")]
    page = GalleryPage(title=title, date=date, photos=photos, **fields)
    gallery_of(tenant).add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def albums(tree):
    """Albums on kec A, village A1 (two), village A2 and village B1."""

    class Albums:
        pass

    a = Albums()
    a.portal = make_album(tree.kec_a, "Jalan sehat kecamatan", datetime.date(2026, 8, 16))
    a.satu_old = make_album(tree.village_a1, "Gotong royong Satu", datetime.date(2026, 9, 13))
    a.satu_new = make_album(
        tree.village_a1,
        "Panen patin Satu",
        datetime.date(2026, 10, 18),
        description="Panen perdana kolam desa.",
        photos=[
            photo(tree.village_a1, "Kolam sebelum panen", "Kolam ikan berair cokelat"),
            photo(tree.village_a1, "Menarik jaring", "Warga menarik jaring bersama"),
            photo(tree.village_a1, "Hiasan", decorative=True, alt=""),
        ],
    )
    a.dua = make_album(tree.village_a2, "BLT Dua", datetime.date(2026, 10, 2))
    a.tiga = make_album(tree.village_b1, "Bersih desa Tiga", datetime.date(2026, 9, 1))
    return a
