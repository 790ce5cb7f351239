"""Approval is the kecamatan's, named in Indonesian, and nothing else offers it.

Wagtail's first migrations assign an English "Moderators approval" workflow to
the root page, which every page inherited: the portal's and every village's
publish menu offered "Ajukan ke Moderators approval". Migration
``tenants.0005`` removes it; ``tenants.moderation`` names the kecamatan's own.
"""

import importlib

import pytest
from django.apps import apps
from django.contrib.auth.models import Group
from wagtail.models import GroupApprovalTask, Page, Task, Workflow, WorkflowPage, WorkflowTask

from tenants.moderation import set_moderation

pytestmark = pytest.mark.django_db

migration = importlib.import_module("tenants.migrations.0005_approval_workflow_names")


def test_no_page_inherits_wagtails_english_default_workflow(tree):
    assert not Workflow.objects.filter(name="Moderators approval").exists()
    for tenant in (tree.kec_a, tree.village_a1, tree.village_b1):
        assert tenant.home_page.get_workflow() is None, tenant


def test_a_moderated_village_has_the_kecamatans_workflow_named_in_indonesian(tree):
    set_moderation(tree.village_a2, True)
    workflow = tree.village_a2.home_page.get_workflow()
    assert workflow.name == "Persetujuan Kecamatan Rambang Kapak Tengah (16.74.04)"
    task = workflow.tasks.get().specific
    assert task.name == "Persetujuan admin Kecamatan Rambang Kapak Tengah"
    assert list(task.groups.all()) == [tree.kec_a.admin_group]
    # The portal and the other villages still publish without approval.
    assert tree.kec_a.home_page.get_workflow() is None
    assert tree.village_a1.home_page.get_workflow() is None


def _wagtails_default():
    """Wagtail's default workflow as its migration 0048 leaves it, on the root page."""
    task = GroupApprovalTask.objects.create(name="Moderators approval")
    task.groups.set([Group.objects.get_or_create(name="Moderators")[0]])
    workflow = Workflow.objects.create(name="Moderators approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    WorkflowPage.objects.create(workflow=workflow, page=Page.get_first_root_node())
    return workflow, task


def test_the_migration_removes_wagtails_unused_default_and_renames_old_tasks(tree):
    workflow, task = _wagtails_default()
    old = GroupApprovalTask.objects.create(name="Disetujui admin Kecamatan Rambang Kapak Tengah")
    migration.forwards(apps, None)
    assert not Workflow.objects.filter(pk=workflow.pk).exists()
    assert not Task.objects.filter(pk=task.pk).exists()
    old.refresh_from_db()
    assert old.name == "Persetujuan admin Kecamatan Rambang Kapak Tengah"
    migration.backwards(apps, None)
    old.refresh_from_db()
    assert old.name == "Disetujui admin Kecamatan Rambang Kapak Tengah"


def test_the_migration_keeps_a_default_workflow_that_has_a_history(tree):
    workflow, task = _wagtails_default()
    page = tree.kec_a.home_page.specific
    page.save_revision()
    workflow.start(page, None)
    migration.forwards(apps, None)
    # Off the root, so no page offers it any more, but its history stays.
    assert not WorkflowPage.objects.filter(workflow=workflow).exists()
    assert Workflow.objects.filter(pk=workflow.pk).exists()
    assert Task.objects.filter(pk=task.pk).exists()
