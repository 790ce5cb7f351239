"""Remove the placeholder site and "Welcome" page from Wagtail's first migration.

Wagtail creates a default Site at ``localhost`` pointing at a welcome page.
Here every site is made by onboarding, and a leftover ``localhost`` site would
answer for the demo's plain ``localhost`` instead of the default kecamatan.
Only the untouched placeholder is removed: a page that was edited is kept.
"""

from django.db import migrations


def remove_welcome_site(apps, schema_editor):
    Site = apps.get_model("wagtailcore", "Site")
    Page = apps.get_model("wagtailcore", "Page")
    welcome = Page.objects.filter(
        depth=2,
        slug="home",
        title="Welcome to your new Wagtail site!",
        content_type__app_label="wagtailcore",
        content_type__model="page",
        numchild=0,
    ).first()
    if welcome is None:
        return
    Site.objects.filter(root_page=welcome).delete()
    welcome.delete()
    # The treebeard counter on the root must follow the deletion.
    root = Page.objects.get(depth=1)
    root.numchild = Page.objects.filter(depth=2).count()
    root.save(update_fields=["numchild"])


class Migration(migrations.Migration):
    dependencies = [
        ("tenants", "0001_initial"),
        ("wagtailcore", "0002_initial_data"),
    ]

    operations = [migrations.RunPython(remove_welcome_site, migrations.RunPython.noop)]
