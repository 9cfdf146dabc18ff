"""Articles pointed at the nynorsk row of an organisation or contact person; those rows are folded
into one record per organisation and person (directory 0007, 0008). Point the pages, and their
revisions, at the record that stays."""

import json

from django.db import migrations

CARD_FIELDS = {"organisation_card": ("organisation", "organisations"), "contact_person_card": ("contact_person", "persons")}


def kept_pk_map(model, nb_id):
    by_key = {}
    for row in model.objects.order_by("pk"):
        by_key.setdefault(row.translation_key, []).append(row)
    mapping = {}
    for rows in by_key.values():
        kept = sorted(rows, key=lambda row: (row.locale_id != nb_id, row.pk))[0]
        mapping.update({row.pk: kept.pk for row in rows if row.pk != kept.pk})
    return mapping


def remap_blocks(blocks, maps):
    changed = False
    for block in blocks if isinstance(blocks, list) else []:
        if not isinstance(block, dict):
            continue
        field, map_name = CARD_FIELDS.get(block.get("type"), (None, None))
        value = block.get("value")
        if field and isinstance(value, dict) and value.get(field) in maps[map_name]:
            value[field] = maps[map_name][value[field]]
            changed = True
    return changed


def remap(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Organisation = apps.get_model("directory", "Organisation")
    ContactPerson = apps.get_model("directory", "ContactPerson")
    ArticlePage = apps.get_model("home", "ArticlePage")
    Revision = apps.get_model("wagtailcore", "Revision")
    ContentType = apps.get_model("contenttypes", "ContentType")

    nb = Locale.objects.filter(language_code="nb").first()
    maps = {
        "organisations": kept_pk_map(Organisation, nb.pk if nb else None),
        "persons": kept_pk_map(ContactPerson, nb.pk if nb else None),
    }
    if not maps["organisations"] and not maps["persons"]:
        return

    for page in ArticlePage.objects.all():
        body = page.body.raw_data if hasattr(page.body, "raw_data") else page.body
        body = json.loads(body) if isinstance(body, str) else list(body)
        changed = remap_blocks(body, maps)
        if page.organisation_id in maps["organisations"]:
            page.organisation_id = maps["organisations"][page.organisation_id]
            changed = True
        if changed:
            ArticlePage.objects.filter(pk=page.pk).update(body=body, organisation_id=page.organisation_id)

    article_type = ContentType.objects.filter(app_label="home", model="articlepage").first()
    if article_type is None:
        return
    for revision in Revision.objects.filter(content_type=article_type):
        content = revision.content
        changed = False
        if content.get("organisation") in maps["organisations"]:
            content["organisation"] = maps["organisations"][content["organisation"]]
            changed = True
        body = content.get("body")
        blocks = json.loads(body) if isinstance(body, str) else body
        if remap_blocks(blocks, maps):
            content["body"] = json.dumps(blocks) if isinstance(body, str) else blocks
            changed = True
        if changed:
            Revision.objects.filter(pk=revision.pk).update(content=content)


class Migration(migrations.Migration):
    dependencies = [("home", "0004_alter_articlepage_body"), ("directory", "0007_merge_written_forms")]
    run_before = [("directory", "0008_one_record_per_organisation_and_person")]

    operations = [migrations.RunPython(remap, migrations.RunPython.noop)]
