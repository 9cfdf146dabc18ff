"""The page cache serves repeat reads, and a published change is visible on the very next request.

Content changes run inside ``django_capture_on_commit_callbacks(execute=True)``: invalidation waits
for the commit, as it does in production.
"""

import pytest

from core.models import Topic
from directory.models import ContactPerson, Organisation
from tests.factories import ArticlePageFactory
from tests.helpers import ARTICLE_NB, ARTICLE_NN, DETAIL_NB, article, publish, section

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

SECTION_NB = "/nb/for-parorende/"
DIRECTORY_NB = "/nb/finn-hjelp/"
API = "/api/v2"


def cached_twice(client, url, **params):
    first = client.get(url, params)
    second = client.get(url, params)
    assert first.status_code == 200
    assert (first["X-Page-Cache"], second["X-Page-Cache"]) == ("miss", "hit")
    assert first.content == second.content
    return second


@pytest.mark.parametrize(
    "url",
    [
        "/nb/",
        "/nn/",
        SECTION_NB,
        ARTICLE_NB,
        ARTICLE_NN,
        DIRECTORY_NB,
        DETAIL_NB,
        "/sitemap.xml",
        f"{API}/pages/?locale=nb&type=home.ArticlePage",
        f"{API}/organisations/?postal_code=3540",
    ],
)
def test_anonymous_repeat_read_is_served_from_the_cache_without_queries(client, url, django_assert_num_queries):
    client.get(url)
    with django_assert_num_queries(0):
        response = client.get(url)
    assert response.status_code == 200
    assert response["X-Page-Cache"] == "hit"


def test_cached_html_keeps_its_headers_and_answers_304(client):
    first = cached_twice(client, ARTICLE_NB)
    assert first["Content-Type"].startswith("text/html")
    assert first["Content-Language"] == "nb"
    assert "must-revalidate" in first["Cache-Control"]
    assert "unsafe-inline" not in first["Content-Security-Policy"]
    again = client.get(ARTICLE_NB, HTTP_IF_NONE_MATCH=first["ETag"])
    assert again.status_code == 304


def test_published_article_change_is_visible_on_the_next_request(client, django_capture_on_commit_callbacks):
    cached_twice(client, ARTICLE_NB)
    cached_twice(client, SECTION_NB)
    page = article("sorg-etter-et-dodsfall")
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Sorg etter et dødsfall i familien"
        publish(page)
    for url in (ARTICLE_NB, SECTION_NB):
        response = client.get(url)
        assert response["X-Page-Cache"] == "miss"
        assert "Sorg etter et dødsfall i familien" in response.content.decode()


def test_a_draft_does_not_change_what_visitors_see(client, django_capture_on_commit_callbacks):
    cached_twice(client, ARTICLE_NB)
    page = article("sorg-etter-et-dodsfall")
    with django_capture_on_commit_callbacks(execute=True):
        page.title = "Et utkast ingen skal se"
        page.save_revision()
    assert "Et utkast ingen skal se" not in client.get(ARTICLE_NB).content.decode()


def test_new_article_appears_in_its_section_and_the_api_list(client, nb, django_capture_on_commit_callbacks):
    api_list = f"{API}/pages/?locale=nb&type=home.ArticlePage&limit=100"
    cached_twice(client, SECTION_NB)
    before = cached_twice(client, api_list).json()["meta"]["total_count"]
    with django_capture_on_commit_callbacks(execute=True):
        page = ArticlePageFactory(parent=section("for-parorende"), title="Helt ny artikkel", live=False)
        publish(page)
    assert "Helt ny artikkel" in client.get(SECTION_NB).content.decode()
    assert client.get(api_list).json()["meta"]["total_count"] == before + 1


def test_unpublished_article_is_gone_on_the_next_request(client, django_capture_on_commit_callbacks):
    cached_twice(client, ARTICLE_NB)
    page = article("sorg-etter-et-dodsfall")
    with django_capture_on_commit_callbacks(execute=True):
        page.unpublish()
    assert client.get(ARTICLE_NB).status_code == 404
    assert "Sorg etter et dødsfall" not in client.get(SECTION_NB).content.decode()


