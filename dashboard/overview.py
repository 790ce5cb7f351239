"""Pantauan desa: how each village of a kecamatan is doing, one row per village.

For each village: its latest news, its operators' latest login, its open
complaints and requests (how many, the oldest one's age, how many are
late), whether its changes need the kecamatan's approval, and the latest
village data that reached the install (an OpenSID push, accepted or
refused, or an uploaded file).

:func:`village_rows` builds the rows in a fixed number of queries, whatever
the number of villages: one for the villages with their approval switch,
operators' latest login and latest uploads (subqueries), one each for the
news, complaints, requests, OpenSID pushes and data pages, grouped by
village. ``tests/dashboard/test_overview_queries.py`` holds it to that.

Who sees which villages is :func:`tenants.reach.villages_administered`;
what counts as late is the cases' own rule (``citizens.models``).
"""

import datetime
from dataclasses import dataclass
from urllib.parse import urlencode

from django.contrib.auth import get_user_model
from django.db.models import F, OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from citizens import access as inbox_access
from citizens.models import Complaint, ServiceRequest
from dashboard import recent
from tenants import tree
from tenants.moderation import moderation_enabled_expression
from villagedata.models import (
    BudgetYear,
    PopulationPeriod,
    PushStatus,
    VillageDataPage,
    VillageProfile,
)

# A village whose latest accepted data (OpenSID push or upload) is this many
# days old, or which never sent any, is flagged on the kecamatan's dashboard.
DATA_STALE_DAYS = 30

# The records an upload ("Impor data desa" or ``import_village_data``) writes.
UPLOADED_RECORDS = (VillageProfile, PopulationPeriod, BudgetYear)

SOURCE_OPENSID = "opensid"
SOURCE_UPLOAD = "unggah"


@dataclass
class CaseSummary:
    """A village's open cases of one kind."""

    open: int = 0
    late: int = 0
    oldest_days: int | None = None  # age of the oldest open case; None: none open


@dataclass
class DataArrival:
    """The latest village data that reached the install, and how it went."""

    at: datetime.datetime
    source: str  # SOURCE_OPENSID or SOURCE_UPLOAD
    accepted: bool
    label: str  # what was sent ("Laporan penduduk", "Unggah berkas")
    message: str = ""  # the answer OpenSID was given


@dataclass
class VillageRow:
    """One line of "Pantauan desa"."""

    village: object  # tenants.models.Tenant, site, home page and kecamatan loaded
    news: recent.NewsFreshness
    last_login: datetime.datetime | None
    complaints: CaseSummary
    requests: CaseSummary
    moderated: bool
    last_data: DataArrival | None
    last_good_data_at: datetime.datetime | None  # latest accepted push or upload
    data_page_url: str
    inbox_urls: dict  # kind -> URL of the inbox filtered to the village; empty if not the user's

    @property
    def late_cases(self) -> int:
        return self.complaints.late + self.requests.late

    @property
    def data_stale(self) -> bool:
        """No accepted data for :data:`DATA_STALE_DAYS` days, or never."""
        if self.last_good_data_at is None:
            return True
        return timezone.now() - self.last_good_data_at >= datetime.timedelta(days=DATA_STALE_DAYS)


def _latest(model):
    """The latest ``updated_at`` of ``model``'s rows of the outer village (a subquery)."""
    rows = model.objects.filter(tenant=OuterRef("pk")).order_by("-updated_at")
    return Subquery(rows.values("updated_at")[:1])


def _latest_login():
    """The latest login of the outer village's operators (its editor group), a subquery."""
    users = (
        get_user_model()
        .objects.filter(groups=OuterRef("editor_group_id"), last_login__isnull=False)
        .order_by(F("last_login").desc())
    )
    return Subquery(users.values("last_login")[:1])


def _case_summaries(model, village_ids, now) -> dict[int, CaseSummary]:
    totals = model.objects.filter(tenant__in=village_ids).totals_by_office(now)
    return {
        pk: CaseSummary(
            open=row["open"],
            late=row["late"],
            oldest_days=(now - row["oldest"]).days if row["oldest"] else None,
        )
        for pk, row in totals.items()
    }


def _latest_pushes(village_ids) -> dict[int, tuple]:
    """Per village: its latest OpenSID push of any kind, and its latest accepted one's time."""
    latest, succeeded = {}, {}
    for status in PushStatus.objects.filter(tenant__in=village_ids).order_by():
        current = latest.get(status.tenant_id)
        if current is None or status.attempted_at > current.attempted_at:
            latest[status.tenant_id] = status
        if status.succeeded_at and (
            status.tenant_id not in succeeded or status.succeeded_at > succeeded[status.tenant_id]
        ):
            succeeded[status.tenant_id] = status.succeeded_at
    return {pk: (status, succeeded.get(pk)) for pk, status in latest.items()}


def _data_pages(villages, homes) -> dict[str, str]:
    """The address of each village's live data page, keyed by home page path."""
    by_path = {v.home_page.path: v for v in villages}
    pages = VillageDataPage.objects.live().filter(homes).order_by("path").only("path", "url_path")
    urls = {}
    for page in pages:
        village = by_path.get(tree.home_path(page))
        if village is not None and village.home_page.path not in urls:
            urls[village.home_page.path] = village.site.root_url + tree.url_below(
                page, village.home_page
            )
    return urls


