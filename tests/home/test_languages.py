import re

import pytest

from tests.helpers import article

pytestmark = pytest.mark.django_db

NB_ARTICLE = "/nb/hva-er-selvhjelp/hva-er-en-selvhjelpsgruppe/"
NN_ARTICLE = "/nn/kva-er-sjolvhjelp/kva-er-ei-sjolvhjelpsgruppe/"
NB_ONLY_ARTICLE = "/nb/for-fagfolk/selvhjelp-i-kommunen/"
NN_MIRROR = "/nn/for-fagfolk/selvhjelp-i-kommunen/"


@pytest.mark.parametrize("header", ["nn", "nn-NO", "no-NN", "nn-NO,nb;q=0.8", "en;q=0.9,nn;q=0.8"])
def test_visitor_preferring_nynorsk_is_sent_to_nn(client, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == "/nn/"


@pytest.mark.parametrize("header", ["nb", "nb-NO", "no", "nb-NO,nn;q=0.5", "en-GB", "", "sv;q=abc"])
def test_other_visitors_are_sent_to_nb(client, header):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == "/nb/"


def test_form_chosen_in_switcher_is_remembered_and_beats_the_header(client):
    response = client.get("/sprak/nn/", {"neste": NN_ARTICLE})
    assert response.status_code == 302
    assert response["Location"] == NN_ARTICLE
    assert response.cookies["sprak"].value == "nn"

    assert client.get("/", HTTP_ACCEPT_LANGUAGE="nb-NO")["Location"] == "/nn/"


@pytest.mark.parametrize("next_url", ["https://evil.example/", "//evil.example/nn/", "/nb/", "javascript:alert(1)"])
def test_switcher_never_redirects_off_site_or_to_the_other_form(client, next_url):
    response = client.get("/sprak/nn/", {"neste": next_url})
    assert response["Location"] == "/nn/"


def test_html_lang_is_the_form_of_the_page(client):
    assert '<html lang="nb"' in client.get(NB_ARTICLE).content.decode()
    assert '<html lang="nn"' in client.get(NN_ARTICLE).content.decode()


def test_switcher_links_to_this_pages_translation(client):
    html = client.get(NB_ARTICLE).content.decode()
    assert f'href="/sprak/nn/?neste={NN_ARTICLE.replace("/", "%2F")}"' in html

    html = client.get(NN_ARTICLE).content.decode()
    assert f'href="/sprak/nb/?neste={NB_ARTICLE.replace("/", "%2F")}"' in html


def test_hreflang_names_both_versions_and_x_default(client):
    html = client.get(NN_ARTICLE).content.decode()
    alternates = dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))
    assert alternates["nb"].endswith(NB_ARTICLE)
    assert alternates["nn"].endswith(NN_ARTICLE)
    assert alternates["x-default"].endswith(NB_ARTICLE)


def test_nb_and_nn_articles_are_linked_translations(nb, nn):
    source = article("hva-er-en-selvhjelpsgruppe")
    translation = source.get_translation(nn)
    assert translation.title == "Kva er ei sjølvhjelpsgruppe?"
    assert translation.alias_of_id is None
    assert translation.live


def test_untranslated_page_in_nn_shows_bokmal_text_with_nynorsk_notice(client):
    response = client.get(NN_MIRROR)
    html = response.content.decode()
    assert response.status_code == 200
    assert "Denne sida er ikkje omsett til nynorsk enno." in html
    assert re.search(r'<header class="article__header" lang="nb">\s*<h1>Selvhjelp som del', html)


def test_a_mirrored_page_marks_its_text_and_the_sites_words_with_their_languages(client):
    """WCAG 3.1.1 and 3.1.2: the document (and so its <title>) has the language of the page's text,
    bokmål; the site's own words around it (header, menu, notice, labels, footer) are marked nynorsk;
    the bokmål breadcrumb item is marked bokmål; "Publisert av" leads to the nynorsk organisation page."""
    html = client.get(NN_MIRROR).content.decode()
    assert '<html lang="nb"' in html
    assert re.search(r"<title>Selvhjelp som del av kommunens tilbud – Sjølvhjelp i Noreg</title>", html)
    assert '<header class="site-header" lang="nn">' in html
    assert '<main id="main" tabindex="-1" lang="nn">' in html
    assert '<footer class="site-footer" data-color-scheme="dark" lang="nn">' in html
    assert '<dl class="article__meta" lang="nn">' in html
    assert '<div class="article__body" lang="nb">' in html
    assert re.search(
        r'<a class="ds-link" href="/nn/for-fagfolk/selvhjelp-i-kommunen/" aria-current="page" lang="nb">', html
    )
    assert re.search(r'<a class="ds-link" href="/nn/for-fagfolk/">For fagfolk</a>', html)  # translated: no mark
    published_by = html.split("<dt>Publisert av</dt>", 1)[1].split("</dd>", 1)[0]
    assert 'href="/nn/finn-hjelp/' in published_by


def test_a_translated_page_needs_no_language_marks(client):
    html = client.get("/nn/").content.decode()
    assert '<html lang="nn"' in html
    assert '<main id="main" tabindex="-1">' in html and '<header class="site-header">' in html


def test_hreflang_does_not_claim_a_mirror_as_nynorsk(client):
    for url in (NN_MIRROR, NB_ONLY_ARTICLE):
        html = client.get(url).content.decode()
        assert 'hreflang="nn" href=' not in html.replace("<a href", "")  # no <link> for nn
        assert re.search(
            r'<link rel="alternate" hreflang="nb" href="[^"]+/nb/for-fagfolk/selvhjelp-i-kommunen/">', html
        )
    mirror_html = client.get(NN_MIRROR).content.decode()
    assert re.search(r'<link rel="canonical" href="[^"]+/nb/for-fagfolk/selvhjelp-i-kommunen/">', mirror_html)


def test_site_strings_are_in_the_pages_form(client):
    nb_html = client.get("/nb/").content.decode()
    nn_html = client.get("/nn/").content.decode()
    assert "Gå til hovedinnholdet" in nb_html
    assert "Gå til hovudinnhaldet" in nn_html
    assert "Tekststorleik" in nn_html


def test_switcher_keeps_what_the_visitor_chose_on_the_page(client):
    """A postal code or a topic goes with the visitor to the other form; the page number does not."""
    from urllib.parse import parse_qs, urlsplit

    html = client.get("/nb/finn-hjelp/", {"postnummer": "3540", "tema": "sorg", "side": "2"}).content.decode()
    link = re.search(r'<a class="ds-link" href="(/sprak/nn/\?[^"]+)" lang="nn"', html).group(1)
    target = parse_qs(urlsplit(link.replace("&amp;", "&")).query)["neste"][0]
    assert urlsplit(target).path == "/nn/finn-hjelp/"
    assert parse_qs(urlsplit(target).query) == {"postnummer": ["3540"], "tema": ["sorg"]}
