"""A visitor registers interest in a group, gets a private link, and withdraws."""

import json
import re

import pytest
from django.core import mail
from django_tasks_db.models import DBTaskResult

from interest.models import InterestRegistration, RegistrationAccess
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_the_form_is_in_both_forms_and_never_cached(client, language, nb, nn):
    response = client.get(f"/{language}/meld-interesse/?tema=sorg&postnummer=3540")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    html = response.content.decode()
    assert f'<html lang="{language}"' in html
    assert 'value="3540"' in html and '<option value="sorg" selected>' in html
    assert "meld-interesse/personvern/" in html


def test_a_registration_goes_to_the_organisations_that_cover_place_and_topic(register, nb):
    response = register()
    assert response.status_code == 302
    registration = InterestRegistration.objects.get()
    assert response["Location"].startswith("/nb/meld-interesse/") and response["Location"].endswith("/?mottatt=1")
    assert registration.topic.locale.language_code == "nb" and registration.topic.slug == "psykisk-helse"
    assert registration.municipality.name_norwegian == "Nesbyen"
    sent_to = set(registration.organisations.values_list("slug", flat=True))
    # Local, county-wide and national organisations working on the topic; not those on other topics.
    assert {"frisklivssentralen-nesbyen", "selvhjelp-buskerud", "kunnskapssenteret-for-selvhjelp"} <= sent_to
    assert "sorggruppa-nesbyen" not in sent_to and "frisklivssentralen-bergen" not in sent_to


def test_nynorsk_registration_is_stored_with_the_same_topic(register, nb, nn):
    register(language="nn", topic="psykisk-helse")
    registration = InterestRegistration.objects.get()
    assert registration.language == "nn" and registration.topic.locale.language_code == "nb"


def test_the_private_link_shows_it_and_withdrawing_deletes_it_at_once(client, register):
    link = register()["Location"]
    page = client.get(link)
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    html = page.content.decode()
    assert "Kari" in html and "400 12 345" in html and "Frisklivssentralen i Nesbyen" in html
    registration = InterestRegistration.objects.get()

    withdrawn = client.post(link.split("?")[0] + "trekk-tilbake/")
    assert withdrawn.status_code == 200
    assert not InterestRegistration.objects.exists()
    assert RegistrationAccess.objects.filter(registration_id=registration.pk, action="deleted").exists()
    assert client.get(link).status_code == 404


def test_a_wrong_link_is_a_friendly_404(client, nb):
    response = client.get("/nb/meld-interesse/" + "x" * 64 + "/")
    assert response.status_code == 404
    assert "<h1" in response.content.decode()


def test_sending_the_same_form_twice_makes_one_registration(register, form_data):
    key = "samme-skjema-" + "k" * 20
    first = register(submission_key=key)
    second = register(submission_key=key)
    assert InterestRegistration.objects.count() == 1
    assert first["Location"] == second["Location"]


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"email": "", "phone": ""}, "email", "telefonnummer"),
        ({"postal_code": "35x0"}, "postal_code", "fire sifre"),
        ({"postal_code": "0000"}, "postal_code", "0000"),
        ({"postal_code": "", "municipality": ""}, "postal_code", "postnummer"),
        ({"consent": None}, "consent", "Kryss av for å samtykke"),
        ({"topic": "ukjent"}, "topic", ""),
        ({"email": "ikke-en-adresse"}, "email", ""),
        ({"phone": "ring meg"}, "phone", ""),
        ({"message": "x" * 501}, "message", ""),
        ({"name": ""}, "name", "Skriv et navn vi kan kalle deg"),
        ({"wish": ""}, "wish", "Velg hva du ønsker"),
    ],
)
def test_errors_are_shown_the_accessible_way_and_nothing_is_lost(register, changes, field, message):
    response = register(**changes)
    assert response.status_code == 400
    html = response.content.decode()
    assert re.search(r"<title>\s*Feil: ", html)
    assert "ds-error-summary" in html and f'href="#id_{field}"' in html
    assert f'id="id_{field}-error"' in html
    assert message in html
    if field not in ("consent", "topic"):
        assert re.search(rf'id="id_{field}"[^>]*aria-invalid="true"|aria-invalid="true"[^>]*id="id_{field}"', html)
    assert ("Kari" if field != "name" else "Jeg vil gjerne møte andre.") in html  # what was typed stays
    assert not InterestRegistration.objects.exists()


def test_the_error_summary_lists_the_fields_in_the_order_of_the_page(register):
    """The missing contact is found in the form's clean(), after the consent's own check; the summary
    still follows the page: e-mail before consent."""
    html = register(email="", phone="", consent=None).content.decode()
    summary = html[html.index("ds-error-summary") :]
    assert 0 < summary.index('href="#id_email"') < summary.index('href="#id_consent"')


def test_a_municipality_may_be_given_instead_of_a_postal_code(register):
    register(postal_code="", municipality="3322")
    assert InterestRegistration.objects.get().municipality.name_norwegian == "Nesbyen"


def test_the_honeypot_stores_nothing_and_says_thank_you(register):
    response = register(website="https://spam.example")
    assert response.status_code == 200
    assert not InterestRegistration.objects.exists()
    assert len(mail.outbox) == 0


def test_too_many_registrations_from_one_address_are_refused(register, settings):
    settings.INTEREST_RATE_LIMIT = 2
    assert register().status_code == 302
    assert register().status_code == 302
    refused = register()
    assert refused.status_code == 429
    assert InterestRegistration.objects.count() == 2


def test_an_oversized_post_is_a_clear_400(client, form_data):
    response = client.post("/nb/meld-interesse/", form_data(message="x" * 30_000))
    assert response.status_code == 400
    assert not InterestRegistration.objects.exists()


def test_a_broken_content_length_header_is_a_400_not_a_server_error(client, form_data):
    response = client.post("/nb/meld-interesse/", form_data(), CONTENT_LENGTH="abc")
    assert response.status_code == 400
    assert not InterestRegistration.objects.exists()


def test_the_confirmation_and_the_organisations_mail_go_through_the_task_queue(register, run_tasks, settings):
    make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen")
    link = register()["Location"].split("?")[0]
    assert len(mail.outbox) == 0  # nothing sent while the visitor waits
    queued = json.dumps(list(DBTaskResult.objects.values_list("args_kwargs", flat=True)))
    key = link.rstrip("/").rsplit("/", 1)[1]
    assert key not in queued and "kari" not in queued.lower()  # the queue keeps ids only
    run_tasks()
    to_visitor = [message for message in mail.outbox if message.to == ["kari.interesse@example.org"]]
    assert len(to_visitor) == 1
    assert settings.WAGTAILADMIN_BASE_URL + link in to_visitor[0].body
    to_editors = [message for message in mail.outbox if message not in to_visitor]
    assert [message.to for message in to_editors] == [["nesbyen@selvhjelp.example"]]
    for message in to_editors:
        text = message.subject + message.body
        assert "Kari" not in text and "400 12 345" not in text and "kari.interesse" not in text
        assert "/admin/interest/" in text


def test_a_withdrawn_registration_gets_no_mail(register, run_tasks, client):
    link = register()["Location"].split("?")[0]
    client.post(link + "trekk-tilbake/")
    run_tasks()
    assert not [message for message in mail.outbox if "kari.interesse@example.org" in message.to]


def test_the_privacy_notice_is_in_both_forms(client, nb, nn):
    for language, words in (("nb", "samtykke"), ("nn", "samtykke")):
        response = client.get(f"/{language}/meld-interesse/personvern/")
        assert response.status_code == 200
        assert words in response.content.decode()
