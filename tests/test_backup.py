"""A backup round-trips into an empty database: every page, snippet and image is found again, and
every uploaded file is back in storage."""

import sqlite3

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

pytestmark = pytest.mark.django_db

# What a backup must bring back, counted by table.
MODELS = ["wagtailcore.Page", "directory.Organisation", "directory.ContactPerson", "core.Topic"]
MODELS += ["wagtailimages.Image", "wagtaildocs.Document", "directory.PostalCode"]


def counts_in(cursor):
    result = {}
    for label in MODELS:
        cursor.execute(f"SELECT COUNT(*) FROM {apps.get_model(label)._meta.db_table}")  # noqa: S608
        result[label] = cursor.fetchone()[0]
    cursor.execute("SELECT title FROM wagtailcore_page ORDER BY path")
    result["titles"] = [row[0] for row in cursor.fetchall()]
    return result


@pytest.fixture
def empty_database(tmp_path):
    """An empty database next to the test database: (URL for restore, function that counts)."""
    if connection.vendor == "sqlite":
        path = tmp_path / "restored.sqlite3"

        def count():
            with sqlite3.connect(path) as restored:
                return counts_in(restored.cursor())

        yield f"sqlite:///{path}", count
        return

    import psycopg

    settings = connection.settings_dict
    name = f"{settings['NAME']}_restore"
    params = {
        "host": settings.get("HOST") or None,
        "port": settings.get("PORT") or None,
        "user": settings.get("USER") or None,
        "password": settings.get("PASSWORD") or None,
    }
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')
        admin.execute(f'CREATE DATABASE "{name}"')
    from core.management.commands.backup import postgres_url

    def count():
        with psycopg.connect(dbname=name, **params) as restored:
            return counts_in(restored.cursor())

    yield postgres_url({**settings, "NAME": name}), count
    with psycopg.connect(dbname="postgres", autocommit=True, **params) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def test_backup_round_trips_into_an_empty_database(tmp_path, settings, empty_database):
    from wagtail.images import get_image_model

    url, count_restored = empty_database
    with connection.cursor() as cursor:
        before = counts_in(cursor)
    assert (
        before["wagtailcore.Page"] > 10 and before["directory.Organisation"] > 10 and before["wagtailimages.Image"] > 0
    )
    image_files = [image.file.name for image in get_image_model().objects.all()]

    call_command("backup", output=str(tmp_path / "backups"))
    archive = next((tmp_path / "backups").glob("selvhjelp-*.tar.gz"))

    settings.MEDIA_ROOT = tmp_path / "restored-media"  # an empty file storage
    call_command("restore", str(archive), database_url=url, no_input=True)

    assert count_restored() == before
    for name in image_files:
        assert (tmp_path / "restored-media" / name).is_file(), name


def test_restore_refuses_a_missing_file(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No such backup"):
        call_command("restore", str(tmp_path / "finnes-ikke.tar.gz"), no_input=True)
