"""Wagtail's workflow reports, their filters limited to the user's pages.

The rows of "Alur persetujuan" and "Tugas persetujuan" already list only
the pages a user may edit, but the filters beside them offered every
workflow and task of the install and every user who ever submitted a
change: other kecamatan's names and other tenants' operator usernames.
Here the choices come from the same rows: the workflow states of the pages
the user may edit (Wagtail's own ``get_editable_page_ids_query``), their
workflows, their tasks and who requested them. ``access.middleware`` serves
these views in place of Wagtail's (``SCOPED_VIEWS``); superusers keep
Wagtail's.
"""

from django.contrib.auth import get_user_model
from wagtail.admin.views.reports.workflows import (
    WorkflowReportFilterSet,
    WorkflowTasksReportFilterSet,
    WorkflowTasksView,
    WorkflowView,
    get_editable_page_ids_query,
)
from wagtail.models import Task, TaskState, Workflow, WorkflowState, get_default_page_content_type


def choices_in_reach(request) -> dict:
    """Querysets for the report filters: only what the user's editable pages went through."""
    states = WorkflowState.objects.filter(
        base_content_type_id=get_default_page_content_type().id,
        object_id__in=get_editable_page_ids_query(request),
    )
    User = get_user_model()
    return {
        "workflow": Workflow.objects.filter(pk__in=states.values("workflow_id")),
        "task": Task.objects.filter(
            pk__in=TaskState.objects.filter(workflow_state__in=states).values("task_id")
        ),
        "requested_by": User.objects.filter(pk__in=states.values("requested_by_id")).order_by(
            User.USERNAME_FIELD
        ),
    }


class ChoicesInReachMixin:
    """A report filterset whose model choices are narrowed by :func:`choices_in_reach`."""

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is None or request.user.is_superuser:
            return
        for name, queryset in choices_in_reach(request).items():
            if name in self.filters:
                self.filters[name].queryset = queryset


class WorkflowReportInReachFilterSet(ChoicesInReachMixin, WorkflowReportFilterSet):
    pass


class WorkflowTasksReportInReachFilterSet(ChoicesInReachMixin, WorkflowTasksReportFilterSet):
    pass


class WorkflowInReachView(WorkflowView):
    filterset_class = WorkflowReportInReachFilterSet


class WorkflowTasksInReachView(WorkflowTasksView):
    filterset_class = WorkflowTasksReportInReachFilterSet
