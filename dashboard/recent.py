"""What the operator's site looks like now: its latest edited pages and its news freshness."""

import datetime
from dataclasses import dataclass

from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from news.models import NewsPage
from tenants import tree

RECENT_PAGES = 10
# A site whose newest live news is this many days old (or older) gets a reminder.
NEWS_STALE_DAYS = 30


@dataclass
class PageRow:
    """One line of "Halaman terbaru"."""

    page: Page
    type_label: str
    status_label: str
    status_key: str
    edited_at: datetime.datetime | None
    edited_by: str


def status_of(page) -> tuple[str, str]:
    """``(key, Indonesian label)`` of a page's publishing state.

    Waiting for approval comes first (the operator cannot change it), then a
    scheduled publication, then live or draft. ``page`` should come from
    :func:`recent_pages` (workflow states prefetched, schedule annotated).
    """
    if page.workflow_in_progress:
        return "moderation", _("Menunggu persetujuan")
    if page.approved_schedule:
        return "scheduled", _("Terjadwal")
    if page.live:
        if page.has_unpublished_changes:
            return "live_draft", _("Terbit, ada draf")
        return "live", _("Terbit")
    if page.expired:
        return "expired", _("Kedaluwarsa")
    return "draft", _("Draf")


def _editor_name(revision) -> str:
    """Who wrote ``revision``; "Sistem" for pages the platform made (seeding, commands)."""
    user = revision.user if revision is not None else None
    if user is None:
        return _("Sistem")
    return user.get_full_name() or user.get_username()


def recent_pages(home, limit: int = RECENT_PAGES) -> list[PageRow]:
    """The pages of ``home``'s site edited last, newest first (two queries).

    Only pages under ``home`` (inclusive): another site's page can never
    appear, whatever the user's other permissions.
    """
    pages = (
        Page.objects.descendant_of(home, inclusive=True)
        .select_related("content_type", "latest_revision__user")
        .prefetch_workflow_states()
        .annotate_approved_schedule()
        .order_by(F("latest_revision_created_at").desc(nulls_last=True), "-pk")[:limit]
    )
    rows = []
    for page in pages:
        model = page.content_type.model_class()
        key, label = status_of(page)
        rows.append(
            PageRow(
                page=page,
                type_label=model._meta.verbose_name if model else "",
                status_label=label,
                status_key=key,
                edited_at=page.latest_revision_created_at,
                edited_by=_editor_name(page.latest_revision),
            )
        )
    return rows


@dataclass
class NewsFreshness:
    """When a site last had news, and whether it is time for a reminder."""

    last_date: datetime.date | None
    days_since: int | None
    stale: bool


def freshness(last_date, today=None) -> NewsFreshness:
    """Stale when no live news is dated within the last :data:`NEWS_STALE_DAYS` days."""
    today = today or timezone.localdate()
    if last_date is None:
        return NewsFreshness(None, None, True)
    days = (today - last_date).days
    return NewsFreshness(last_date, days, days >= NEWS_STALE_DAYS)


def news_freshness(home) -> NewsFreshness:
    """:func:`freshness` of the live news under ``home`` (one query)."""
    last = NewsPage.objects.live().descendant_of(home).aggregate(last=Max("date"))["last"]
    return freshness(last)


def news_freshness_by_village(villages, within) -> dict:
    """:func:`freshness` for each of ``villages``, keyed by tenant pk (one query).

    ``within`` is a filter (``tenants.reach.within``) holding the news to look at.
    """
    last_by_home = dict(
        NewsPage.objects.live()
        .filter(within)
        .annotate(home_path=tree.home_path_of("path"))
        .order_by()  # no ordering column in the GROUP BY
        .values("home_path")
        .annotate(last=Max("date"))
        .values_list("home_path", "last")
    )
    return {v.pk: freshness(last_by_home.get(v.home_page.path)) for v in villages}
