"""`make restore FILE=...`: puts a backup archive (manage.py backup) back: the database and every
uploaded file. Meant for an empty database, or one whose content the backup should replace.
"""

import json
import sqlite3
import subprocess
import tarfile
import tempfile
from pathlib import Path

from django.core.cache import cache
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, connections

from .backup import FORMAT_VERSION, find_program, postgres_url


class Command(BaseCommand):
    help = "Restore a backup archive made by `manage.py backup`."

    def add_arguments(self, parser):
        parser.add_argument("archive")
        parser.add_argument(
            "--database-url", default="", help="Restore into this database instead of the configured one."
        )
        parser.add_argument("--no-input", action="store_true", help="Do not ask before replacing content.")

    def handle(self, *args, archive, database_url, no_input=False, **options):
        path = Path(archive)
        if not path.is_file():
            raise CommandError(f"No such backup: {archive}")
        if not no_input and input("This replaces the database and the uploaded files. Type 'yes': ") != "yes":
            raise CommandError("Nothing restored.")
        with tempfile.TemporaryDirectory() as scratch, tarfile.open(path, "r:gz") as tar:
            tar.extractall(scratch, filter="data")
            folder = Path(scratch)
            manifest = json.loads((folder / "manifest.json").read_text())
            if manifest.get("format") != FORMAT_VERSION:
                raise CommandError("This backup was written by another version of the backup command.")
            self.restore_database(folder, manifest["database"], database_url)
            files = self.restore_files(folder / "media")
        cache.clear()  # nothing cached from before the restore may be served
        self.stdout.write(f"Restored {manifest['database']} database and {files} files from {path.name}")
        if manifest.get("left_out"):
            self.stdout.write(f"The backup left these out, so they are empty: {', '.join(manifest['left_out'])}")

    def restore_database(self, folder, vendor, database_url):
        if vendor == "postgresql":
            target = database_url or postgres_url(connection.settings_dict)
            if not database_url:
                connections.close_all()  # pg_restore drops and creates the tables
            subprocess.run(  # noqa: S603 - our own database address and file
                [
                    find_program("pg_restore"),
                    "--clean",
                    "--if-exists",
                    "--no-owner",
                    "--no-acl",
                    "--single-transaction",
                    f"--dbname={target}",
                    str(folder / "database.dump"),
                ],
                check=True,
            )
        elif vendor == "sqlite":
            if database_url:
                target_path = database_url.removeprefix("sqlite:///")
            elif connection.vendor == "sqlite":
                target_path = connection.settings_dict["NAME"]
            else:
                raise CommandError("An SQLite backup can only be restored into SQLite.")
            source = sqlite3.connect(folder / "database.sqlite3")
            if str(target_path).startswith(("file:", ":memory:")) and connection.vendor == "sqlite":
                connection.ensure_connection()
                with source:
                    source.backup(connection.connection)
            else:
                if not database_url:
                    connections.close_all()
                target = sqlite3.connect(target_path)
                with target:
                    source.backup(target)
                target.close()
            source.close()
        else:
            raise CommandError(f"Unknown database in the backup: {vendor}")

    def restore_files(self, media):
        count = 0
        if not media.exists():
            return count
        for file in sorted(item for item in media.rglob("*") if item.is_file()):
            name = file.relative_to(media).as_posix()
            if default_storage.exists(name):
                default_storage.delete(name)
            saved = default_storage.save(name, ContentFile(file.read_bytes()))
            if saved != name:
                raise CommandError(f"Could not restore {name} under its own name.")
            count += 1
        return count
