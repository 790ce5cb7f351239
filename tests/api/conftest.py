"""A small world for the API tests, built once and rolled back after the last.

Two kecamatan with two villages each (``tests.conftest.build_tree``), plus
content that must show up and content that must never leak: a draft, a live
page with unpublished changes, a password-protected page, an image and a
document in a private collection, and another kecamatan's news and media.
Every secret carries the marker ``RAHASIA`` so a leak test can look for it
in any response body.
"""

from datetime import date, timedelta

import pytest
from django.core.files.base import ContentFile
from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction, PageViewRestriction

from cms.demo_images import demo_image
from cms.pages import publish_child
from news.models import NewsIndexPage, NewsPage
from services.models import LocalServiceNote, ServiceCatalogPage, VillageServiceIndexPage
from tests.conftest import build_tree
from tests.demo_seed import rolled_back
from tests.factories import ServicePageFactory, requirement

SECRET = "RAHASIA"
Document = get_document_model()


class World:
    """What :func:`build_world` made; attributes are named after what they are."""


def _news(index, title, days_ago, **fields):
    return publish_child(
        index,
        NewsPage(
            title=title,
            date=date(2026, 11, 1) - timedelta(days=days_ago),
            summary=f"Ringkasan {title}.",
            **{"category": "pemerintahan", **fields},
        ),
    )


def _document(title, collection):
    document = Document(title=title, collection=collection)
    document.file.save(f"{title.lower().replace(' ', '-')}.txt", ContentFile(b"isi"), save=True)
    return document


def build_world() -> World:
    w = World()
    w.tree = t = build_tree()

    def news_index(tenant):
        return NewsIndexPage.objects.child_of(tenant.home_page).get()

    # Images and documents: one per tenant collection, plus private ones.
    w.image_a1 = demo_image("Foto Satu", t.village_a1.collection, size=(40, 30), alt="Balai Satu")
    w.image_a2 = demo_image("Foto Dua", t.village_a2.collection, size=(40, 30))
    w.image_kec_a = demo_image("Foto Kecamatan A", t.kec_a.collection, size=(40, 30))
    w.image_b1 = demo_image("Foto Tiga", t.village_b1.collection, size=(40, 30))
    private = t.village_a1.collection.add_child(name="Arsip internal Satu")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type=CollectionViewRestriction.LOGIN
    )
    w.image_private = demo_image(f"Foto {SECRET}", private, size=(40, 30))
    w.image_root = demo_image(
        f"Foto akar {SECRET}", Collection.get_first_root_node(), size=(40, 30)
    )
    w.doc_a1 = _document("Dokumen Satu", t.village_a1.collection)
    w.doc_b1 = _document("Dokumen Tiga", t.village_b1.collection)
    w.doc_private = _document(f"Dokumen {SECRET}", private)

    # News: the portal, both villages of kecamatan A, and one of kecamatan B.
    w.news_kec_a = _news(news_index(t.kec_a), "Berita Kecamatan A", 1)
    w.news_a1 = _news(
        news_index(t.village_a1),
        "Berita Satu",
        2,
        lead_image=w.image_a1,
        body=[
            (
                "paragraph",
                f'<p>Lihat <a linktype="page" id="{t.village_a1.home_page.pk}">beranda</a>.</p>',
            )
        ],
    )
    w.news_a2 = _news(news_index(t.village_a2), "Berita Dua", 3, category="kesehatan")
    w.news_b1 = _news(news_index(t.village_b1), "Berita Tiga", 4)
    # Enough items, with images, to see whether a listing's queries grow with limit.
    w.more_a1 = [
        _news(news_index(t.village_a1), f"Kabar Satu {n}", 10 + n, lead_image=w.image_a1)
        for n in range(22)
    ]
    w.more_images = [
        demo_image(f"Foto Kecamatan {n}", t.kec_a.collection, size=(20, 20)) for n in range(3)
    ]
    for image in w.more_images:
        image.tags.add("posyandu", "kegiatan")

    # What must never appear.
    index_a1 = news_index(t.village_a1)
    w.draft = NewsPage(
        title=f"Draf {SECRET}",
        date=date(2026, 11, 2),
        summary=f"{SECRET} draf",
        category="pemerintahan",
        live=False,
    )
    index_a1.add_child(instance=w.draft)
    w.draft.save_revision()
    w.changed = _news(index_a1, "Berita Terbit", 5)
    w.changed.title = f"Perubahan {SECRET}"
    w.changed.save_revision()  # saved, not published
    w.protected = _news(index_a1, f"Terlindung {SECRET}", 6)
    PageViewRestriction.objects.create(
        page=w.protected, restriction_type=PageViewRestriction.PASSWORD, password="sandi"
    )

    # Services: kecamatan A's shared catalogue, a local note and a local service.
    catalog = ServiceCatalogPage.objects.child_of(t.kec_a.home_page).get()
    w.domisili = ServicePageFactory(
        parent=catalog,
        title="Surat Keterangan Domisili",
        handled_at="desa",
        topics=["kependudukan"],
        legal_basis=f"{SECRET} dasar hukum internal",
    )
    w.dispensasi = ServicePageFactory(
        parent=catalog, title="Dispensasi Nikah", handled_at="kecamatan", kind="perizinan"
    )
    village_index = VillageServiceIndexPage.objects.child_of(t.village_a1.home_page).get()
    LocalServiceNote.objects.create(
        page=village_index,
        service=w.domisili,
        office_hours="Senin 08.00–12.00",
        note="Bawa materai sendiri.",
        extra_requirements=[requirement("Surat pengantar kepala dusun", "asli")],
    )
    w.local_service = ServicePageFactory(parent=village_index, title="Surat Keterangan Usaha Satu")
    catalog_b = ServiceCatalogPage.objects.child_of(t.kec_b.home_page).get()
    w.service_b = ServicePageFactory(parent=catalog_b, title="Layanan Kecamatan B")
    return w


@pytest.fixture(scope="package")
def world(django_db_setup, django_db_blocker):
    """:func:`build_world`, once per test process for all of ``tests/api``.

    Tests still need ``db``: each runs in a savepoint, so what one changes
    is undone before the next.
    """
    with rolled_back(django_db_blocker):
        with django_db_blocker.unblock():
            built = build_world()
        yield built
