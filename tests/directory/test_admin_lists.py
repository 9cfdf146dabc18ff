"""Lists and choosers tell bokmål and nynorsk records apart, and the contact person form says what a
person needs to be shown."""

import pytest

from core.models import Topic
from directory.models import ContactPerson, Organisation
from tests.helpers import ORGS

pytestmark = pytest.mark.django_db

TOPICS = "/admin/snippets/core/topic/"


def test_the_topic_filter_offers_each_topic_once_and_finds_either_form(moderator, nb, nn):
    html = moderator.get(ORGS).content.decode()
    assert html.count(">Sorg</option>") == 1
    organisation = Organisation.objects.get(slug="etterlatte-sammen")
    link = organisation.topic_links.get(topic__slug="sorg")
    link.topic = Topic.objects.get(slug="sorg", locale=nn)  # chosen in nynorsk
    link.save()
    html = moderator.get(ORGS, {"topic": Topic.objects.get(slug="sorg", locale=nb).pk}).content.decode()
    assert organisation.name in html


def test_the_topic_list_has_a_language_column_and_filter(moderator, nn):
    html = moderator.get(TOPICS, {"locale": "nn"}).content.decode()
    assert "Einsemd" in html or "Sorg" in html
    assert "Bokmål" in html and "Nynorsk" in html
    nynorsk_only = moderator.get(TOPICS + "results/", {"locale": "nn"}).content.decode()
    nb_names = set(Topic.objects.filter(locale__language_code="nb").values_list("name", flat=True))
    nn_names = set(Topic.objects.filter(locale=nn).values_list("name", flat=True))
    assert any(name in nynorsk_only for name in nn_names)
    assert not any(name in nynorsk_only for name in nb_names - nn_names)


def test_a_chosen_topic_names_its_form(moderator, nn):
    topic = Topic.objects.get(slug="sorg", locale=nn)
    response = moderator.get(f"/admin/snippets/choose/core/topic/chosen/{topic.pk}/")
    assert response.json()["result"]["string"] == "Sorg (Nynorsk)"


def test_show_publicly_without_a_consent_date_is_explained(editor):
    own = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    data = {"organisation": own.pk, "name": "Ny Person", "role": "Frivillig", "sort_order": 1, "show_publicly": "on"}
    response = editor.post("/admin/snippets/directory/contactperson/add/", data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter that date" in html or "Skriv inn datoen" in html
    assert not ContactPerson.objects.filter(name="Ny Person").exists()
    data["consent_given_on"] = "2026-11-30"
    assert editor.post("/admin/snippets/directory/contactperson/add/", data).status_code == 302


def test_yes_no_columns_are_in_norwegian(moderator):
    for url in (ORGS, "/admin/snippets/directory/contactperson/"):
        html = moderator.get(url).content.decode()
        assert ">Ja<" in html.replace("\n", "").replace(" ", "")
        assert ">True<" not in html.replace("\n", "").replace(" ", "") and ">False<" not in html.replace(" ", "")