def test_moved_article_leaves_its_old_address(client, django_capture_on_commit_callbacks):
    cached_twice(client, ARTICLE_NB)
    page = article("sorg-etter-et-dodsfall")
    with django_capture_on_commit_callbacks(execute=True):
        page.move(section("hva-er-selvhjelp"), pos="last-child")
    old = client.get(ARTICLE_NB)
    assert old.status_code == 301  # Wagtail's automatic redirect, not the cached page
    assert old["Location"] == "/nb/hva-er-selvhjelp/sorg-etter-et-dodsfall/"
    assert client.get("/nb/hva-er-selvhjelp/sorg-etter-et-dodsfall/").status_code == 200


def test_deleted_article_is_gone_on_the_next_request(client, django_capture_on_commit_callbacks):
    cached_twice(client, ARTICLE_NB)
    page_id = article("sorg-etter-et-dodsfall").pk
    cached_twice(client, f"{API}/pages/{page_id}/")
    with django_capture_on_commit_callbacks(execute=True):
        article("sorg-etter-et-dodsfall").delete()
    assert client.get(ARTICLE_NB).status_code == 404
    assert client.get(f"{API}/pages/{page_id}/").status_code == 404


def test_organisation_change_reaches_lists_detail_articles_and_api(client, nb, django_capture_on_commit_callbacks):
    urls = [DIRECTORY_NB, DETAIL_NB, ARTICLE_NB, f"{API}/organisations/?locale=nb&limit=100"]
    for url in urls:
        cached_twice(client, url)
    organisation = Organisation.objects.get(slug="etterlatte-sammen")
    with django_capture_on_commit_callbacks(execute=True):
        organisation.name = "Etterlatte sammen Norge"
        organisation.save_revision().publish()
    for url in urls:
        assert "Etterlatte sammen Norge" in client.get(url).content.decode(), url


def test_new_organisation_appears_in_the_filtered_lists(client, nb, django_capture_on_commit_callbacks):
    from tests.factories import OrganisationFactory

    api = f"{API}/organisations/?locale=nb&postal_code=3540&limit=100"
    cached_twice(client, DIRECTORY_NB, postnummer="3540")
    cached_twice(client, api)
    with django_capture_on_commit_callbacks(execute=True):
        OrganisationFactory(name="Landsforeningen for nye grupper")
    assert "Landsforeningen for nye grupper" in client.get(DIRECTORY_NB, {"postnummer": "3540"}).content.decode()
    assert "Landsforeningen for nye grupper" in client.get(api).content.decode()


def test_withdrawn_contact_person_disappears_from_cards_and_pages_at_once(
    client, person, django_capture_on_commit_callbacks
):
    urls = [ARTICLE_NB, ARTICLE_NN, DETAIL_NB, f"{API}/contacts/?locale=nb&limit=100"]
    for url in urls:
        cached_twice(client, url)
        assert person.name in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        person.show_publicly = False
        person.save()
    for url in urls:
        assert person.name not in client.get(url).content.decode(), url


def test_new_contact_person_appears_on_the_organisation_page(client, person, django_capture_on_commit_callbacks):
    from datetime import date

    cached_twice(client, DETAIL_NB)
    with django_capture_on_commit_callbacks(execute=True):
        ContactPerson.objects.create(
            organisation=person.organisation,
            name="Ny Kontaktperson",
            role="Likeperson",
            email="ny@etterlatte-sammen.example",
            show_publicly=True,
            consent_given_on=date(2026, 1, 5),
            live=True,
        )
    assert "Ny Kontaktperson" in client.get(DETAIL_NB).content.decode()


def test_renamed_topic_is_visible_in_section_filters(client, nb, django_capture_on_commit_callbacks):
    cached_twice(client, SECTION_NB)
    topic = Topic.objects.filter(locale=nb).order_by("name").first()
    with django_capture_on_commit_callbacks(execute=True):
        topic.name = "Et nytt temanavn"
        topic.save()
    assert "Et nytt temanavn" in client.get(SECTION_NB).content.decode()


def test_logged_in_editor_neither_reads_nor_fills_the_cache(client, admin_user):
    client.force_login(admin_user)
    assert client.get(ARTICLE_NB).get("X-Page-Cache") is None
    assert client.get(ARTICLE_NB).get("X-Page-Cache") is None
    client.logout()
    assert client.get(ARTICLE_NB)["X-Page-Cache"] == "miss"  # the editor's views were not stored
    assert client.get(ARTICLE_NB)["X-Page-Cache"] == "hit"
    client.force_login(admin_user)
    editor = client.get(ARTICLE_NB)
    assert editor.get("X-Page-Cache") is None
    assert "private" in editor["Cache-Control"]


