"""Load counties, municipalities, postal codes and the 2020–2023 numbers from directory/data/norway.

Idempotent: rows are created or updated in bulk, and a second run changes nothing.
"""

import csv
from pathlib import Path

from django.core.management.base import BaseCommand
from django.db import transaction

import pagecache
from directory.models import County, FormerCountyNumber, FormerMunicipalityNumber, Municipality, PostalCode
from directory.models.places import COUNTY_MENU_KEY, MUNICIPALITY_MENU_KEY
from pagecache.invalidation import invalidate_everything

DATA_DIR = Path(__file__).resolve().parents[2] / "data" / "norway"


def read_csv(name):
    with open(DATA_DIR / name, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def sync(model, key, rows, fields):
    """Create or update ``model`` rows from dicts keyed by ``key``; return (created, updated)."""
    existing = {getattr(obj, key): obj for obj in model.objects.all()}
    to_create, to_update = [], []
    for row in rows:
        obj = existing.get(row[key])
        if obj is None:
            to_create.append(model(**row))
            continue
        changed = False
        for field in fields:
            if getattr(obj, field) != row[field]:
                setattr(obj, field, row[field])
                changed = True
        if changed:
            to_update.append(obj)
    model.objects.bulk_create(to_create, batch_size=500)
    if to_update:
        model.objects.bulk_update(to_update, fields, batch_size=500)
    return len(to_create), len(to_update)


class Command(BaseCommand):
    help = "Load Norwegian counties, municipalities and postal codes (safe to run again)."

    @transaction.atomic
    def handle(self, *args, **options):
        with transaction.atomic():
            report = self.load()
        if options["verbosity"]:
            for name, (created, updated) in report.items():
                self.stdout.write(f"{name}: {created} created, {updated} updated")
        # Place names appear in menus and on cached pages.
        pagecache.forget(MUNICIPALITY_MENU_KEY, COUNTY_MENU_KEY)
        invalidate_everything()

    def load(self):
        report = {}
        report["counties"] = sync(
            County,
            "number",
            [
                {
                    "number": row["number"],
                    "name": row["name"],
                    "official_name": row["official_name"],
                    "parallel_names": row["parallel_names"],
                }
                for row in read_csv("counties.csv")
            ],
            ["name", "official_name", "parallel_names"],
        )
        counties = {county.number: county.id for county in County.objects.all()}

        report["municipalities"] = sync(
            Municipality,
            "number",
            [
                {
                    "number": row["number"],
                    "name": row["name"],
                    "name_norwegian": row["name_norwegian"],
                    "parallel_names": row["parallel_names"],
                    "county_id": counties[row["county_number"]],
                    "written_form": row["written_form"],
                }
                for row in read_csv("municipalities.csv")
            ],
            ["name", "name_norwegian", "parallel_names", "county_id", "written_form"],
        )
        municipalities = {m.number: m.id for m in Municipality.objects.all()}

        report["postal codes"] = sync(
            PostalCode,
            "code",
            [
                {
                    "code": row["postal_code"],
                    "place": row["place"],
                    "municipality_id": municipalities.get(row["municipality_number"]),
                    "category": row["category"],
                }
                for row in read_csv("postal_codes.csv")
            ],
            ["place", "municipality_id", "category"],
        )
        current_codes = {row["postal_code"] for row in read_csv("postal_codes.csv")}
        PostalCode.objects.exclude(code__in=current_codes).delete()

        former_municipalities = {
            (row["old_number"], municipalities[row["new_number"]])
            for row in read_csv("municipality_mapping_2020_2024.csv")
        }
        report["former municipality numbers"] = self.sync_former(
            FormerMunicipalityNumber, "municipality_id", former_municipalities
        )
        former_counties = {
            (row["old_number"], counties[row["new_number"]]) for row in read_csv("county_mapping_2020_2024.csv")
        }
        report["former county numbers"] = self.sync_former(FormerCountyNumber, "county_id", former_counties)
        return report

    def sync_former(self, model, target, pairs):
        existing = set(model.objects.values_list("number", target))
        model.objects.bulk_create([model(number=number, **{target: pk}) for number, pk in pairs - existing])
        for number, pk in existing - pairs:
            model.objects.filter(number=number, **{target: pk}).delete()
        return len(pairs - existing), 0
