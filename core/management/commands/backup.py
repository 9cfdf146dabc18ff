"""`make backup`: the database and every uploaded file (images, renditions, documents) in one archive.

PostgreSQL is dumped with pg_dump (custom format, restored by pg_restore), SQLite through its backup
API (a consistent copy while the site runs). Files are read through Django's storage, so uploads
in S3-compatible object storage are included as well as local ones.
"""

import io
import json
import shutil
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

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

    def handle(self, *args, output, **options):
        folder = Path(output)
        folder.mkdir(parents=True, exist_ok=True)
        archive = folder / f"selvhjelp-{timezone.now():%Y%m%d-%H%M%S}.tar.gz"
        vendor = connection.vendor
        with tempfile.TemporaryDirectory() as scratch:
            dump = Path(scratch) / ("database.dump" if vendor == "postgresql" else "database.sqlite3")
            if vendor == "postgresql":
                url = postgres_url(connection.settings_dict)
                subprocess.run(  # noqa: S603 - our own database address
                    [find_program("pg_dump"), "--format=custom", "--no-owner", "--no-acl", f"--file={dump}", url],
                    check=True,
                )
            elif vendor == "sqlite":
                connection.ensure_connection()
                target = sqlite3.connect(dump)
                with target:
                    connection.connection.backup(target)
                target.close()
            else:
                raise CommandError(f"Backups of {vendor} databases are not supported.")
            files = 0
            with tarfile.open(archive, "w:gz") as tar:
                manifest = {"format": FORMAT_VERSION, "database": vendor, "created": timezone.now().isoformat()}
                add_bytes(tar, "manifest.json", json.dumps(manifest).encode())
                tar.add(dump, arcname=dump.name)
                for name in walk(default_storage):
                    with default_storage.open(name, "rb") as handle:
                        add_bytes(tar, f"media/{name}", handle.read())
                    files += 1
        self.stdout.write(f"Backup written: {archive} ({vendor} database, {files} files)")
        return None


def add_bytes(tar, name, data):
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    tar.addfile(info, io.BytesIO(data))