def test_previews_and_admin_are_never_cached(client, admin_user):
    client.force_login(admin_user)
    page = article("sorg-etter-et-dodsfall")
    for _ in range(2):
        response = client.get(f"/admin/pages/{page.pk}/edit/preview/")
        assert response.get("X-Page-Cache") is None
    client.logout()
    assert client.get("/admin/login/").get("X-Page-Cache") is None


def test_search_is_not_cached(client):
    client.get("/nb/sok/", {"q": "sorg"})
    assert client.get("/nb/sok/", {"q": "sorg"}).get("X-Page-Cache") is None


def test_a_page_cache_outage_serves_pages_without_it(client, monkeypatch):
    class Unreachable:
        def __getattr__(self, name):
            def fail(*args, **kwargs):
                raise ConnectionError("cache down")

            return fail

    monkeypatch.setattr("pagecache.tags.cache", Unreachable())
    monkeypatch.setattr("pagecache.responses.cache", Unreachable())
    response = client.get(ARTICLE_NB)
    assert response.status_code == 200
    assert "Sorg etter et dødsfall" in response.content.decode()


EDGE_CALLS = []


class RecordingEdge:
    """Stands in for Varnish (another process): records what the app asks it to drop."""

    def __init__(self, params):
        self.hostnames = ["*"]

    def invalidates_hostname(self, hostname):
        return True

    def purge(self, url):
        EDGE_CALLS.append(("purge", url))

    def purge_batch(self, urls):
        EDGE_CALLS.extend(("purge", url) for url in urls)

    def ban_tags(self, tags):
        EDGE_CALLS.append(("ban", set(tags)))


def test_responses_carry_tags_for_the_edge_and_publishing_bans_them(
    client, settings, django_capture_on_commit_callbacks
):
    settings.WAGTAILFRONTENDCACHE = {"edge": {"BACKEND": "tests.test_page_cache.RecordingEdge"}}
    page = article("sorg-etter-et-dodsfall")
    response = client.get(ARTICLE_NB)
    assert response["Surrogate-Control"].startswith("max-age=")
    assert f",p{page.pk}," in response["X-Cache-Tags"]
    EDGE_CALLS.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish(page)
    assert any(kind == "ban" and f"p{page.pk}" in tags for kind, tags in EDGE_CALLS)
    assert any(kind == "purge" and value.endswith(ARTICLE_NB) for kind, value in EDGE_CALLS)  # Wagtail's own


def test_without_an_edge_cache_no_tags_are_sent(client):
    assert "X-Cache-Tags" not in client.get(ARTICLE_NB)


def test_unknown_host_is_refused_not_cached(client):
    assert client.get(ARTICLE_NB, HTTP_HOST="evil.example").status_code == 400
    assert client.get(ARTICLE_NB)["X-Page-Cache"] == "miss"


def check_ids(**options):
    from django.core.checks import run_checks

    return {message.id for message in run_checks(**options)}


def test_a_page_cache_without_a_shared_cache_is_a_deployment_warning(settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert "pagecache.W001" in check_ids(include_deployment_checks=True)
    settings.CACHES = {"default": {"BACKEND": "django_redis.cache.RedisCache", "LOCATION": "redis://127.0.0.1:1/0"}}
    assert "pagecache.W001" not in check_ids(include_deployment_checks=True)
    settings.PAGE_CACHE_ENABLED = False
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    assert "pagecache.W001" not in check_ids(include_deployment_checks=True)


def test_the_page_cache_must_answer_before_sessions_are_read(settings):
    middleware = list(settings.MIDDLEWARE)
    assert not {"pagecache.E001", "pagecache.E002"} & check_ids()
    cache_middleware = "pagecache.middleware.PageCacheMiddleware"
    middleware.remove(cache_middleware)
    settings.MIDDLEWARE = [*middleware, cache_middleware]
    assert "pagecache.E002" in check_ids()
    settings.MIDDLEWARE = middleware
    settings.PAGE_CACHE_ENABLED = True
    assert "pagecache.E001" in check_ids()
