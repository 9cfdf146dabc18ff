import pytest
from django.core.management import call_command

from tests.receiver import receiver  # noqa: F401 - a fixture: a local HTTP receiver of webhooks


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site (nb tree, nn translations, one untranslated mirror).

    Loaded once per run; each test runs in a transaction that is rolled back. The command is
    idempotent, so a reused test database is fine.
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def person(nb):
    """The demo content's contact person shown in a card in the grief article and on the page of her
    organisation."""
    from directory.models import ContactPerson

    return ContactPerson.objects.get(organisation__slug="etterlatte-sammen", sort_order=1)


@pytest.fixture
def own(nb):
    """The organisation of the demo's partner editor in Nesbyen (the ``editor`` fixture)."""
    from directory.models import Organisation

    return Organisation.objects.get(slug="frisklivssentralen-nesbyen")


@pytest.fixture
def nb(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="nb")


@pytest.fixture
def nn(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="nn")


@pytest.fixture
def fragments_on(settings):
    """Fragments on, as in production, starting from an empty cache (whole pages stay uncached)."""
    from django.core.cache import cache

    from pagecache import local

    settings.PAGE_CACHE_FRAGMENTS = True
    cache.clear()
    local.copies.clear()
    yield
    cache.clear()
    local.copies.clear()


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Run an action and what it leaves for after the commit (the change feed's rows, webhooks), as
    the commit of a request does."""

    def run(action):
        with django_capture_on_commit_callbacks(execute=True):
            return action()

    return run


@pytest.fixture
def page_cache_on(settings, fragments_on):
    """The page cache on, as in production (tests/test_page_cache.py explains why it is off)."""
    settings.PAGE_CACHE_ENABLED = True


def make_user(username, group_name):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    user = get_user_model().objects.create_user(username, f"{username}@selvhjelp.example", "passord-123")
    user.groups.add(Group.objects.get(name=group_name))
    return user


@pytest.fixture
def editor(client):
    """A partner editor of Frisklivssentralen i Nesbyen, logged in."""
    client.force_login(make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen"))
    return client


@pytest.fixture
def moderator(client):
    client.force_login(make_user("moderator", "Moderators"))
    return client


@pytest.fixture(autouse=True)
def _empty_cache_after_each_test():
    """A test's database changes are rolled back; what the cache kept of them must go too."""
    yield
    from django.core.cache import cache

    cache.clear()
