"""Changes waiting for a reviewer's approval, each with the village it comes from.

With "perlu persetujuan kecamatan" on (``tenants.moderation``) a village's
changes wait for the kecamatan's admins. Wagtail lists them low on the
dashboard without the village; a camat with twenty villages needs the
village first. Here they are:

* :func:`pending_approvals`: what ``user`` may approve now, oldest first,
  labelled with its village in one query (``tenants.scoping.tenants_of_pages``);
* :func:`recent_decisions`: what ``user`` approved or sent back in the last
  minutes, so the dashboard confirms an approval made from it;
* :class:`ApprovalsPanel`: both at the top of the dashboard;
* :class:`ApprovalsView`: the whole list at ``/admin/persetujuan/``, and
  :class:`ApprovalsMenuItem`, its sidebar entry with the count.

Only pages are reviewed through these workflows; snippets never are.
"""

import datetime
from dataclasses import dataclass

from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.generic import WagtailAdminTemplateMixin
from wagtail.models import GroupApprovalTask, Page, TaskState

from tenants.scoping import tenants_of_pages

# How many waiting changes the dashboard shows before "Lihat semua".
PANEL_LIMIT = 10
# How long the dashboard confirms the user's own decisions.
RECENT_DECISION_MINUTES = 15


@dataclass(frozen=True)
class Approval:
    """One change waiting for review."""

    task_state: TaskState
    page: Page
    village: object  # tenants.models.Tenant, or None above the homes
    submitted_by: str
    submitted_at: datetime.datetime

    @property
    def review_url(self) -> str:
        """The editor, where the reviewer reads the change and approves or sends it back."""
        return reverse("wagtailadmin_pages:edit", args=[self.page.pk])

    @property
    def preview_url(self) -> str:
        return reverse(
            "wagtailadmin_pages:workflow_preview", args=[self.page.pk, self.task_state.task_id]
        )

    @property
    def compare_url(self) -> str:
        return reverse(
            "wagtailadmin_pages:revisions_compare", args=[self.page.pk, "live", "latest"]
        )


@dataclass(frozen=True)
class Decision:
    """A review ``user`` finished lately: approved (and so published) or sent back."""

    page: Page
    village: object
    approved: bool
    finished_at: datetime.datetime


def may_review(user) -> bool:
    """True if ``user`` is in a group some approval step asks (a kecamatan admin)."""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return GroupApprovalTask.objects.filter(active=True).exists()
    return GroupApprovalTask.objects.filter(active=True, groups__user=user).exists()


# Task states of pages' workflows (snippets are never reviewed through these).
ON_PAGES = {
    "workflow_state__base_content_type__app_label": "wagtailcore",
    "workflow_state__base_content_type__model": "page",
}


def _reviewable(user):
    return TaskState.objects.reviewable_by(user).filter(**ON_PAGES)


def _pages_and_villages(states) -> tuple[dict, dict]:
    """``({page id: page}, {page id: village})`` of ``states``, in two queries."""
    pages = Page.objects.in_bulk([int(state.workflow_state.object_id) for state in states])
    return pages, tenants_of_pages(pages.values())


def pending_count(user) -> int:
    """How many changes wait for ``user``'s review (one query)."""
    return _reviewable(user).count()


def _submitter_name(task_state) -> str:
    user = task_state.workflow_state.requested_by
    if user is None:
        return "—"
    return user.get_full_name() or user.get_username()


def pending_approvals(user, limit: int | None = None) -> list[Approval]:
    """The changes ``user`` may approve now, the longest waiting first.

    Three queries whatever the number: the task states (with their pages and
    submitters), and the villages of those pages.
    """
    states = (
        _reviewable(user)
        .select_related("workflow_state__requested_by", "revision")
        .order_by("started_at", "pk")
    )
    if limit is not None:
        states = states[:limit]
    states = list(states)
    pages, villages = _pages_and_villages(states)
    approvals = []
    for state in states:
        page = pages.get(int(state.workflow_state.object_id))
        if page is None:
            continue
        approvals.append(
            Approval(
                task_state=state,
                page=page,
                village=villages.get(page.pk),
                submitted_by=_submitter_name(state),
                submitted_at=state.started_at,
            )
        )
    return approvals


def recent_decisions(user, now=None) -> list[Decision]:
    """Reviews ``user`` finished in the last :data:`RECENT_DECISION_MINUTES`, newest first."""
    now = now or timezone.now()
    states = list(
        TaskState.objects.filter(
            finished_by=user,
            finished_at__gte=now - datetime.timedelta(minutes=RECENT_DECISION_MINUTES),
            status__in=[TaskState.STATUS_APPROVED, TaskState.STATUS_REJECTED],
            **ON_PAGES,
        )
        .select_related("workflow_state")
        .order_by("-finished_at")[:PANEL_LIMIT]
    )
    pages, villages = _pages_and_villages(states)
    return [
        Decision(
            page=pages[int(state.workflow_state.object_id)],
            village=villages.get(int(state.workflow_state.object_id)),
            approved=state.status == TaskState.STATUS_APPROVED,
            finished_at=state.finished_at,
        )
        for state in states
        if int(state.workflow_state.object_id) in pages
    ]


class ApprovalsPanel(Component):
    """Top of a reviewer's dashboard: their latest decisions, then what waits for them."""

    name = "persetujuan"
    template_name = "dashboard/approvals_panel.html"
    order = 5

    def get_context_data(self, parent_context):
        user = parent_context["request"].user
        return {
            "approvals": pending_approvals(user, limit=PANEL_LIMIT),
            "total": pending_count(user),
            "decisions": recent_decisions(user),
            "all_url": reverse("approvals"),
            "limited": True,
        }


class ApprovalsView(WagtailAdminTemplateMixin, TemplateView):
    """``/admin/persetujuan/``: every change waiting for the user's review."""

    template_name = "dashboard/approvals.html"
    page_title = gettext_lazy("Menunggu persetujuan")
    header_icon = "tasks"

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        approvals = pending_approvals(self.request.user)
        context.update(
            approvals=approvals,
            total=len(approvals),
            decisions=recent_decisions(self.request.user),
            limited=False,
        )
        return context


class ApprovalsMenuItem(MenuItem):
    """ "Persetujuan (3)" in the sidebar, for users an approval step asks."""

    def is_shown(self, request):
        return may_review(request.user)

    def render_component(self, request):
        component = super().render_component(request)
        count = pending_count(request.user)
        if count:
            component.label = _("Persetujuan (%(count)s)") % {"count": count}
        return component
