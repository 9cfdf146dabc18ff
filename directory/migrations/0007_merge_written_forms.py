"""Fold each organisation's and contact person's nynorsk row into its bokmål row.

Facts come from the bokmål row (the source the other form was synchronised from). Where the two rows
disagree on a privacy switch, the safer value wins: a person is shown publicly only if every row said
so, an organisation is active only if every row said so. A consent date, an editor group or a
nynorsk text is never lost: the first row that has one gives it. Nothing is deleted here (0008 does
that, after home's migration has moved the pages' references).
"""

from django.db import migrations

ORGANISATION_TEXTS = ["name", "short_description", "how_to_take_part", "meeting_info"]


def kept_and_others(rows, nb_locale_id):
    """The row that stays (bokmål, else the oldest) and the other rows of one translation_key."""
    rows = sorted(rows, key=lambda row: (row.locale_id != nb_locale_id, row.pk))
    return rows[0], rows[1:]


def groups(model):
    by_key = {}
    for row in model.objects.order_by("pk"):
        by_key.setdefault(row.translation_key, []).append(row)
    return by_key.values()


def merge(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Organisation = apps.get_model("directory", "Organisation")
    ContactPerson = apps.get_model("directory", "ContactPerson")
    nb = Locale.objects.filter(language_code="nb").first()
    nb_id = nb.pk if nb else None

    for rows in groups(Organisation):
        kept, others = kept_and_others(rows, nb_id)
        for field in ORGANISATION_TEXTS:
            nynorsk = next((getattr(row, field) for row in rows if row.locale_id != nb_id), "")
            setattr(kept, f"{field}_nn", nynorsk if nynorsk != getattr(kept, field) else "")
        kept.active = all(row.active for row in rows)
        kept.editor_group_id = kept.editor_group_id or next(
            (row.editor_group_id for row in others if row.editor_group_id), None
        )
        kept.internal_notes = kept.internal_notes or next((row.internal_notes for row in others), "")
        kept.save()

    kept_organisation = {}
    for rows in groups(Organisation):
        kept, _others = kept_and_others(rows, nb_id)
        for row in rows:
            kept_organisation[row.pk] = kept.pk

    for rows in groups(ContactPerson):
        kept, _others = kept_and_others(rows, nb_id)
        nynorsk = next((row.role for row in rows if row.locale_id != nb_id), "")
        kept.role_nn = nynorsk if nynorsk != kept.role else ""
        kept.show_publicly = all(row.show_publicly for row in rows)
        kept.consent_given_on = kept.consent_given_on or next(
            (row.consent_given_on for row in rows if row.consent_given_on), None
        )
        kept.organisation_id = kept_organisation.get(kept.organisation_id, kept.organisation_id)
        kept.save()


class Migration(migrations.Migration):
    dependencies = [("directory", "0006_texts_in_both_forms"), ("wagtailcore", "0098_apitoken")]

    operations = [migrations.RunPython(merge, migrations.RunPython.noop)]
