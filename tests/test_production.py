"""Safe by default: deploy checks, security headers, login throttling, logs without personal data,
the health check and a friendly 503 while the database is away."""

import io
import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.db import OperationalError, connection
from django.test import Client

from tests.helpers import ARTICLE_NB

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parent.parent
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "config.settings.production",
    "SECRET_KEY": "k3J9x-production-like-secret-of-sufficient-length-and-variety-2026!",
    "ALLOWED_HOSTS": "selvhjelp.example",
}


def manage(*args, env):
    clean = {key: value for key, value in os.environ.items() if key not in PRODUCTION_ENV}
    return subprocess.run(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_deploy_check_has_no_warnings_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=PRODUCTION_ENV)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"{missing} must be set" in result.stderr


def test_public_pages_have_a_strict_content_security_policy_and_security_headers(client):
    response = client.get(ARTICLE_NB)
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "style-src 'self'" in policy
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert "frame-ancestors 'none'" in policy
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "DENY"


def test_admin_works_under_its_own_policy(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = response["Content-Security-Policy"]
    assert "default-src 'self'" in policy and "object-src 'none'" in policy
    assert "frame-src 'self'" in policy  # previews


def test_session_and_csrf_cookies_are_httponly(client, admin_user):
    response = client.post("/admin/login/", {"username": admin_user.username, "password": "password"})
    assert response.status_code == 302
    assert response.cookies["sessionid"]["httponly"]


def failed_login(client, username):
    return client.post("/admin/login/", {"username": username, "password": "not-the-password"})


def test_logins_are_locked_after_five_wrong_passwords_with_a_clear_message(client, admin_user):
    for _ in range(4):
        assert failed_login(client, admin_user.username).status_code == 200
    locked = failed_login(client, admin_user.username)
    assert locked.status_code == 429
    assert "Innloggingen er satt på pause" in locked.content.decode()
    # Even the right password is refused while locked.
    right = client.post("/admin/login/", {"username": admin_user.username, "password": "password"})
    assert right.status_code == 429


def test_lockout_does_not_tell_whether_a_user_exists(client, admin_user):
    for _ in range(4):
        failed_login(client, admin_user.username)
        failed_login(client, "finnes-ikke")
    existing = failed_login(client, admin_user.username)
    unknown = failed_login(client, "finnes-ikke")
    assert existing.status_code == unknown.status_code == 429
    assert existing.content == unknown.content


@pytest.fixture
def log_output():
    """What the configured console handler writes (after its personal-data filter)."""
    handler = next(
        h for h in logging.getLogger().handlers if any(f.__class__.__name__ == "RedactPersonalData" for f in h.filters)
    )
    stream = io.StringIO()
    old = handler.setStream(stream)
    yield stream
    handler.setStream(old)


def test_logs_carry_no_personal_data(client, nb, log_output, admin_user):
    from directory.models import ContactPerson

    person = ContactPerson.objects.public().exclude(phone="").first()
    client.get("/nb/sok/", {"q": person.email})
    client.get("/nb/finnes-ikke/", {"q": "mitt hemmelige søk", "postnummer": "3540"})
    client.get("/api/v2/contacts/", {"search": person.name, "postal_code": "35x0"})
    failed_login(client, person.email)
    # Personal data in a path: a 404 is logged with its path.
    client.get(f"/nb/{person.email}/")
    client.get("/nb/finn-hjelp/sok/4001 2345/")
    client.get("/nn/finn-hjelp/3541/")
    # A library that logs a contact person's details, with a traceback quoting them:
    try:
        raise ValueError(f"could not send to {person.email} / {person.phone}")
    except ValueError:
        logging.getLogger("django.request").exception(
            "Failed for %s (%s) at /nb/sok/?q=kari", person.email, person.phone
        )
    written = log_output.getvalue()
    assert "Not Found" in written and "Failed for" in written  # the events are logged ...
    for secret in (person.email, person.phone, "hemmelige", "q=kari", "3540", "3541", "4001 2345"):
        assert secret not in written  # ... without the personal data
    assert "127.0.0.1" not in written


def test_the_development_servers_access_log_carries_no_personal_data():
    """`make run`'s access log (logger django.server) goes through the same redaction."""
    key = "d6a124f499e16cd835941b6cc9a5fa3b67e8e32b807fcf312adefb3cd3c4651b"
    logger = logging.getLogger("django.server")
    handlers = [h for h in logger.handlers if isinstance(h, logging.StreamHandler)]
    assert handlers and not logger.propagate
    streams = [io.StringIO() for _ in handlers]
    old = [handler.setStream(stream) for handler, stream in zip(handlers, streams, strict=True)]
    try:
        logger.info('"%s" %s %s', f"GET /nb/meld-interesse/{key}/?mottatt=1 HTTP/1.1", "200", "7096")
        logger.info('"%s" %s %s', "GET /nn/finn-hjelp/grupper/?postnummer=3540 HTTP/1.1", "200", "12261")
    finally:
        for handler, stream in zip(handlers, old, strict=True):
            handler.setStream(stream)
    written = "".join(stream.getvalue() for stream in streams)
    assert "meld-interesse" in written and "grupper" in written  # the requests are logged ...
    assert key not in written and "3540" not in written  # ... without the key or the postal code


def test_gunicorn_access_log_names_no_client_address_or_query_string():
    namespace = {}
    exec((ROOT / "config" / "gunicorn.py").read_text(), namespace)  # noqa: S102 - our own config file
    assert "%(h)s" not in namespace["access_log_format"]
    assert "%(r)s" not in namespace["access_log_format"] and "%(q)s" not in namespace["access_log_format"]
    assert "%(U)s" in namespace["access_log_format"]  # the path alone


def test_gunicorn_access_log_redacts_personal_data_in_paths():
    import datetime

    from gunicorn.config import Config

    from core.logging import RedactingLogger

    namespace = {}
    exec((ROOT / "config" / "gunicorn.py").read_text(), namespace)  # noqa: S102 - our own config file
    assert namespace["logger_class"] == "core.logging.RedactingLogger"

    class Response:
        status, sent, headers = "404 Not Found", 1234, []

    logger = RedactingLogger(Config())
    line = namespace["access_log_format"] % logger.atoms(
        Response(),
        [],  # no request headers
        {
            "REQUEST_METHOD": "GET",
            "PATH_INFO": "/nb/kari.nordmann@epost.example/400 12 345/3540/",
            "RAW_URI": "/nb/kari.nordmann@epost.example/?postnummer=3540",
            "SERVER_PROTOCOL": "HTTP/1.1",
        },
        datetime.timedelta(milliseconds=12),
    )
    assert "GET /nb/[e-post]/[telefon]/[postnummer]/" in line
    for secret in ("kari", "400 12 345", "3540"):
        assert secret not in line
    assert "404 1234B 12ms" in line


def test_health_check_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok", "static": "ok"}
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def database_down(monkeypatch):
    def unreachable(*args, **kwargs):
        raise OperationalError("connection refused")

    monkeypatch.setattr(connection, "cursor", unreachable)


def test_health_check_is_503_when_the_database_is_down(client, monkeypatch):
    database_down(monkeypatch)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["database"] == "unavailable"


def test_health_check_is_503_when_the_cache_is_down(client, monkeypatch):
    from django.core.cache import cache

    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "ok", "cache": "unavailable", "static": "ok"}


