"""Write the demo news and announcements idempotently.

The same approach as ``services.demo.apply``: a page is looked up by slug
under its tenant's index, created if missing, otherwise given a new,
published revision only if a field differs (``cms.pages.apply_page``).
Photos and attachments are found by title in the tenant's own collection.
A second seed run writes nothing.
"""

from collections import Counter

from cms.demo_images import demo_image
from cms.pages import apply_page
from news.demo.announcements import KECAMATAN_ANNOUNCEMENTS, VILLAGE_ANNOUNCEMENTS
from news.demo.common import DemoAnnouncement, DemoNews
from news.demo.documents import demo_document
from news.demo.kecamatan_news import KECAMATAN_NEWS
from news.demo.village_news import VILLAGE_NEWS
from news.models import AnnouncementIndexPage, AnnouncementPage, NewsIndexPage, NewsPage
from tenants import standard_pages
from tenants.demo import RKT_CODE
from tenants.models import Tenant

CREATED = "baru"
UPDATED = "diperbarui"
# 16:9, the shape news photos are cropped to in lists and in the API.
PHOTO_SIZE = (1200, 675)


def seed_demo_news(tenants: list[Tenant], stdout) -> None:
    """Give every tenant its index pages and Rambang Kapak Tengah its demo content.

    Writes one progress line to ``stdout``.
    """
    indexes = {
        tenant.pk: (
            standard_pages.page_of(tenant, NewsIndexPage),
            standard_pages.page_of(tenant, AnnouncementIndexPage),
        )
        for tenant in tenants
    }
    rkt = next((tenant for tenant in tenants if tenant.code == RKT_CODE), None)
    if rkt is None:
        return
    content = [(rkt, KECAMATAN_NEWS, KECAMATAN_ANNOUNCEMENTS)] + [
        (tenant, VILLAGE_NEWS.get(tenant.code, ()), VILLAGE_ANNOUNCEMENTS.get(tenant.code, ()))
        for tenant in tenants
        if tenant.kecamatan_id == rkt.pk
    ]
    news_results, announcement_results = Counter(), Counter()
    for tenant, news, announcements in content:
        news_index, announcement_index = indexes[tenant.pk]
        for demo in news:
            news_results[apply_news(news_index, tenant, demo)] += 1
        for demo in announcements:
            announcement_results[apply_announcement(announcement_index, tenant, demo)] += 1
    stdout.write(
        f"Berita {rkt.display_name} dan desa/kelurahannya: "
        f"{news_results.total()} berita, {news_results[CREATED]} baru, "
        f"{news_results[UPDATED]} diperbarui; {announcement_results.total()} pengumuman, "
        f"{announcement_results[CREATED]} baru, {announcement_results[UPDATED]} diperbarui."
    )


def apply_news(index: NewsIndexPage, tenant: Tenant, demo: DemoNews) -> str | None:
    """Create ``demo`` under ``index`` or bring it up to date; CREATED, UPDATED or None."""
    photo = demo_image(demo.photo, tenant.collection, size=PHOTO_SIZE, alt=demo.photo_alt)
    fields = demo.fields() | {"lead_image": photo}
    page = NewsPage.objects.child_of(index).filter(slug=demo.slug).first()
    if page is None:
        _publish_new(index, NewsPage(slug=demo.slug, **fields))
        return CREATED
    return UPDATED if apply_page(page, fields) else None


def apply_announcement(
    index: AnnouncementIndexPage, tenant: Tenant, demo: DemoAnnouncement
) -> str | None:
    """Create ``demo`` under ``index`` or bring it up to date; CREATED, UPDATED or None."""
    attachment = None
    if demo.attachment:
        title, lines = demo.attachment
        attachment = demo_document(title, tenant.collection, lines)
    fields = demo.fields() | {"attachment": attachment}
    page = AnnouncementPage.objects.child_of(index).filter(slug=demo.slug).first()
    if page is None:
        _publish_new(index, AnnouncementPage(slug=demo.slug, **fields))
        return CREATED
    return UPDATED if apply_page(page, fields) else None


def _publish_new(parent, page) -> None:
    parent.add_child(instance=page)
    page.save_revision(log_action=False).publish(log_action=False)
