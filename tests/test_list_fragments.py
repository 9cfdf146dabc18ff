"""Lists assembled from fragments (pagecache/fragments.py ``fragments``): the API's lists and the
directory ask only for the ids of the page shown and take each item or card from the cache. What
they answer is exactly what they answer without fragments, and a change shows at once."""

import pytest

from tests.factories import OrganisationFactory
from tests.helpers import article, queries_of

pytestmark = pytest.mark.django_db

LISTS = [
    "/api/v2/pages/?type=home.ArticlePage&locale=nb&limit=20",
    "/api/v2/pages/?type=home.ArticlePage&locale=nn&fields=intro,topics&limit=5&offset=3",
    "/api/v2/pages/?locale=nb&order=-title",
    "/api/v2/pages/?search=sorg",  # search results: the backend's order, no fragments
    "/api/v2/organisations/?postal_code=3540&limit=20",
    "/api/v2/organisations/?county=33&topic=sorg&locale=nn",
    "/api/v2/contacts/?locale=nb&limit=100",
    "/nb/finn-hjelp/?postnummer=3540",
    "/nn/finn-hjelp/?fylke=33",
    "/nb/finn-hjelp/?side=2",
]


@pytest.mark.parametrize("url", LISTS)
def test_a_list_from_fragments_is_the_list_built_afresh(client, settings, fragments_on, url):
    client.get(url)  # fills the fragments
    kept = client.get(url)
    settings.PAGE_CACHE_FRAGMENTS = False
    fresh = client.get(url)
    assert (kept.status_code, fresh.status_code) == (200, 200)
    assert kept.content == fresh.content


@pytest.mark.parametrize("url", ["/api/v2/organisations/?postal_code=3540&limit=20", "/nb/finn-hjelp/?postnummer=3540"])
def test_a_kept_list_asks_the_database_for_less(client, settings, fragments_on, url):
    kept = queries_of(client, url)
    settings.PAGE_CACHE_FRAGMENTS = False
    assert kept < queries_of(client, url)


def test_a_renamed_organisation_is_renamed_in_the_lists_at_once(
    client, fragments_on, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("pagecache.tags.CLOCK_MARGIN", 0)  # keep what is built straight after a change
    organisation = OrganisationFactory(name="Aaa likepersoner", slug="aaa-likepersoner")
    api, directory = "/api/v2/organisations/?limit=5", "/nb/finn-hjelp/"
    assert "Aaa likepersoner" in client.get(api).content.decode()
    assert "Aaa likepersoner" in client.get(directory).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        organisation.name = "Aab likepersoner"
        organisation.save()
    assert "Aab likepersoner" in client.get(api).content.decode()
    assert "Aab likepersoner" in client.get(directory).content.decode()


def test_lists_keep_their_order(client, fragments_on):
    from directory.models import Organisation

    client.get("/api/v2/organisations/?limit=20&offset=5")
    items = client.get("/api/v2/organisations/?limit=20&offset=5").json()["items"]
    expected = Organisation.objects.public().order_by("name", "id").values_list("id", flat=True)[5:25]
    assert [item["id"] for item in items] == list(expected)
    answer = client.get("/api/v2/pages/?locale=nb&order=-title").json()
    titles = [item["title"] for item in answer["items"]]
    assert titles == sorted(titles, reverse=True)


def test_a_detail_from_fragments_is_built_afresh_and_follows_a_withdrawn_contact(
    client, settings, fragments_on, person, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("pagecache.tags.CLOCK_MARGIN", 0)
    organisation_url = f"/api/v2/organisations/{person.organisation_id}/"
    article_url = f"/api/v2/pages/{article('sorg-etter-et-dodsfall').pk}/"
    for url in (organisation_url, article_url, f"{article_url}?fields=-body"):
        client.get(url)
        kept = client.get(url)
        settings.PAGE_CACHE_FRAGMENTS = False
        assert kept.content == client.get(url).content
        settings.PAGE_CACHE_FRAGMENTS = True
    assert person.name in client.get(organisation_url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        person.show_publicly = False
        person.save()
    assert person.name not in client.get(organisation_url).content.decode()
    assert client.get("/api/v2/organisations/999999/").status_code == 404


@pytest.mark.parametrize("url", ["/nb/finn-hjelp/", "/api/v2/organisations/?limit=5"])
def test_a_kept_list_shows_a_new_organisation_at_once(
    client, fragments_on, monkeypatch, django_capture_on_commit_callbacks, url
):
    monkeypatch.setattr("pagecache.tags.CLOCK_MARGIN", 0)
    client.get(url)
    assert "Aaa nyoppstartet" not in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        OrganisationFactory(name="Aaa nyoppstartet", slug="aaa-nyoppstartet")
    assert "Aaa nyoppstartet" in client.get(url).content.decode()


def test_an_unknown_field_is_refused_also_for_a_kept_empty_list(client, fragments_on):
    url = "/api/v2/organisations/?offset=5000"
    for _ in range(2):
        assert client.get(url).json()["items"] == []
    response = client.get(url + "&fields=finnes_ikke")
    assert response.status_code == 400
    assert "finnes_ikke" in response.json()["message"]


@pytest.mark.parametrize(
    ("query", "builds"),
    [("postnummer=3540", 1), ("postnummer=0000", 2), ("side=999", 2), ("postnummer=3540&x=" + "y" * 300, 2)],
)
def test_only_a_directory_listing_worth_keeping_is_kept(client, fragments_on, monkeypatch, query, builds):
    """A query a visitor made up (an unknown postal code, a page past the end, junk) is answered each
    time, never kept: the cache holds what real visitors ask for."""
    from directory.models import DirectoryPage

    built = []
    render_listing = DirectoryPage.render_listing
    monkeypatch.setattr(
        DirectoryPage, "render_listing", lambda page, *args: built.append(1) or render_listing(page, *args)
    )
    for _ in range(2):
        assert client.get(f"/nb/finn-hjelp/?{query}").status_code == 200
    assert len(built) == builds


def test_a_kept_detail_is_gone_at_once_when_its_object_is_withdrawn(
    client, fragments_on, monkeypatch, django_capture_on_commit_callbacks
):
    monkeypatch.setattr("pagecache.tags.CLOCK_MARGIN", 0)
    organisation = OrganisationFactory()
    page = article("sorg-etter-et-dodsfall")
    urls = [f"/api/v2/organisations/{organisation.pk}/", f"/api/v2/pages/{page.pk}/"]
    for url in urls * 2:
        assert client.get(url).status_code == 200
    with django_capture_on_commit_callbacks(execute=True):
        organisation.live = False
        organisation.save()
        page.unpublish()
    assert [client.get(url).status_code for url in urls] == [404, 404]


def test_a_preview_of_the_directory_page_neither_uses_nor_fills_the_listing(fragments_on, monkeypatch):
    from directory.models import DirectoryPage

    built = []
    render_listing = DirectoryPage.render_listing
    monkeypatch.setattr(
        DirectoryPage, "render_listing", lambda page, *args: built.append(1) or render_listing(page, *args)
    )
    page = DirectoryPage.for_form("nb")
    page.intro = "Et utkast av ingressen."
    for _ in range(2):
        preview = page.make_preview_request().content.decode()
        assert "Et utkast av ingressen." in preview and '<ul class="org-list">' in preview
    assert len(built) == 2
