import pytest
from django.core.management import call_command


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Every test starts from the demo site (nb tree, nn translations, one untranslated mirror).

    Loaded once per run; each test runs in a transaction that is rolled back. The command is
    idempotent, so a reused test database is fine.
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def nb(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="nb")


@pytest.fixture
def nn(db):
    from wagtail.models import Locale

    return Locale.objects.get(language_code="nn")


@pytest.fixture(autouse=True)
def _empty_cache_after_each_test():
    """A test's database changes are rolled back; what the cache kept of them must go too."""
    yield
    from django.core.cache import cache

    cache.clear()
