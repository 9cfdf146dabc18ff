import json
import re

import pytest

from directory.models import ContactPerson, Organisation
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

NB = "/nb/finn-hjelp/"
NN = "/nn/finn-hjelp/"


def listed(html):
    return re.findall(r'<h3 class="org-card__title[^"]*"[^>]*><a href="[^"]+/([^/"]+)/">', html)


def reasons(html):
    return re.findall(r'<p class="org-card__reason"><span class="ds-tag"[^>]*>([^<]+)</span></p>', html)


def test_directory_lists_active_published_organisations(client):
    html = client.get(NB, {"side": 1}).content.decode()
    assert "32 organisasjoner" in html
    assert "mestringsgruppa-gol" not in html  # inactive


def test_postal_code_lists_local_then_county_then_national(client):
    html = client.get(NB, {"postnummer": "3540"}).content.decode()
    slugs = listed(html)
    assert slugs[:3] == ["frisklivssentralen-nesbyen", "hallingdal-frivilligsentral", "sorggruppa-nesbyen"]
    assert slugs[3] == "selvhjelp-buskerud"
    assert set(slugs[4:]) == {
        "etterlatte-sammen",
        "leve-med-kreft",
        "hverdag-med-kronisk-sykdom",
        "kunnskapssenteret-for-selvhjelp",
        "rus-og-familie",
    }
    assert reasons(html)[:4] == ["Dekker Nesbyen"] * 3 + ["Dekker Buskerud"]
    assert reasons(html)[4:] == ["Nasjonal"] * 5
    assert "9 organisasjoner for 3540 (Nesbyen)" in html
    assert "frisklivssentralen-bergen" not in slugs


def test_postal_code_with_a_space_is_understood(client):
    assert listed(client.get(NB, {"postnummer": " 35 40 "}).content.decode())[0] == "frisklivssentralen-nesbyen"


def test_old_municipality_number_gives_todays_municipality(client):
    html = client.get(NB, {"kommune": "3021"}).content.decode()  # Ås before 2024, 3218 today
    assert "organisasjoner for Ås" in html


def test_county_filter_includes_local_county_and_national(client):
    slugs = listed(client.get(NB, {"fylke": "33"}).content.decode())
    assert "sorggruppa-drammen" in slugs and "frisklivssentralen-nesbyen" in slugs
    assert "selvhjelp-buskerud" in slugs and "kunnskapssenteret-for-selvhjelp" in slugs
    assert "frisklivssentralen-bergen" not in slugs


def test_old_county_number_resolves(client):
    slugs = listed(client.get(NB, {"fylke": "30"}).content.decode())  # Viken -> Østfold, Akershus, Buskerud
    assert "frisklivssentralen-fredrikstad" in slugs and "frisklivssentralen-lorenskog" in slugs


def test_topic_and_type_filters_combine(client):
    slugs = listed(client.get(NB, {"tema": "sorg", "type": "self_help_group"}).content.decode())
    assert slugs == ["sorggruppa-drammen", "sorggruppa-nesbyen"]


def test_free_text_filter(client):
    assert listed(client.get(NB, {"q": "Trondheim"}).content.decode()) == [
        "frisklivssentralen-trondheim",
        "kreftgruppa-trondheim",
    ]


def test_filters_stay_in_pagination_links(client):
    html = client.get(NB, {"fylke": "33", "type": "", "side": "1"}).content.decode()
    assert "selected>Buskerud</option>" in html


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"postnummer": "9999"}, "Vi kjenner ikke postnummeret 9999."),
        ({"postnummer": "12a"}, "Et postnummer har fire sifre."),
        ({"postnummer": "<script>"}, "Et postnummer har fire sifre."),
        ({"kommune": "0000"}, "Vi kjenner ikke kommunenummeret 0000."),
        ({"kommune": "'; DROP TABLE x; --"}, "Vi kjenner ikke kommunenummeret"),
        ({"fylke": "99"}, "Vi kjenner ikke fylkesnummeret 99."),
        ({"tema": "finnes-ikke"}, "Vi kjenner ikke det temaet"),
        ({"type": "bank"}, "Vi kjenner ikke den typen organisasjon"),
    ],
)
def test_unknown_or_malformed_filters_explain_and_show_everything(client, params, message):
    response = client.get(NB, params)
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert "32 organisasjoner" in html
    assert "<script>" not in html.split("<main", 1)[1]


def test_unknown_postal_code_message_is_in_nynorsk_on_nn(client):
    html = client.get(NN, {"postnummer": "9999"}).content.decode()
    assert "Vi kjenner ikkje postnummeret 9999." in html


@pytest.mark.parametrize("params", [{"side": "abc"}, {"side": "99999"}, {"q": "x" * 5000}, {"q": "\x00"}])
def test_odd_input_gives_a_normal_page(client, params):
    assert client.get(NB, params).status_code == 200


def test_nn_directory_shows_nn_texts(client):
    html = client.get(NN, {"postnummer": "3540"}).content.decode()
    assert "Frisklivssentralen i Nesbyen gir rettleiing og kurs" in html
    assert "Dekkjer Nesbyen" in html
    assert "Frisklivssentral" in html


