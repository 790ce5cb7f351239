"""The news pages every tenant starts with (see ``tenants.standard_pages``)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from news.models import AnnouncementIndexPage, NewsIndexPage
from tenants.standard_pages import StandardPage

PAGES = [
    StandardPage(
        NewsIndexPage,
        "berita",
        _("Berita"),
        fields=lambda tenant: {
            "intro": gettext("Kabar terbaru dari %(name)s.") % {"name": tenant.display_name}
        },
    ),
    StandardPage(
        AnnouncementIndexPage,
        "pengumuman",
        _("Pengumuman"),
        fields=lambda tenant: {
            "intro": gettext("Pengumuman resmi %(name)s untuk warga.")
            % {"name": tenant.display_name}
        },
    ),
]
