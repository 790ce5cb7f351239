"""Give every tenant its news and announcement pages; add the demo's news."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from cms.pages import ensure_child
from news.models import AnnouncementIndexPage, NewsIndexPage
from tenants.signals import demo_seeded, tenant_onboarded


def ensure_news_pages(tenant) -> tuple[NewsIndexPage, AnnouncementIndexPage]:
    """The tenant's "Berita" and "Pengumuman" pages, created if missing (idempotent)."""
    home = tenant.home_page
    news = ensure_child(
        home,
        NewsIndexPage,
        title=_("Berita"),
        slug="berita",
        intro=_("Kabar terbaru dari %(name)s.") % {"name": tenant.display_name},
    )
    announcements = ensure_child(
        home,
        AnnouncementIndexPage,
        title=_("Pengumuman"),
        slug="pengumuman",
        intro=_("Pengumuman resmi %(name)s untuk warga.") % {"name": tenant.display_name},
    )
    return news, announcements


@receiver(tenant_onboarded, dispatch_uid="news_pages_for_new_tenant")
def add_news_pages(sender, tenant, **kwargs):
    """A new kecamatan or village gets its news and announcement index pages."""
    ensure_news_pages(tenant)


@receiver(demo_seeded, dispatch_uid="news_demo_content")
def add_demo_news(sender, tenants, stdout, **kwargs):
    """``seed_demo``: news and announcements for Rambang Kapak Tengah and its villages.

    Every seeded tenant gets its index pages (tenants onboarded before this
    app existed have none yet); only Rambang Kapak Tengah gets articles.
    Idempotent: a second run writes nothing.
    """
    # Imported here so that the demo texts load only when the demo is seeded.
    from news.demo.apply import seed_demo_news

    seed_demo_news(tenants, stdout)
