"""Fixtures: news and announcements on the two-kecamatan tree, and helpers to add more."""

import datetime

import pytest
from django.utils.text import slugify
from wagtail.rich_text import RichText

from cms.demo_images import demo_image
from news.models import AnnouncementIndexPage, AnnouncementPage, NewsIndexPage, NewsPage


def news_index_of(tenant) -> NewsIndexPage:
    return NewsIndexPage.objects.child_of(tenant.home_page).get()


def announcement_index_of(tenant) -> AnnouncementIndexPage:
    return AnnouncementIndexPage.objects.child_of(tenant.home_page).get()


def add_news(tenant, title, date, category="pemerintahan", *, photo=False, **fields) -> NewsPage:
    """A published NewsPage in ``tenant``'s news index; ``photo`` adds a small lead image."""
    if photo:
        fields["lead_image"] = demo_image(
            f"Foto {title}", tenant.collection, size=(320, 180), alt=f"Foto untuk {title}"
        )
    page = NewsPage(
        title=title,
        slug=fields.pop("slug", slugify(title)),
        date=date,
        category=category,
        summary=fields.pop("summary", f"Ringkasan {title}."),
        body=[("paragraph", RichText(f"<p>Isi berita {title}.</p>"))],
        **fields,
    )
    news_index_of(tenant).add_child(instance=page)
    page.save_revision().publish()
    return page


def add_announcement(tenant, title, date, valid_until=None, **fields) -> AnnouncementPage:
    """A published AnnouncementPage in ``tenant``'s announcement index."""
    page = AnnouncementPage(
        title=title,
        slug=slugify(title),
        date=date,
        valid_until=valid_until,
        body=[("paragraph", RichText(f"<p>Isi pengumuman {title}.</p>"))],
        **fields,
    )
    announcement_index_of(tenant).add_child(instance=page)
    page.save_revision().publish()
    return page


@pytest.fixture
def news(tree):
    """One article per tenant, dated so the newest is kecamatan A's own.

    Titles name their owner, so a test can tell whose article leaked where.
    """

    class News:
        pass

    n = News()
    day = datetime.date(2026, 3, 1)
    n.kec_a = add_news(tree.kec_a, "Musrenbang Kecamatan A", day + datetime.timedelta(days=5))
    n.satu = add_news(
        tree.village_a1, "Kerja bakti Satu", day + datetime.timedelta(days=4), "kegiatan-warga"
    )
    n.dua = add_news(tree.village_a2, "Posyandu Dua", day + datetime.timedelta(days=3), "kesehatan")
    n.kec_b = add_news(tree.kec_b, "Musrenbang Kecamatan B", day + datetime.timedelta(days=2))
    n.tiga = add_news(tree.village_b1, "Panen patin Tiga", day + datetime.timedelta(days=1))
    return n
