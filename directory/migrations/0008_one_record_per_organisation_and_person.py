"""Remove the second rows that 0007 folded into one record, with their revisions and translation
sources (home 0005 has moved the pages' references first)."""

from django.db import migrations


def delete_folded_rows(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Revision = apps.get_model("wagtailcore", "Revision")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TranslationSource = apps.get_model("wagtail_localize", "TranslationSource")
    nb = Locale.objects.filter(language_code="nb").first()
    nb_id = nb.pk if nb else None

    for model_name in ("contactperson", "organisation"):
        model = apps.get_model("directory", model_name)
        by_key = {}
        for row in model.objects.order_by("pk"):
            by_key.setdefault(row.translation_key, []).append(row)
        folded = []
        for rows in by_key.values():
            rows.sort(key=lambda row: (row.locale_id != nb_id, row.pk))
            folded.extend(row.pk for row in rows[1:])
        content_type = ContentType.objects.filter(app_label="directory", model=model_name).first()
        if content_type is not None:
            TranslationSource.objects.filter(specific_content_type=content_type).delete()
            ids = [str(pk) for pk in folded]
            Revision.objects.filter(base_content_type=content_type, object_id__in=ids).delete()
            ReferenceIndex.objects.filter(base_content_type=content_type, object_id__in=ids).delete()
        model.objects.filter(pk__in=folded).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0007_merge_written_forms"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(delete_folded_rows, migrations.RunPython.noop)]
