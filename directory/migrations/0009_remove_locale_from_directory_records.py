from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("directory", "0008_one_record_per_organisation_and_person")]

    operations = [
        migrations.RemoveConstraint(model_name="organisation", name="unique_organisation_slug_per_locale"),
        migrations.RemoveIndex(model_name="organisation", name="organisation_public_idx"),
        migrations.AlterUniqueTogether(name="contactperson", unique_together=set()),
        migrations.AlterUniqueTogether(name="organisation", unique_together=set()),
        migrations.AlterUniqueTogether(name="organisationtopic", unique_together=set()),
        migrations.AlterField(
            model_name="organisation",
            name="slug",
            field=models.SlugField(
                help_text="The last part of the address, e.g. “frivilligsentralen-nesbyen”. The same in both forms.",
                max_length=150,
                unique=True,
                verbose_name="slug",
            ),
        ),
        migrations.AddIndex(
            model_name="organisation",
            index=models.Index(fields=["live", "active"], name="organisation_public_idx"),
        ),
        migrations.RemoveField(model_name="contactperson", name="locale"),
        migrations.RemoveField(model_name="contactperson", name="translation_key"),
        migrations.RemoveField(model_name="organisation", name="locale"),
        migrations.RemoveField(model_name="organisation", name="translation_key"),
        migrations.RemoveField(model_name="organisationtopic", name="locale"),
        migrations.RemoveField(model_name="organisationtopic", name="translation_key"),
    ]
