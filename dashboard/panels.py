"""Dashboard panels (Wagtail ``Component``\\s) for village operators and kecamatan admins."""

from django.urls import reverse
from wagtail.admin.ui.components import Component

from dashboard import actions, recent
from tenants import reach


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


class VillagesPanel(Component):
    """For kecamatan admins: their villages that have had no news for 30 days."""

    name = "kecamatan_villages"
    template_name = "dashboard/villages_panel.html"
    order = 50

    def __init__(self, user, villages):
        self.user = user
        self.villages = villages

    def get_context_data(self, parent_context):
        """Villages without recent news, oldest news first (never-posted ones on top)."""
        by_village = recent.news_freshness_by_village(
            self.villages, reach.within(reach.page_roots(self.user))
        )
        stale = [(v, by_village[v.pk]) for v in self.villages if by_village[v.pk].stale]
        stale.sort(key=lambda pair: (pair[1].last_date is not None, pair[1].last_date))
        return {
            "stale": stale,
            "total": len(self.villages),
            "stale_days": recent.NEWS_STALE_DAYS,
        }
