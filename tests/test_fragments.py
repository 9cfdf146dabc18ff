"""Fragments (pagecache/fragments.py): parts many pages share are built once and reused until what
they show changes, also when whole pages are not cached (an editor, a page with a query string)."""

import pytest

from tests.factories import SectionPageFactory
from tests.helpers import home, publish, queries_of, section

pytestmark = pytest.mark.django_db

ARTICLE = "/nb/for-parorende/sorg-etter-et-dodsfall/"


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


# --- {% fragment %}: parts of page templates ----------------------------------------------------------
@pytest.fixture
def built_article(fragments_on, monkeypatch):
    # What is built straight after a change is kept too (in a running site it is kept a second later).
    monkeypatch.setattr("pagecache.tags.CLOCK_MARGIN", 0)
    from home.models import ArticlePageTopic
    from tests.factories import ArticlePageFactory, TopicFactory

    parent = SectionPageFactory(parent=home(), title="Seksjon for fragmenter", slug="fragmenter")
    page = ArticlePageFactory(parent=parent, title="Om fragmenter", slug="om-fragmenter", intro="Første ingress.")
    topic = TopicFactory(name="Ensomhet i test", slug="ensomhet-i-test")
    ArticlePageTopic.objects.create(page=page, topic=topic, locale=page.locale)
    publish(page)  # first published now: the newest article on the home page
    return page, topic, "/nb/fragmenter/om-fragmenter/"


def test_an_article_is_built_once_and_shows_a_renamed_topic_at_once(
    client, settings, built_article, django_capture_on_commit_callbacks
):
    page, topic, url = built_article
    first = client.get(url).content.decode()
    assert "Første ingress." in first and "Ensomhet i test" in first
    with_fragment = queries_of(client, url)
    settings.PAGE_CACHE_FRAGMENTS = False
    assert with_fragment < queries_of(client, url)
    settings.PAGE_CACHE_FRAGMENTS = True
    with django_capture_on_commit_callbacks(execute=True):
        topic.name = "Ensomhet, nytt navn"
        topic.save()
    assert "Ensomhet, nytt navn" in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page.intro = "Ny ingress."
        publish(page)
    assert "Ny ingress." in client.get(url).content.decode()


def test_a_preview_of_a_draft_neither_uses_nor_fills_the_fragment(client, built_article):
    page, _topic, url = built_article
    site = page.get_site()  # the host Wagtail's preview request is made for
    host = site.hostname if site.port == 80 else f"{site.hostname}:{site.port}"
    assert "Første ingress." in client.get(url, HTTP_HOST=host).content.decode()  # kept as a fragment
    page.intro = "Utkast som ikke er publisert."
    preview = page.make_preview_request().content.decode()
    assert "Utkast som ikke er publisert." in preview
    assert "Første ingress." not in preview
    public = client.get(url, HTTP_HOST=host).content.decode()
    assert "Første ingress." in public and "Utkast" not in public


def test_a_renamed_article_is_renamed_on_the_home_page_card_at_once(
    client, built_article, django_capture_on_commit_callbacks
):
    page, _topic, _url = built_article
    assert "Om fragmenter" in client.get("/nb/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Om fragmenter, nytt navn"
        publish(page)
    assert "Om fragmenter, nytt navn" in client.get("/nb/").content.decode()