def test_health_check_is_503_when_pages_cannot_find_their_static_files(client, settings, tmp_path):
    """Production serves hashed names from a manifest: without it (no collectstatic) every page fails."""
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.ManifestStaticFilesStorage"},
    }
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["static"] == "unavailable"


@pytest.mark.parametrize(
    ("url", "text"),
    [
        (ARTICLE_NB, "Nettstedet er midlertidig utilgjengelig"),
        ("/nn/for-parorande/sorg-etter-eit-dodsfall/", "Nettstaden er mellombels utilgjengeleg"),
        ("/nb/finn-hjelp/?postnummer=3540", "Nettstedet er midlertidig utilgjengelig"),
    ],
)
def test_pages_answer_a_friendly_503_while_the_database_is_down(monkeypatch, url, text):
    database_down(monkeypatch)
    response = Client(raise_request_exception=False).get(url)
    assert response.status_code == 503
    assert response["Retry-After"]
    assert text in response.content.decode()


def test_api_answers_json_503_while_the_database_is_down(monkeypatch):
    database_down(monkeypatch)
    response = Client(raise_request_exception=False).get("/api/v2/organisations/", {"postal_code": "3540"})
    assert response.status_code == 503
    assert response["Content-Type"] == "application/json"
    assert "unavailable" in response.json()["message"]


def test_admin_makes_no_calls_to_other_hosts(client, admin_user):
    client.force_login(admin_user)
    html = client.get("/admin/").content.decode()
    assert "gravatar.com" not in html  # editors' e-mail hashes stay here
    assert "releases.wagtail.org" not in html and "data-w-upgrade" not in html