def test_organisation_detail_shows_how_to_take_part_where_and_in_both_forms(client):
    from directory.models import PostalCode

    OrganisationFactory(
        name="Likepersoner i Fjordby",
        slug="likepersoner-i-fjordby",
        how_to_take_part="<p>Send oss en melding, så ringer vi deg.</p>",
        visiting_address="Fjordveien 2",
        visiting_postal_code=PostalCode.objects.get(code="3540"),
        last_verified="2026-11-20",
    )
    response = client.get(NB + "likepersoner-i-fjordby/")
    html = response.content.decode()
    assert response.status_code == 200
    for shown in (
        "<h1>Likepersoner i Fjordby</h1>",
        "Send oss en melding",
        "Fjordveien 2, 3540 Nesbyen",
        'Sist kontrollert: <time datetime="2026-11-20">20. november 2026</time>',
    ):
        assert shown in html
    assert 'hreflang="nn" href="http://127.0.0.1:8000/nn/finn-hjelp/likepersoner-i-fjordby/"' in html


def test_organisation_detail_has_json_ld_with_public_contacts_only(client):
    organisation = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    hidden = organisation.contact_persons.first()
    hidden.show_publicly = False
    hidden.save()
    html = client.get(NB + "frisklivssentralen-nesbyen/").content.decode()
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
    assert data["@type"] == "Organization"
    assert data["name"] == "Frisklivssentralen i Nesbyen"
    names = [point["name"] for point in data.get("contactPoint", [])]
    assert hidden.name not in names
    assert hidden.name not in html


def test_organisation_detail_lists_owned_articles(client):
    html = client.get(NB + "etterlatte-sammen/").content.decode()
    assert "Sorg etter et dødsfall" in html


def test_unknown_or_inactive_organisation_is_a_friendly_404(client):
    for url in (NB + "finnes-ikke/", NB + "mestringsgruppa-gol/", NN + "finst-ikkje/"):
        response = client.get(url)
        assert response.status_code == 404
    assert "Vi fann ikkje sida" in client.get(NN + "finst-ikkje/").content.decode()


def test_unpublished_organisation_is_hidden(client):
    organisation = Organisation.objects.get(slug="sorggruppa-drammen")
    organisation.unpublish()
    assert client.get(NB + "sorggruppa-drammen/").status_code == 404
    assert client.get(NN + "sorggruppa-drammen/").status_code == 404  # both forms withdraw together
    assert "sorggruppa-drammen" not in client.get(NB, {"fylke": "33"}).content.decode()


def test_sitemap_lists_organisations_in_both_forms(client):
    xml = client.get("/sitemap.xml").content.decode()
    assert "/nb/finn-hjelp/frisklivssentralen-nesbyen/</loc>" in xml
    assert "/nn/finn-hjelp/frisklivssentralen-nesbyen/</loc>" in xml
    assert "mestringsgruppa-gol" not in xml


def test_demo_directory_has_the_promised_size(nb, nn):
    organisations = Organisation.objects
    assert organisations.count() >= 30
    counties = {o.municipality.county_id for o in organisations.select_related("municipality")}
    assert len(counties) >= 8
    assert ContactPerson.objects.count() >= 60
    assert organisations.exclude(name_nn="").count() >= 10  # names that differ in nynorsk
    assert not ContactPerson.objects.filter(email__regex=r"@(?!.*\.example$)").exists()


def test_an_old_municipality_number_in_a_link_finds_todays_municipality(client):
    html = client.get(NB, {"kommune": "3001"}).content.decode()  # Halden before 2024
    assert re.search(r"\d+ organisasjon(er)? for Halden", html)


def test_the_form_asks_for_a_postal_code_and_keeps_the_rest_behind_more_filters(client):
    """No 357-option municipality menu: the postal code first, county, topic, type and text behind
    "Flere filtre", closed so that the results come first (what is chosen there is shown above them),
    and open only when one of its fields needs correcting."""
    html = client.get(NB).content.decode()
    assert 'name="kommune"' not in html
    assert html.index('id="filter-postal-code"') < html.index("<summary>Flere filtre</summary>")
    assert html.index("<summary>Flere filtre</summary>") < html.index('id="filter-county"')
    closed = '<details class="ds-details more-filters" data-variant="tinted">'
    assert closed in html
    chosen = client.get(NB, {"tema": "sorg", "fylke": "33"}).content.decode()
    assert closed in chosen
    assert re.search(
        r'Filtrert på: <span class="ds-tag" data-color="accent">Buskerud</span> <span[^>]*>Sorg</span>', chosen
    )
    wrong = client.get(NB, {"tema": "finnes-ikke"}).content.decode()
    assert '<details class="ds-details more-filters" data-variant="tinted" open>' in wrong


def test_directory_is_in_the_main_menu(client):
    assert re.search(r'<a class="ds-link" href="/nn/finn-hjelp/"', client.get("/nn/").content.decode())


@pytest.mark.parametrize(("url", "text"), [("/nb/om/", "© Kartverket"), ("/nn/om/", "Kjelder til stadsdata")])
def test_credits_page_names_the_data_sources(client, url, text):
    html = client.get(url).content.decode()
    assert text in html
    assert "CC BY 4.0" in html and "Posten Norge AS" in html


@pytest.mark.parametrize(
    "query",
    ["postnummer=3540", "kommune=3320", "fylke=33", "fylke=33&tema=sorg", "postnummer=5003&type=self_help_group", ""],
)
def test_the_ranked_ids_are_the_filtered_organisations_in_their_order(nb, query):
    from django.http import QueryDict

    from directory.models.filters import DirectoryFilters

    OrganisationFactory(name="Aaa nasjonal", slug="aaa-nasjonal", service_area="national")
    filters = DirectoryFilters(QueryDict(query), nb.pk)
    expected = list(filters.queryset().values_list("pk", "proximity"))
    assert expected  # the demo content has organisations for each of these
    assert [(pk, near) for pk, near, _name in filters.ranked_ids()] == expected