def _last_data(village, push) -> tuple[DataArrival | None, datetime.datetime | None]:
    """The latest data arrival of ``village`` and the time of its latest accepted one."""
    uploads = [getattr(village, f"last_{model._meta.model_name}") for model in UPLOADED_RECORDS]
    upload = max((at for at in uploads if at is not None), default=None)
    status, succeeded_at = push if push else (None, None)
    candidates = []
    if upload is not None:
        candidates.append(DataArrival(upload, SOURCE_UPLOAD, True, _("Unggah berkas")))
    if status is not None:
        candidates.append(
            DataArrival(
                status.attempted_at,
                SOURCE_OPENSID,
                status.accepted,
                status.get_kind_display(),
                status.message,
            )
        )
    last = max(candidates, key=lambda arrival: arrival.at, default=None)
    good = max((t for t in (upload, succeeded_at) if t is not None), default=None)
    return last, good


def _inbox_urls(village) -> dict:
    query = urlencode({"kantor": village.pk, "status": "terbuka"})
    return {
        kind: reverse("citizens_admin:inbox", kwargs={"kind": kind}) + "?" + query
        for kind in ("pengaduan", "permohonan")
    }


def village_rows(villages, user, now=None) -> list[VillageRow]:
    """The overview of ``villages`` (a ``Tenant`` queryset) as ``user`` sees it, by code.

    A fixed number of queries, however many villages. Cases count for the
    office handling them: a request sent from a village's site for a service
    the kecamatan handles is the kecamatan's, not the village's. The inbox
    links are given only for villages whose cases the user handles.
    """
    now = now or timezone.now()
    villages = list(
        villages.select_related("site", "home_page", "kecamatan")
        .annotate(
            moderated=moderation_enabled_expression(),
            last_login=_latest_login(),
            **{f"last_{model._meta.model_name}": _latest(model) for model in UPLOADED_RECORDS},
        )
        .order_by("kecamatan__code", "code")
    )
    if not villages:
        return []
    ids = [v.pk for v in villages]
    homes = tree.within([v.home_page for v in villages])
    news = recent.news_freshness_by_village(villages, homes)
    complaints = _case_summaries(Complaint, ids, now)
    requests = _case_summaries(ServiceRequest, ids, now)
    pushes = _latest_pushes(ids)
    data_pages = _data_pages(villages, homes)
    offices = set(inbox_access.offices_of(user).filter(pk__in=ids).values_list("pk", flat=True))
    rows = []
    for village in villages:
        last_data, good_at = _last_data(village, pushes.get(village.pk))
        rows.append(
            VillageRow(
                village=village,
                news=news[village.pk],
                last_login=village.last_login,
                complaints=complaints.get(village.pk, CaseSummary()),
                requests=requests.get(village.pk, CaseSummary()),
                moderated=village.moderated,
                last_data=last_data,
                last_good_data_at=good_at,
                data_page_url=data_pages.get(village.home_page.path, ""),
                inbox_urls=_inbox_urls(village) if village.pk in offices else {},
            )
        )
    return rows


# --- Sorting ----------------------------------------------------------------------

_NEVER_DATE = datetime.date.min
_NEVER = datetime.datetime.min.replace(tzinfo=datetime.UTC)


def _age(cases: CaseSummary) -> int:
    return -1 if cases.oldest_days is None else cases.oldest_days


#: ?urut= value → how a row sorts by that column. "Never" sorts as the oldest
#: date, and "nothing open" below an age of 0 days.
SORT_KEYS = {
    "desa": lambda r: r.village.name.casefold(),
    "kecamatan": lambda r: r.village.kecamatan.name.casefold(),
    "berita": lambda r: r.news.last_date or _NEVER_DATE,
    "login": lambda r: r.last_login or _NEVER,
    "pengaduan": lambda r: r.complaints.open,
    "pengaduan_umur": lambda r: _age(r.complaints),
    "pengaduan_terlambat": lambda r: r.complaints.late,
    "permohonan": lambda r: r.requests.open,
    "permohonan_umur": lambda r: _age(r.requests),
    "permohonan_terlambat": lambda r: r.requests.late,
    "persetujuan": lambda r: r.moderated,
    "data": lambda r: r.last_data.at if r.last_data else _NEVER,
}
DEFAULT_SORT = "desa"


def parse_sort(value: str | None) -> tuple[str, bool]:
    """``(column, descending)`` from ``?urut=`` ("-" in front: descending);
    an unknown column gives the default."""
    value = value or ""
    descending = value.startswith("-")
    column = value.lstrip("-")
    if column not in SORT_KEYS:
        return DEFAULT_SORT, False
    return column, descending


def sort_rows(rows: list[VillageRow], column: str, descending: bool) -> list[VillageRow]:
    """``rows`` by ``column``; ties by village name, always A–Z."""
    by_name = sorted(rows, key=SORT_KEYS["desa"])
    return sorted(by_name, key=SORT_KEYS[column], reverse=descending)


# --- The dashboard's summary --------------------------------------------------------


@dataclass
class Summary:
    """What the kecamatan admin's dashboard says about the villages."""

    total: int
    late: list[VillageRow]
    no_data: list[VillageRow]
    no_news: list[VillageRow]


def summarise(rows: list[VillageRow]) -> Summary:
    """Villages with late cases, without data or without news for 30 days, worst first."""
    return Summary(
        total=len(rows),
        late=sorted(
            (r for r in sort_rows(rows, "desa", False) if r.late_cases),
            key=lambda r: -r.late_cases,
        ),
        no_data=sort_rows([r for r in rows if r.data_stale], "data", False),
        no_news=sort_rows([r for r in rows if r.news.stale], "berita", False),
    )
