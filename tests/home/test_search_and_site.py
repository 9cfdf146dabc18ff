import re

import pytest
from django.db import connection
from django.test import RequestFactory

from core.views import server_error
from home.models import ArticlePage
from tests.helpers import section

pytestmark = pytest.mark.django_db


def test_search_finds_pages_in_the_visitors_form_only(client):
    nb_html = client.get("/nb/sok/", {"q": "sorg"}).content.decode()
    nn_html = client.get("/nn/sok/", {"q": "sorg"}).content.decode()
    assert "/nb/for-parorende/sorg-etter-et-dodsfall/" in nb_html
    assert "/nn/" not in re.sub(r'href="/nn/"|/sprak/nn/[^"]*', "", nb_html.split("<main")[1])
    assert "/nn/for-parorande/sorg-etter-eit-dodsfall/" in nn_html
    assert "/nb/for-parorende/" not in nn_html


def test_search_shows_count_and_empty_state(client):
    html = client.get("/nn/sok/", {"q": "kvitveis"}).content.decode()
    assert "0 treff for «kvitveis»" in html
    assert "Vi fann ingenting som passa med søket ditt." in html


def test_search_page_without_query(client):
    response = client.get("/nb/sok/")
    assert response.status_code == 200
    assert "Hva leter du etter?" in response.content.decode()


@pytest.mark.parametrize(
    "query",
    [
        "gruppe " * 1500,  # over 10,000 characters
        "\x00\x01 sorg",
        "ﷺ 𝔘𝔫𝔦𝔠𝔬𝔡𝔢 \u202e gruppe",
        "' OR 1=1 --",
        "<script>alert(1)</script>",
        "&&&|||!!!:*",
    ],
)
def test_any_search_input_gives_a_normal_page(client, query):
    response = client.get("/nb/sok/", {"q": query, "side": "999999999999999999999"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_invalid_utf8_in_the_query_string_gives_a_normal_page(client):
    response = client.get("/nn/sok/?q=%ED%A0%80%FF%C3&side=%00")
    assert response.status_code == 200


def test_long_search_is_trimmed_with_a_note(client):
    html = client.get("/nb/sok/", {"q": "gruppe " * 1500}).content.decode()
    assert "Søket ditt var langt" in html


def test_search_paginates_with_bad_page_numbers(client):
    for page in ("0", "abc", "-3", ""):
        assert client.get("/nb/sok/", {"q": "gruppe", "side": page}).status_code == 200


def all_result_links(client, language, query):
    """Every result link over all result pages."""
    links, page = [], 1
    while True:
        html = client.get(f"/{language}/sok/", {"q": query, "side": page}).content.decode()
        results = html.split('<ol class="search-results">', 1)[-1].split("</ol>", 1)[0]
        links += re.findall(r'<h3><a href="([^"]+)">', results)
        if 'rel="next"' not in html:
            return links
        page += 1


@pytest.mark.skipif(connection.vendor != "postgresql", reason="Norwegian stemming needs PostgreSQL's text search")
def test_search_stems_norwegian_words(client):
    page = section("start-en-gruppe").add_child(
        instance=ArticlePage(
            title="Strikkekafé",
            slug="strikkekafe",
            intro="Vi har startet en strikkegruppe på biblioteket.",
            body=[{"type": "paragraph", "value": "<p>Velkommen.</p>"}],
        )
    )
    page.save_revision().publish()
    assert page.url in all_result_links(client, "nb", "strikkegrupper")
    assert page.url in all_result_links(client, "nb", "strikkegruppa")
    # The examples of the brief, on the demo content.
    assert "/nb/start-en-gruppe/det-forste-motet/" in all_result_links(client, "nb", "grupper")  # has "gruppa"
    assert "/nb/hva-er-selvhjelp/hva-er-en-selvhjelpsgruppe/" in all_result_links(client, "nb", "selvhjelpsgruppa")


def test_sitemap_lists_both_forms_but_not_mirrors(client):
    response = client.get("/sitemap.xml")
    xml = response.content.decode()
    assert response.status_code == 200
    assert "/nb/hva-er-selvhjelp/hva-er-en-selvhjelpsgruppe/</loc>" in xml
    assert "/nn/kva-er-sjolvhjelp/kva-er-ei-sjolvhjelpsgruppe/</loc>" in xml
    assert "/nb/for-fagfolk/selvhjelp-i-kommunen/</loc>" in xml
    assert "/nn/for-fagfolk/selvhjelp-i-kommunen/</loc>" not in xml


def test_robots_txt_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()


@pytest.mark.parametrize(
    ("url", "lang", "text"),
    [
        ("/nb/finnes-ikke/", "nb", "Vi fant ikke siden"),
        ("/nn/finst-ikkje/", "nn", "Vi fann ikkje sida"),
        ("/nn/kva-er-sjolvhjelp/finst-ikkje/", "nn", "Vi fann ikkje sida"),
    ],
)
def test_unknown_page_gives_friendly_404_in_the_right_form(client, url, lang, text):
    response = client.get(url)
    html = response.content.decode()
    assert response.status_code == 404
    assert f'<html lang="{lang}"' in html
    assert text in html
    assert 'href="/sprak/' in html  # the switcher still works


def test_server_error_page_is_in_the_visitors_form():
    request = RequestFactory().get("/nn/noko/")
    response = server_error(request)
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="nn">' in html
    assert "Noko gjekk gale hos oss" in html
