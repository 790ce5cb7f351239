"""Optional moderation: a village's changes go live only after its kecamatan approves them.

Switching it on for a village assigns the kecamatan's workflow (one
``GroupApprovalTask`` for the kecamatan's admin group) to the village home
page, and takes the publish permission away from the village's operators:
they can still edit and submit for approval, and a kecamatan admin approves
(publishing the page) or rejects with a comment. Switching it off restores
both. Each call is idempotent.
"""

from django.contrib.auth.models import Permission
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.utils.translation import gettext as _
from wagtail.models import (
    GroupApprovalTask,
    GroupPagePermission,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from tenants.models import Tenant


def _publish_permission() -> Permission:
    return Permission.objects.get(content_type__app_label="wagtailcore", codename="publish_page")


def moderation_enabled(village: Tenant) -> bool:
    """True if the village's pages need the kecamatan's approval to go live."""
    return WorkflowPage.objects.filter(page_id=village.home_page_id).exists()


def moderation_enabled_expression() -> Exists:
    """:func:`moderation_enabled` as an annotation on a ``Tenant`` queryset
    (one query for a whole list of villages)."""
    return Exists(WorkflowPage.objects.filter(page_id=OuterRef("home_page_id")))


def approval_task_name(kecamatan: Tenant) -> str:
    """The name of the kecamatan's approval step, as reviewers and operators read it.

    A noun ("Persetujuan admin …"), not a past participle: Wagtail shows it
    beside a status ("menunggu 'Persetujuan admin …'", "…: Diminta
    perubahan"), where "Disetujui admin …" read as if already approved.
    """
    return _("Persetujuan admin %(name)s") % {"name": kecamatan.display_name}


def kecamatan_workflow(kecamatan: Tenant) -> Workflow:
    """The kecamatan's approval workflow, created on first use."""
    name = _("Persetujuan %(name)s (%(code)s)") % {
        "name": kecamatan.display_name,
        "code": kecamatan.code,
    }
    workflow, created = Workflow.objects.get_or_create(name=name, defaults={"active": True})
    if created:
        task = GroupApprovalTask.objects.create(name=approval_task_name(kecamatan))
        task.groups.set([kecamatan.admin_group])
        # Saved directly: the cluster relation would only save with the workflow.
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    return workflow


@transaction.atomic
def set_moderation(village: Tenant, enabled: bool) -> None:
    """Require (or stop requiring) the kecamatan's approval for ``village``'s changes."""
    home_id = village.home_page_id
    publish = _publish_permission()
    if enabled:
        WorkflowPage.objects.update_or_create(
            page_id=home_id, defaults={"workflow": kecamatan_workflow(village.kecamatan)}
        )
        GroupPagePermission.objects.filter(
            group=village.editor_group, page_id=home_id, permission=publish
        ).delete()
    else:
        WorkflowPage.objects.filter(page_id=home_id).delete()
        GroupPagePermission.objects.get_or_create(
            group=village.editor_group, page_id=home_id, permission=publish
        )
