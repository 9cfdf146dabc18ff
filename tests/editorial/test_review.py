"""Partner editors' changes to organisations and contact persons go through review, like pages; the
moderator's comment reaches the editor's e-mail; hiding a person never waits."""

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.urls import reverse
from wagtail.models import Workflow

from directory.models import ContactPerson, Organisation
from tests.conftest import make_user
from tests.directory.test_editor_isolation import organisation_form
from tests.helpers import ORGS, PEOPLE

pytestmark = pytest.mark.django_db


def submit_change(editor, own, **changes):
    return editor.post(f"{ORGS}edit/{own.pk}/", organisation_form(own, **changes, **{"action-submit": "1"}))


def review(client, organisation, action, comment):
    task_state = organisation.current_workflow_task_state
    url = reverse(
        "wagtailsnippets_directory_organisation:workflow_action", args=[organisation.pk, action, task_state.pk]
    )
    return client.post(url, {"comment": comment})


def test_the_review_workflow_has_a_norwegian_name_and_covers_the_directory(own):
    workflow = Workflow.objects.get(name="Godkjenning")
    assert [task.name for task in workflow.tasks] == ["Godkjenning av moderator"]
    assert own.get_workflow() == workflow
    assert ContactPerson.objects.first().get_workflow() == workflow


def test_a_partner_editor_has_no_publish_button_and_submits_for_review(editor, own):
    html = editor.get(f"{ORGS}edit/{own.pk}/").content.decode()
    assert 'name="action-publish"' not in html
    assert 'name="action-submit"' in html
    response = submit_change(editor, own, phone="000 99 999")
    assert response.status_code == 302, response.content.decode()[:2000]
    own.refresh_from_db()
    assert own.phone != "000 99 999"  # the public still sees the published phone number
    assert own.workflow_in_progress
    # A forged publish button publishes nothing.
    editor.post(f"{ORGS}edit/{own.pk}/", organisation_form(own, phone="000 99 998", **{"action-publish": "1"}))
    own.refresh_from_db()
    assert own.phone not in ("000 99 999", "000 99 998")


def test_the_moderator_approves_with_a_comment_that_reaches_the_editor(client, own, django_capture_on_commit_callbacks):
    editor = make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen")
    client.force_login(editor)
    submit_change(client, own, phone="000 99 999")
    client.force_login(make_user("moderator", "Moderators"))
    # One queue: the moderator's dashboard lists the organisation awaiting review.
    assert own.name in client.get("/admin/").content.decode()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        response = review(client, Organisation.objects.get(pk=own.pk), "approve", "Fint, takk! Husk åpningstidene.")
    assert response.status_code in (200, 302)
    own.refresh_from_db()
    assert own.phone == "000 99 999" and own.live and not own.workflow_in_progress
    to_editor = [message for message in mail.outbox if editor.email in message.to]
    assert to_editor and "Fint, takk! Husk åpningstidene." in to_editor[0].body
    assert "er godkjent i arbeidsflyten «Godkjenning»" in to_editor[0].body  # in bokmål


def test_a_request_for_changes_reaches_the_editor_with_the_comment(client, own, django_capture_on_commit_callbacks):
    editor = make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen")
    client.force_login(editor)
    submit_change(client, own, phone="000 99 999")
    client.force_login(make_user("moderator", "Moderators"))
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        review(client, Organisation.objects.get(pk=own.pk), "reject", "Telefonnummeret mangler et siffer.")
    own.refresh_from_db()
    assert own.phone != "000 99 999"
    to_editor = [message for message in mail.outbox if editor.email in message.to]
    assert to_editor and "Telefonnummeret mangler et siffer." in to_editor[0].body
    assert "ba om endringer i organisasjon «Frisklivssentralen i Nesbyen»" in to_editor[0].body  # in bokmål


def test_hiding_a_person_takes_effect_at_once(editor, own, client):
    person = own.contact_persons.public().first()
    data = {
        "organisation": own.pk,
        "name": person.name,
        "role": person.role,
        "role_nn": person.role_nn,
        "email": person.email,
        "phone": person.phone,
        "sort_order": person.sort_order,
        "consent_given_on": person.consent_given_on.isoformat(),
        # show_publicly left out: the box is unticked
    }
    response = editor.post(f"{PEOPLE}edit/{person.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    person.refresh_from_db()
    assert person.show_publicly is False
    assert not ContactPerson.objects.public().filter(pk=person.pk).exists()
    editor.logout()
    assert person.name not in editor.get(f"/nb/finn-hjelp/{own.slug}/").content.decode()


def test_showing_a_person_again_waits_for_review(editor, own):
    person = own.contact_persons.public().first()
    ContactPerson.objects.filter(pk=person.pk).update(show_publicly=False)
    data = {
        "organisation": own.pk,
        "name": person.name,
        "role": person.role,
        "sort_order": person.sort_order,
        "consent_given_on": person.consent_given_on.isoformat(),
        "show_publicly": "on",
    }
    assert editor.post(f"{PEOPLE}edit/{person.pk}/", data).status_code == 302
    person.refresh_from_db()
    assert person.show_publicly is False


def test_an_editor_group_that_could_publish_loses_that(own):
    group = own.editor_group
    group.permissions.add(*Group.objects.get(name="Moderators").permissions.filter(codename="publish_organisation"))
    own.save()
    assert not group.permissions.filter(codename__startswith="publish_").exists()
    assert group.permissions.filter(codename="submit_translation").exists()
