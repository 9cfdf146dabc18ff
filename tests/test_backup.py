"""A backup round-trips into an empty database: every page, snippet and image is found again, and
every uploaded file is back in storage."""

import io
import sqlite3
import tarfile

import pytest
from django.apps import apps
from django.core.management import call_command
from django.db import connection

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


@pytest.mark.django_db
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


@pytest.fixture
def registration(django_db_setup, django_db_blocker):
    """A registration committed to the test database (SQLite's backup cannot copy a database that the
    same connection is writing to, as a test's transaction would be), deleted afterwards."""
    from django.utils import timezone

    from directory.models import Organisation
    from interest.models import InterestRegistration

    with django_db_blocker.unblock():
        organisation = Organisation.objects.exclude(municipality=None).first()
        registration = InterestRegistration.objects.create(
            municipality=organisation.municipality,
            name="Backupkari",
            email="backupkari@example.org",
            consent_given_at=timezone.now(),
            token_hash="a" * 64,
            submission_key="b" * 40,
        )
        registration.organisations.add(organisation)
        try:
            yield registration
        finally:
            registration.delete()


def registrations_in(cursor):
    cursor.execute("SELECT COUNT(*) FROM interest_interestregistration")
    registrations = cursor.fetchone()[0]
    cursor.execute("SELECT COUNT(*) FROM interest_interestregistration_organisations")
    return registrations, cursor.fetchone()[0]


@pytest.mark.parametrize(("option", "kept"), [({}, (0, 0)), ({"with_left_out": True}, (1, 1))])
def test_interest_registrations_are_left_out_of_backups_unless_asked_for(
    tmp_path, settings, empty_database, registration, option, kept
):
    """Health data kept only as long as needed: no archive outlives a registration's deletion. Moving the
    site to another server may take them along, when asked for."""
    url, _count = empty_database
    output = io.StringIO()
    call_command("backup", output=str(tmp_path / "backups"), stdout=output, **option)
    archive = next((tmp_path / "backups").glob("selvhjelp-*.tar.gz"))
    said = output.getvalue()
    assert ("Left out (tables empty): interest.InterestRegistration" in said) == (not kept[0])
    assert ("This archive holds interest.InterestRegistration" in said) == bool(kept[0])
    if connection.vendor == "sqlite":  # the file itself, free pages too (PostgreSQL's dump is compressed)
        with tarfile.open(archive) as tar:
            data = tar.extractfile("database.sqlite3").read()
        assert (b"backupkari@example.org" in data) == bool(kept[0])

    settings.MEDIA_ROOT = tmp_path / "restored-media"
    call_command("restore", str(archive), database_url=url, no_input=True, stdout=io.StringIO())
    if connection.vendor == "sqlite":
        with sqlite3.connect(url.removeprefix("sqlite:///")) as restored:
            assert registrations_in(restored.cursor()) == kept
    else:
        import psycopg

        with psycopg.connect(url) as restored:
            assert registrations_in(restored.cursor()) == kept
    assert registration.organisations.exists()  # the site's own rows are untouched


def test_restore_refuses_a_missing_file(tmp_path):
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No such backup"):
        call_command("restore", str(tmp_path / "finnes-ikke.tar.gz"), no_input=True)
