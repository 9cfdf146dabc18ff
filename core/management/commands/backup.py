"""`make backup`: the database and every uploaded file (images, renditions, documents) in one archive.

PostgreSQL is dumped with pg_dump (custom format, restored by pg_restore), SQLite through its backup
API (a consistent copy while the site runs). Files are read through Django's storage, so uploads
in S3-compatible object storage are included as well as local ones.

A model that says ``left_out_of_backups = True`` (interest registrations: health data, kept only as
long as needed and deleted at once when withdrawn) has its rows left out, so that no archive outlives
their deletion; its tables are there, empty. ``--with-left-out`` includes them, for moving the site to
another server; such an archive is to be deleted once it has been used.
"""

import io
import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection
from django.utils import timezone

FORMAT_VERSION = 1


def find_program(name):
    found = shutil.which(name)
    if found:
        return found
    for candidate in sorted(Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), reverse=True):
        return str(candidate)
    raise CommandError(f"{name} is needed for a PostgreSQL backup (apt-get install postgresql-client).")


def postgres_url(database):
    user = database.get("USER") or ""
    password = f":{database['PASSWORD']}" if database.get("PASSWORD") else ""
    at = "@" if user or password else ""
    port = f":{database['PORT']}" if database.get("PORT") else ""
    return f"postgresql://{user}{password}{at}{database.get('HOST') or 'localhost'}{port}/{database['NAME']}"


def left_out():
    """(model labels, their tables and their many-to-many tables, the latter first) kept out of backups."""
    labels, tables = [], []
    for model in apps.get_models():
        if getattr(model, "left_out_of_backups", False):
            labels.append(model._meta.label)
            tables += [field.remote_field.through._meta.db_table for field in model._meta.local_many_to_many]
            tables.append(model._meta.db_table)
    return labels, sorted(set(tables), key=tables.index)


def walk(storage, folder=""):
    folders, files = storage.listdir(folder)
    for name in files:
        yield f"{folder}/{name}" if folder else name
    for name in folders:
        yield from walk(storage, f"{folder}/{name}" if folder else name)


class Command(BaseCommand):
    help = "Write a backup archive of the database and the uploaded files."

    def add_arguments(self, parser):
        parser.add_argument("--output", default=str(settings.BASE_DIR / "backups"), help="Folder for the archive.")
        parser.add_argument(
            "--with-left-out",
            action="store_true",
            help="Include the rows of models left out of backups (interest registrations), to move the site.",
        )

    def handle(self, *args, output, with_left_out=False, **options):
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        archive = folder / f"selvhjelp-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        vendor = connection.vendor
        sensitive, sensitive_tables = left_out()
        labels, tables = ([], []) if with_left_out else (sensitive, sensitive_tables)
        with tempfile.TemporaryDirectory() as scratch:
            dump = Path(scratch) / ("database.dump" if vendor == "postgresql" else "database.sqlite3")
            if vendor == "postgresql":
                url = postgres_url(connection.settings_dict)
                subprocess.run(  # noqa: S603 - our own database address
                    [
                        find_program("pg_dump"),
                        "--format=custom",
                        "--no-owner",
                        "--no-acl",
                        *[f"--exclude-table-data={table}" for table in tables],
                        f"--file={dump}",
                        url,
                    ],
                    check=True,
                )
            elif vendor == "sqlite":
                connection.ensure_connection()
                target = sqlite3.connect(dump)
                with target:
                    connection.connection.backup(target)
                    for table in tables:
                        target.execute(f'DELETE FROM "{table}"')  # noqa: S608 - our own table names
                target.execute("VACUUM")  # no deleted row stays behind in the file's free pages
                target.close()
            else:
                raise CommandError(f"Backups of {vendor} databases are not supported.")
            files = 0
            with tarfile.open(archive, "w:gz") as tar:
                manifest = {
                    "format": FORMAT_VERSION,
                    "database": vendor,
                    "created": timezone.now().isoformat(),
                    "left_out": labels,
                }
                add_bytes(tar, "manifest.json", json.dumps(manifest).encode())
                tar.add(dump, arcname=dump.name)
                for name in walk(default_storage):
                    with default_storage.open(name, "rb") as handle:
                        add_bytes(tar, f"media/{name}", handle.read())
                    files += 1
        self.stdout.write(f"Backup written: {archive} ({vendor} database, {files} files)")
        if labels:
            self.stdout.write(f"Left out (tables empty): {', '.join(labels)}")
        elif sensitive:
            self.stdout.write(f"This archive holds {', '.join(sensitive)}: delete it once it has been used.")
        return None


def add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    tar.addfile(info, io.BytesIO(data))
