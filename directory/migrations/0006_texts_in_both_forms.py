import wagtail.fields
from django.db import migrations, models

NYNORSK_HELP = "Leave empty to show the bokmål text in nynorsk too."


class Migration(migrations.Migration):
    """The nynorsk text of an organisation or contact person moves beside the bokmål text, in one
    record (0007 copies it, 0008 removes the second rows)."""

    dependencies = [("directory", "0005_alter_organisation_options")]

    operations = [
        migrations.AddField(
            model_name="contactperson",
            name="role_nn",
            field=models.CharField(blank=True, help_text=NYNORSK_HELP, max_length=120, verbose_name="role in nynorsk"),
        ),
        migrations.AddField(
            model_name="organisation",
            name="how_to_take_part_nn",
            field=wagtail.fields.RichTextField(
                blank=True, help_text=NYNORSK_HELP, verbose_name="how to take part, in nynorsk"
            ),
        ),
        migrations.AddField(
            model_name="organisation",
            name="meeting_info_nn",
            field=models.TextField(blank=True, help_text=NYNORSK_HELP, verbose_name="meeting places and times, in nynorsk"),
        ),
        migrations.AddField(
            model_name="organisation",
            name="name_nn",
            field=models.CharField(blank=True, help_text=NYNORSK_HELP, max_length=150, verbose_name="name in nynorsk"),
        ),
        migrations.AddField(
            model_name="organisation",
            name="short_description_nn",
            field=models.TextField(
                blank=True, help_text=NYNORSK_HELP, max_length=400, verbose_name="short description in nynorsk"
            ),
        ),
    ]
