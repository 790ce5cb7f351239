"""Approval in words a kecamatan admin reads: no English workflow, no status-like task name.

* Wagtail's migration 0048 turns the publish permissions of its first
  migration into a workflow, "Moderators approval", assigned to the root
  page. Every page inherits it, so the portal's and every unmoderated
  village's publish menu offered "Ajukan ke Moderators approval", sending
  the page to a "Moderators" group nobody here is in. Moderation is a
  per-village choice (``tenants.moderation``), so that default is taken off
  the root, and deleted (with its task) unless something ever went through
  it; the workflow reports list every workflow by name. Only Wagtail's
  default is touched: a workflow a superuser made under another name stays.
* The kecamatan's approval task was named "Disetujui admin …" ("approved by
  admin …"), which Wagtail shows beside a status ("menunggu 'Disetujui
  admin …'"). It becomes "Persetujuan admin …", the name
  ``tenants.moderation.approval_task_name`` now gives new tasks.
"""

from django.db import migrations

WAGTAIL_DEFAULT = "Moderators approval"
OLD_PREFIX = "Disetujui admin "
NEW_PREFIX = "Persetujuan admin "


def remove_wagtails_default_workflow(apps):
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    Task = apps.get_model("wagtailcore", "Task")
    WorkflowPage.objects.filter(page__depth=1, workflow__name=WAGTAIL_DEFAULT).delete()
    for workflow in Workflow.objects.filter(name=WAGTAIL_DEFAULT):
        if (
            workflow.workflow_states.exists()
            or workflow.workflow_pages.exists()
            or workflow.workflow_content_types.exists()
        ):
            continue  # in use or with a history: a superuser's to decide
        tasks = list(Task.objects.filter(workflow_tasks__workflow=workflow))
        workflow.delete()
        for task in tasks:
            if not task.workflow_tasks.exists() and not task.task_states.exists():
                task.delete()


def forwards(apps, schema_editor):
    Task = apps.get_model("wagtailcore", "Task")
    remove_wagtails_default_workflow(apps)
    for task in Task.objects.filter(name__startswith=OLD_PREFIX):
        task.name = NEW_PREFIX + task.name[len(OLD_PREFIX) :]
        task.save(update_fields=["name"])


def backwards(apps, schema_editor):
    Task = apps.get_model("wagtailcore", "Task")
    for task in Task.objects.filter(name__startswith=NEW_PREFIX):
        task.name = OLD_PREFIX + task.name[len(NEW_PREFIX) :]
        task.save(update_fields=["name"])


class Migration(migrations.Migration):
    dependencies = [
        ("tenants", "0004_operator_help_text"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
