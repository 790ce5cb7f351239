"""The fixed list of life-event topics used by the service finder and the API."""

from django.db import migrations

TOPICS = [
    ("kelahiran", "Kelahiran"),
    ("kematian", "Kematian"),
    ("perkawinan", "Perkawinan"),
    ("pindah-domisili", "Pindah dan domisili"),
    ("usaha", "Usaha"),
    ("kependudukan", "Kependudukan"),
    ("tanah-bangunan", "Tanah dan bangunan"),
    ("sosial", "Sosial"),
]


def add_topics(apps, schema_editor):
    ServiceTopic = apps.get_model("services", "ServiceTopic")
    for order, (slug, name) in enumerate(TOPICS):
        ServiceTopic.objects.update_or_create(
            slug=slug, defaults={"name": name, "sort_order": order}
        )


def remove_topics(apps, schema_editor):
    apps.get_model("services", "ServiceTopic").objects.filter(
        slug__in=[slug for slug, _ in TOPICS]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("services", "0001_initial")]

    operations = [migrations.RunPython(add_topics, remove_topics)]
