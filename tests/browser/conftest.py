"""Browser journeys: Playwright for Python driving Debian's chromium (/usr/bin/chromium, never a
downloaded browser) against a live server of the site. Run alone with ``pytest -m browser``.

A live server needs a transactional database, which is emptied after each test and given back its
migrated state (serialized rollback); each journey then loads the demo site with its editors. So the
journeys run in a pytest session of their own (``make test`` does), in a test database of their own
that is made afresh (``--create-db``): the state to give back is then what migrations made.
"""

import os
import shutil
import threading

import pytest
from django.core.management import call_command
from django.core.servers.basehttp import ThreadedWSGIServer
from django.test.testcases import LiveServerThread

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
DEMO_PASSWORD = "selvhjelp-demo"


class OneRequestAtATime(ThreadedWSGIServer):
    """The live server, answering one request at a time when its threads share the test's database
    connection (SQLite's in-memory test database): a browser asks for a page's parts at once, and
    SQLite refuses one connection used by two threads at the same time ("bad parameter or other API
    misuse" in the translation editor's jsi18n, seen in CI). Connections are still kept open and
    served by their own threads; only the site's answers wait for each other."""

    lock = threading.Lock()

    def set_app(self, application):
        if self.connections_override:
            unserialised = application

            def application(environ, start_response):
                with self.lock:
                    return unserialised(environ, start_response)

        super().set_app(application)

    def _close_connections(self):
        # The shared in-memory connection is the test's own: a request thread leaves it open (closing
        # it is a no-op for SQLite's memory database, and a thread outliving the stopped server would
        # be refused it).
        if not self.connections_override:
            super()._close_connections()


LiveServerThread.server_class = OneRequestAtATime

# Playwright's sync API runs an event loop in this thread; the tests' own ORM calls are synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """test_<name>_browser: the journeys empty their database; the main suite's stays as it is.
    (SQLite's test database lives in memory and needs no other name.)"""
    from django.conf import settings

    for database in settings.DATABASES.values():
        if database["ENGINE"] != "django.db.backends.sqlite3":
            test = database.setdefault("TEST", {})
            test["NAME"] = f"{test.get('NAME') or 'test_' + database['NAME']}_browser"


def pytest_collection_modifyitems(items):
    for item in items:
        item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (.ci/run does)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def demo_site(transactional_db, live_server, settings):
    settings.PAGE_CACHE_ENABLED = True
    call_command("load_demo_content", with_admin=True, verbosity=0)
    return live_server.url


@pytest.fixture(scope="module")
def public_site(django_db_setup, django_db_blocker):
    """For a module of journeys that only read: the demo site loaded once, with the response cache on,
    behind a live server of its own; (its address, the public pages to visit). Afterwards the database
    is given back its migrated state, as a transactional test leaves it. (pytest-django's live_server
    would empty the database after each test, and loading the demo costs 15 s a test.)"""
    from django.core.cache import cache
    from django.db import connections
    from django.test.utils import override_settings
    from pytest_django.live_server_helper import LiveServer

    from tests.browser.pages import public_pages

    with django_db_blocker.unblock(), override_settings(PAGE_CACHE_ENABLED=True):
        cache.clear()
        call_command("load_demo_content", with_admin=True, verbosity=0)
        server = LiveServer("localhost")
        server._live_server_modified_settings.enable()
        try:
            yield server.url, public_pages()
        finally:
            server._live_server_modified_settings.disable()
            server.stop()
            # As TransactionTestCase with serialized_rollback: empty (the sequences go on, so that the
            # rows given back keep their ids), then the migrated state back.
            call_command("flush", interactive=False, verbosity=0, inhibit_post_migrate=True, reset_sequences=False)
            for connection in connections.all():
                serialized = getattr(connection, "_test_serialized_contents", None)
                if serialized:
                    connection.creation.deserialize_db_from_string(serialized)
            cache.clear()


@pytest.fixture
def visitor(browser, demo_site):
    context = browser.new_context(viewport={"width": 390, "height": 844}, base_url=demo_site)
    yield context.new_page()
    context.close()


@pytest.fixture
def login(browser, demo_site):
    contexts = []

    def log_in(username):
        context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=demo_site)
        contexts.append(context)
        page = context.new_page()
        page.goto("/admin/login/")
        page.fill("input[name=username]", username)
        page.fill("input[name=password]", DEMO_PASSWORD)
        page.press("input[name=password]", "Enter")
        page.wait_for_url("**/admin/")
        return page

    yield log_in
    for context in contexts:
        context.close()
