"""The topic table takes core's name, and its content type moves with it, so that permissions,
wagtail-localize's translation sources and search entries that point at it keep pointing at it."""

from django.db import migrations


def move_content_type(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="core", model="topic").exists():
        ContentType.objects.filter(app_label="directory", model="topic").update(app_label="core")


def move_content_type_back(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    if not ContentType.objects.filter(app_label="directory", model="topic").exists():
        ContentType.objects.filter(app_label="core", model="topic").update(app_label="directory")


class Migration(migrations.Migration):
    dependencies = [
        ("contenttypes", "0002_remove_content_type_name"),
        ("core", "0001_initial"),
        ("directory", "0010_topic_moves_to_core"),
        ("home", "0006_topic_moves_to_core"),
    ]

    operations = [
        migrations.AlterModelTable(name="topic", table=None),
        migrations.RunPython(move_content_type, move_content_type_back),
    ]
