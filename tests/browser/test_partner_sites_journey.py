"""A moderator sets up a webhook in the admin, in a real browser: the secret is shown once; a contact
person who is no longer to be shown reaches the receiver in one signed delivery, and the delivery log
says so."""

import json
import re

import pytest

from directory.models import ContactPerson
from integrations.models import Subscriber
from tests.helpers import PEOPLE, run_queued_tasks
from tests.receiver import example

from .test_editor_journeys import publish

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def test_a_moderator_sets_up_a_webhook_and_a_withdrawal_reaches_it(login, receiver):
    moderator = login("admin")
    moderator.get_by_role("button", name="Partnernettsteder").click()
    moderator.get_by_role("link", name="Webhooks").click()
    moderator.wait_for_url("**/admin/webhooks/")
    moderator.get_by_role("link", name=re.compile("Legg til")).first.click()
    moderator.get_by_role("textbox", name="Navn*").fill("Nesbyen kommune")
    moderator.get_by_role("textbox", name="Adresse*").fill(receiver.url)
    moderator.get_by_role("checkbox", name="Kontaktpersoner").check()
    moderator.get_by_role("checkbox", name="Ikke lenger vist (personvern)").check()
    moderator.get_by_role("button", name="Opprett").click()
    moderator.wait_for_url(re.compile(r".*/admin/webhooks/secret/\d+/$"))
    secret = moderator.get_by_role("textbox", name="Hemmelighet").input_value()
    assert secret == Subscriber.objects.get().secret
    moderator.reload()
    assert secret not in moderator.content()

    person = ContactPerson.objects.public().order_by("pk").first()
    moderator.goto(f"{PEOPLE}edit/{person.pk}/")
    moderator.locator("input[name=show_publicly]").uncheck()
    publish(moderator)
    moderator.wait_for_url(re.compile(r".*/contactperson/$"))
    run_queued_tasks()  # the worker beside the server

    assert len(receiver.requests) == 1
    request = receiver.requests[0]
    assert example("verify_webhook").verify(secret, request["headers"], request["body"])
    body = json.loads(request["body"])
    assert (body["event"], body["type"], body["id"]) == ("privacy_withdrawn", "contact", person.pk)
    assert person.name.encode() not in request["body"]

    moderator.goto(f"/admin/webhooks/deliveries/{Subscriber.objects.get().pk}/")
    row = moderator.get_by_role("row").nth(1)
    assert "privacy_withdrawn" in row.inner_text() and "Levert" in row.inner_text() and "204" in row.inner_text()
