"""A contact person without consent, switched off, unpublished, or in an inactive organisation appears
nowhere public: not in HTML, search, sitemap or JSON-LD."""

import re

import pytest

from directory.models import ContactPerson, Organisation
from tests.helpers import ARTICLE_NB, ARTICLE_NN, DETAIL_NB

pytestmark = pytest.mark.django_db


def without_query(html):
    """A search page echoes what was searched for; only the results count."""
    return re.sub(r'value="[^"]*"|«[^»]*»', "", html)


def public_places(client, name):
    """Every public place a person could appear in."""
    pages = [
        client.get(ARTICLE_NB).content.decode(),
        client.get(ARTICLE_NN).content.decode(),
        client.get(DETAIL_NB).content.decode(),
        client.get("/nn/finn-hjelp/etterlatte-sammen/").content.decode(),
        without_query(client.get("/nb/sok/", {"q": name}).content.decode()),
        without_query(client.get("/nn/sok/", {"q": name}).content.decode()),
        client.get("/sitemap.xml").content.decode(),
    ]
    return [name in html for html in pages]


def test_public_person_is_shown_in_article_card_and_organisation_page(client, person):
    assert person.is_public
    html = client.get(ARTICLE_NB).content.decode()
    assert person.name in html and person.role in html
    assert person.name in client.get(DETAIL_NB).content.decode()


def test_nn_article_card_shows_the_nn_role(client, person):
    assert person.role_nn and person.role_nn != person.role
    html = client.get(ARTICLE_NN).content.decode()
    assert person.role_nn in html and person.role not in html


def test_person_switched_off_disappears_everywhere(client, person):
    person.show_publicly = False
    person.save()
    assert not any(public_places(client, person.name))
    assert client.get(ARTICLE_NB).status_code == 200


def test_person_without_consent_disappears_everywhere(client, person):
    person.consent_given_on = None
    person.save()
    assert not any(public_places(client, person.name))


def test_unpublished_person_disappears_everywhere(client, person):
    person.unpublish()
    assert not any(public_places(client, person.name))


def test_person_in_inactive_organisation_disappears_everywhere(client, person):
    organisation = person.organisation
    organisation.active = False
    organisation.save()
    assert not any(public_places(client, person.name))


def test_privacy_switch_holds_for_both_forms_at_once(client, person):
    """One record, one switch: both forms read it."""
    assert person.name in client.get(ARTICLE_NN).content.decode()
    person.show_publicly = False
    person.save()
    assert person.name not in client.get(ARTICLE_NN).content.decode()
    assert person.name not in client.get("/nn/finn-hjelp/etterlatte-sammen/").content.decode()


def test_demo_people_without_consent_are_not_shown(client, nb):
    hidden = ContactPerson.objects.filter(consent_given_on__isnull=True).select_related("organisation")
    assert hidden.exists()
    for person in hidden:
        html = client.get(f"/nb/finn-hjelp/{person.organisation.slug}/").content.decode()
        assert person.name not in html


def test_organisation_card_in_article(client):
    html = client.get("/nb/for-parorende/nar-noen-du-er-glad-i-drikker/").content.decode()
    assert '<a href="/nb/finn-hjelp/rus-og-familie/">Pårørendeforeningen Rus og familie</a>' in html


def test_organisation_card_disappears_when_inactive(client, nb):
    organisation = Organisation.objects.get(slug="rus-og-familie")
    organisation.active = False
    organisation.save()
    response = client.get("/nb/for-parorende/nar-noen-du-er-glad-i-drikker/")
    assert response.status_code == 200
    assert "Pårørendeforeningen Rus og familie" not in response.content.decode()


def test_article_shows_published_by(client):
    html = client.get(ARTICLE_NB).content.decode()
    assert "<dt>Publisert av</dt>" in html
    assert '<dd><a href="/nb/finn-hjelp/etterlatte-sammen/">Etterlatte sammen</a></dd>' in html
    html = client.get(ARTICLE_NN).content.decode()
    assert '<dd><a href="/nn/finn-hjelp/etterlatte-sammen/">Etterlatne saman</a></dd>' in html
