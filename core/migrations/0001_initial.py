"""The topic taxonomy moves from the directory app to core. Its table is kept (directory_topic) until
every link points here (directory 0010, home 0006); 0002 then renames it."""

import uuid

import django.db.models.deletion
import modelsearch.index
from django.db import migrations, models


class Migration(migrations.Migration):
    initial = True

    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("directory", "0009_remove_locale_from_directory_records"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.CreateModel(
                    name="Topic",
                    fields=[
                        ("id", models.BigAutoField(auto_created=True, primary_key=True, serialize=False, verbose_name="ID")),
                        ("translation_key", models.UUIDField(default=uuid.uuid4, editable=False)),
                        ("name", models.CharField(max_length=80, verbose_name="name")),
                        (
                            "slug",
                            models.SlugField(
                                help_text="Used in filter links, for example “sorg”. The same in both written forms.",
                                max_length=80,
                                verbose_name="slug",
                            ),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "locale",
                            models.ForeignKey(
                                editable=False,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="wagtailcore.locale",
                                verbose_name="locale",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "topic",
                        "verbose_name_plural": "topics",
                        "ordering": ["name"],
                        "abstract": False,
                        "db_table": "directory_topic",
                        "constraints": [
                            models.UniqueConstraint(fields=("slug", "locale"), name="unique_topic_slug_per_locale")
                        ],
                        "unique_together": {("translation_key", "locale")},
                    },
                    bases=(modelsearch.index.Indexed, models.Model),
                ),
            ],
            database_operations=[],
        ),
    ]
