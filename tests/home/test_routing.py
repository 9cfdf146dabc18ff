"""Pages are found by their address in a fixed number of queries; what Wagtail's own routing
guarantees still holds (restrictions, drafts, sub-pages of the directory, unknown addresses)."""

import pytest
from wagtail.models import PageViewRestriction

from tests.helpers import ARTICLE_NB, article, section

pytestmark = pytest.mark.django_db


def test_password_restriction_on_a_section_protects_its_articles(client):
    PageViewRestriction.objects.create(
        page=section("for-parorende"), restriction_type=PageViewRestriction.PASSWORD, password="hemmelig"
    )
    response = client.get(ARTICLE_NB)
    assert response.status_code == 200
    assert "Sorg etter et dødsfall" not in response.content.decode()
    assert 'name="password"' in response.content.decode()
    # ... and the restricted section leaves the menu.
    assert 'href="/nb/for-parorende/"' not in client.get("/nb/").content.decode()


def test_login_restriction_sends_visitors_to_log_in(client):
    PageViewRestriction.objects.create(
        page=article("sorg-etter-et-dodsfall"), restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(ARTICLE_NB)
    assert response.status_code == 302
    assert "login" in response["Location"]


def test_restriction_on_the_source_also_protects_its_nn_mirror(client):
    from home.models import ArticlePage

    mirror = ArticlePage.objects.filter(locale__language_code="nn", alias_of__isnull=False).first()
    PageViewRestriction.objects.create(page=mirror.alias_of, restriction_type=PageViewRestriction.LOGIN)
    assert client.get(mirror.url).status_code == 302


def test_draft_page_is_not_found(client):
    page = article("sorg-etter-et-dodsfall")
    page.unpublish()
    assert client.get(ARTICLE_NB).status_code == 404


@pytest.mark.parametrize(
    "url",
    ["/nb/finnes-ikke/", "/nb/for-parorende/finnes-ikke/", "/nb/for-parorende/sorg-etter-et-dodsfall/mer/"],
)
def test_unknown_addresses_are_404(client, url):
    assert client.get(url).status_code == 404


def test_directory_sub_pages_are_routed_by_the_directory(client):
    assert client.get("/nb/finn-hjelp/etterlatte-sammen/").status_code == 200
    assert client.get("/nb/finn-hjelp/finnes-ikke/").status_code == 404


def test_breadcrumbs_name_every_page_above(client):
    html = client.get(ARTICLE_NB).content.decode()
    assert 'href="/nb/"' in html and 'href="/nb/for-parorende/"' in html
    assert 'aria-current="page">Sorg etter et dødsfall' in html
