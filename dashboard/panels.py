"""Dashboard panels (Wagtail ``Component``\\s) for village operators and kecamatan admins."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.ui.components import Component

from dashboard import actions, overview, recent


class OperatorPanel(Component):
    """A village operator's whole dashboard: quick actions, news reminder, latest pages.

    Everything is read from the operator's own village (``village``), never
    from the user's wider permissions, so another village's pages and cases
    cannot appear here.
    """

    name = "operator_dashboard"
    template_name = "dashboard/operator_panel.html"
    order = 10

    def __init__(self, village):
        self.village = village

    def get_context_data(self, parent_context):
        """Quick actions, the news freshness and the latest pages of the village."""
        request = parent_context["request"]
        quick = actions.quick_actions(request.user, self.village)
        write_news = next((a for a in quick if a.key == "berita"), None)
        return {
            "request": request,
            "village": self.village,
            "actions": quick,
            "write_news": write_news,
            "news": recent.news_freshness(self.village.home_page),
            "stale_days": recent.NEWS_STALE_DAYS,
            "pages": recent.recent_pages(self.village.home_page),
            "explore_url": reverse("wagtailadmin_explore", args=(self.village.home_page_id,)),
        }


class OverviewPanel(Component):
    """For kecamatan admins: how many of their villages have late cases, no data and
    no news for 30 days, each linking to "Pantauan desa" sorted by that column.

    Built from the same rows as the screen (``dashboard.overview``), so the
    panel and the screen always agree.
    """

    name = "pantauan_desa"
    template_name = "dashboard/overview_panel.html"
    order = 50

    def __init__(self, user, villages):
        self.user = user
        self.villages = villages

    def get_context_data(self, parent_context):
        """The summary of :func:`dashboard.overview.summarise` and the screen's sorted links."""
        summary = overview.summarise(overview.village_rows(self.villages, self.user))
        url = reverse("pantauan_desa:index")
        return {
            "summary": summary,
            "overview_url": url,
            "late_url": f"{url}?urut=-pengaduan_terlambat",
            "late_label": _("memiliki pengaduan atau permohonan terlambat"),
            "data_url": f"{url}?urut=data",
            "data_label": _("tanpa data desa (OpenSID atau unggahan) selama %(days)s hari")
            % {"days": overview.DATA_STALE_DAYS},
            "news_url": f"{url}?urut=berita",
            "news_label": _("tanpa berita baru selama %(days)s hari")
            % {"days": recent.NEWS_STALE_DAYS},
        }
