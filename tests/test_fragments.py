"""Fragments (pagecache/fragments.py): parts many pages share are built once and reused until what
they show changes, also when whole pages are not cached (an editor, a page with a query string)."""

import pytest

from tests.factories import SectionPageFactory
from tests.helpers import home, publish, queries_of, section

pytestmark = pytest.mark.django_db

ARTICLE = "/nb/for-parorende/sorg-etter-et-dodsfall/"


@pytest.fixture
def fragments_on(settings):
    from django.core.cache import cache

    settings.PAGE_CACHE_FRAGMENTS = True
    cache.clear()
    yield
    cache.clear()


def test_the_menu_route_and_language_links_come_from_fragments(client, settings, fragments_on):
    with_fragments = queries_of(client, ARTICLE)
    settings.PAGE_CACHE_FRAGMENTS = False
    without = queries_of(client, ARTICLE)
    assert with_fragments <= without - 3  # the route (2 queries) and the surrounding pages (1)


def test_a_new_menu_section_is_in_the_next_page_view(client, fragments_on, django_capture_on_commit_callbacks):
    assert "Nytt i menyen" not in client.get(ARTICLE).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        publish(SectionPageFactory(parent=home(), title="Nytt i menyen", show_in_menus=True))
    assert "Nytt i menyen" in client.get(ARTICLE).content.decode()


def test_a_renamed_page_is_served_under_its_new_address_at_once(
    client, fragments_on, django_capture_on_commit_callbacks
):
    page = section("for-parorende")
    assert client.get("/nb/for-parorende/").status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        page.slug = "for-naerstaende"
        publish(page)
    old = client.get("/nb/for-parorende/")  # Wagtail's automatic redirect, not the old page
    assert (old.status_code, old["Location"]) == (301, "/nb/for-naerstaende/")
    assert client.get("/nb/for-naerstaende/").status_code == 200
    assert client.get("/nb/for-naerstaende/sorg-etter-et-dodsfall/").status_code == 200
