"""Articles' topic links point at core.Topic (the same table). No database change."""

import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("home", "0005_point_at_single_directory_records"),
    ]

    operations = [
        migrations.SeparateDatabaseAndState(
            state_operations=[
                migrations.AlterField(
                    model_name="articlepagetopic",
                    name="topic",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="+",
                        to="core.topic",
                        verbose_name="topic",
                    ),
                ),
            ],
            database_operations=[],
        ),
    ]
