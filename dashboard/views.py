"""The "Pantauan desa" admin screen: the villages of a kecamatan side by side.

For kecamatan admins (the villages of the kecamatan they administer) and
superusers (every kecamatan's, or one chosen with ``?kecamatan=<code>``).
Anyone else gets a 403 in the admin's look, and no menu item
(``dashboard.wagtail_hooks``). Sorting is a query parameter
(``?urut=berita``, ``?urut=-pengaduan_umur``), done on the server, so the
column headers are plain links that work without JavaScript.
"""

from django.template.response import TemplateResponse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from citizens.models import complaint_late_days
from dashboard import overview, recent
from dashboard.audience import oversees_villages, villages_overseen
from tenants.models import Tenant

TITLE = _("Pantauan desa")

# (?urut= column, header label, group) in table order; the group heads a
# spanning header cell above its columns.
COLUMNS = [
    ("desa", _("Desa/kelurahan"), None),
    ("kecamatan", _("Kecamatan"), None),
    ("berita", _("Berita terakhir"), None),
    ("login", _("Operator terakhir masuk"), None),
    ("pengaduan", _("Terbuka"), _("Pengaduan")),
    ("pengaduan_umur", _("Tertua (hari)"), _("Pengaduan")),
    ("pengaduan_terlambat", _("Terlambat"), _("Pengaduan")),
    ("permohonan", _("Terbuka"), _("Permohonan")),
    ("permohonan_umur", _("Tertua (hari)"), _("Permohonan")),
    ("permohonan_terlambat", _("Terlambat"), _("Permohonan")),
    ("persetujuan", _("Perlu persetujuan"), None),
    ("data", _("Data terakhir"), None),
]
# Columns whose first click sorts from the most worrying end: the oldest
# date first for dates, the largest number first for counts and ages.
ASCENDING_FIRST = {"desa", "kecamatan", "berita", "login", "data"}


def _forbidden(request):
    return TemplateResponse(
        request,
        "dashboard/overview_forbidden.html",
        {
            "page_title": gettext("Akses ditolak"),
            "header_title": gettext("Akses ditolak"),
            "header_icon": "warning",
        },
        status=403,
    )


class VillageOverviewView(WagtailAdminTemplateMixin, TemplateView):
    """One row per village, sortable by every column."""

    template_name = "dashboard/overview.html"
    page_title = TITLE
    header_icon = "clipboard-list"

    def dispatch(self, request, *args, **kwargs):
        if not oversees_villages(request.user):
            return _forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def kecamatan_choices(self):
        """The kecamatan whose villages the user oversees, by code."""
        villages = villages_overseen(self.request.user)
        kecamatan = Tenant.objects.kecamatan().filter(pk__in=villages.values("kecamatan"))
        return kecamatan.order_by("code")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        villages = villages_overseen(user)
        choices = list(self.kecamatan_choices())
        chosen = next((k for k in choices if k.code == self.request.GET.get("kecamatan")), None)
        if chosen is not None:
            villages = villages.filter(kecamatan=chosen)
        column, descending = overview.parse_sort(self.request.GET.get("urut"))
        rows = overview.sort_rows(overview.village_rows(villages, user), column, descending)
        show_kecamatan = chosen is None and len(choices) > 1
        context.update(
            rows=rows,
            header_rows=header_rows(self.headers(column, descending, chosen, show_kecamatan)),
            show_kecamatan=show_kecamatan,
            kecamatan_choices=choices if len(choices) > 1 else [],
            chosen=chosen,
            sort=column,
            descending=descending,
            complaint_late_days=complaint_late_days(),
            news_stale_days=recent.NEWS_STALE_DAYS,
            data_stale_days=overview.DATA_STALE_DAYS,
        )
        return context

    def headers(self, column, descending, chosen, show_kecamatan) -> list[dict]:
        """Each column's header: its label, group, sort link and current direction."""
        base = f"kecamatan={chosen.code}&" if chosen else ""
        headers = []
        for key, label, group in COLUMNS:
            if key == "kecamatan" and not show_kecamatan:
                continue
            if key == column:
                next_value = key if descending else f"-{key}"
                state = "descending" if descending else "ascending"
            else:
                next_value = key if key in ASCENDING_FIRST else f"-{key}"
                state = ""
            headers.append(
                {
                    "key": key,
                    "label": label,
                    "group": group,
                    "url": f"?{base}urut={next_value}",
                    "state": state,
                }
            )
        return headers


def header_rows(headers) -> tuple[list[dict], list[dict]]:
    """The two header rows: ungrouped columns span both rows; a group heads its columns."""
    top, below = [], []
    for header in headers:
        if header["group"] is None:
            top.append({"header": header})
        elif top and top[-1].get("group") == header["group"]:
            top[-1]["span"] += 1
            below.append(header)
        else:
            top.append({"group": header["group"], "span": 1})
            below.append(header)
    return top, below
