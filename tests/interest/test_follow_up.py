"""The organisations' side: each sees only the registrations sent to it, follows them up, and every
opening, change and export is recorded; enough people for a group is told once; registrations are
deleted after the retention period."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone

from directory.models import Organisation, SelfHelpGroup
from interest import tasks
from interest.models import GroupNotice, InterestRegistration, RegistrationAccess, Status
from tests.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def nesbyen_registration(register):
    register()
    return InterestRegistration.objects.get()


@pytest.fixture
def bergen_registration(register):
    register(postal_code="5003", topic="psykisk-helse", name="Ola", email="ola.bergen@example.org")
    return InterestRegistration.objects.get(name="Ola")


def test_an_editor_sees_only_the_registrations_sent_to_their_organisation(
    client, nesbyen_registration, bergen_registration
):
    client.force_login(make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen"))
    listing = client.get("/admin/interest/")
    assert listing.status_code == 200
    html = listing.content.decode()
    assert f"/admin/interest/edit/{nesbyen_registration.pk}/" in html
    assert f"/admin/interest/edit/{bergen_registration.pk}/" not in html
    assert "Kari" not in html  # no names in the list
    assert client.get(f"/admin/interest/edit/{bergen_registration.pk}/").status_code == 403
    assert client.post(f"/admin/interest/delete/{bergen_registration.pk}/").status_code == 403
    assert InterestRegistration.objects.filter(pk=bergen_registration.pk).exists()
    assert not RegistrationAccess.objects.filter(registration_id=bergen_registration.pk).exists()


@pytest.mark.parametrize("pk", ["abc", "99999999999999999999999", "-1", "424242"])
def test_an_address_that_is_no_registration_of_yours_is_refused_without_a_server_error(client, pk):
    client.force_login(make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen"))
    assert client.get(f"/admin/interest/edit/{pk}/").status_code in (403, 404)


def test_opening_a_registration_is_recorded(client, nesbyen_registration):
    user = make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen")
    client.force_login(user)
    page = client.get(f"/admin/interest/edit/{nesbyen_registration.pk}/")
    assert page.status_code == 200
    assert "Kari" in page.content.decode() and "400 12 345" in page.content.decode()
    access = RegistrationAccess.objects.get(registration_id=nesbyen_registration.pk, action="viewed")
    assert access.user == user


def test_an_editor_puts_a_person_into_their_group_and_notes_what_was_done(client, nesbyen_registration, own):
    client.force_login(make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen"))
    group = SelfHelpGroup.objects.create(
        organisation=own, name="Samtalegruppe Nesbyen", description="For deg.", municipality=own.municipality
    )
    before = nesbyen_registration.last_activity_at
    response = client.post(
        f"/admin/interest/edit/{nesbyen_registration.pk}/",
        {"status": "contacted", "placed_in": group.pk, "follow_up": "Ringt 2. desember, møter neste uke."},
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    nesbyen_registration.refresh_from_db()
    assert nesbyen_registration.placed_in == group and nesbyen_registration.status == Status.PLACED
    assert nesbyen_registration.last_activity_at > before
    assert RegistrationAccess.objects.filter(registration_id=nesbyen_registration.pk, action="changed").exists()


def test_a_person_is_placed_only_in_a_group_that_has_not_ended(client, nesbyen_registration, own):
    client.force_login(make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen"))
    fields = {"description": "x", "municipality": own.municipality}
    running = SelfHelpGroup.objects.create(organisation=own, name="Går nå", **fields)
    ended = SelfHelpGroup.objects.create(organisation=own, name="Ferdig", status="ended", **fields)
    html = client.get(f"/admin/interest/edit/{nesbyen_registration.pk}/").content.decode()
    assert f'<option value="{running.pk}">' in html and f'<option value="{ended.pk}">' not in html
    assert "Bokmål" in html  # the written form the person wrote in, to answer in it


def test_export_has_only_the_own_organisations_registrations_and_is_recorded(
    client, nesbyen_registration, bergen_registration
):
    client.force_login(make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen"))
    response = client.get("/admin/interest/?export=csv")
    assert response.status_code == 200
    text = b"".join(response.streaming_content).decode()
    assert "Kari" in text and "Ola" not in text
    assert list(RegistrationAccess.objects.filter(action="exported").values_list("registration_id", flat=True)) == [
        nesbyen_registration.pk
    ]


def test_a_registration_sent_to_two_of_the_editors_organisations_is_listed_and_exported_once(
    client, nesbyen_registration, bergen_registration
):
    editor = make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen")
    bergen = bergen_registration.organisations.exclude(editor_group=None).first()
    editor.groups.add(bergen.editor_group)
    nesbyen_registration.organisations.add(bergen)
    client.force_login(editor)
    html = client.get("/admin/interest/").content.decode()
    # As many links to it as to the registration sent to one of them: one row each.
    row_links = html.count(f'href="/admin/interest/edit/{bergen_registration.pk}/"')
    assert row_links and html.count(f'href="/admin/interest/edit/{nesbyen_registration.pk}/"') == row_links
    text = b"".join(client.get("/admin/interest/?export=csv").streaming_content).decode()
    assert text.count("Kari") == 1 and text.count("Ola") == 1


def test_an_editor_of_no_organisation_it_was_sent_to_cannot_export_it(client, nesbyen_registration):
    client.force_login(make_user("bergen", "Redaktører: Frisklivssentralen i Bergen"))
    text = b"".join(client.get("/admin/interest/?export=csv").streaming_content).decode()
    assert "Kari" not in text


def test_enough_people_for_a_group_is_told_once_without_personal_data(register, run_tasks, settings):
    settings.INTEREST_RATE_LIMIT = 100  # all from the test's one address
    make_user("nesbyen", "Redaktører: Frisklivssentralen i Nesbyen")
    for number in range(6):
        register(name=f"Person {number}", email=f"person{number}@example.org", phone="")
    run_tasks()
    told = [message for message in mail.outbox if message.subject.startswith("Nok folk")]
    nesbyen = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    assert GroupNotice.objects.filter(organisation=nesbyen, municipality__name_norwegian="Nesbyen").exists()
    assert [message.to for message in told] == [["nesbyen@selvhjelp.example"]]
    for message in told:
        assert "Person" not in message.body and "@example.org" not in message.body
        assert "/admin/interest/?topic=" in message.body
    mail.outbox.clear()
    register(name="Person 7", email="person7@example.org", phone="")
    run_tasks()
    assert not [message for message in mail.outbox if message.subject.startswith("Nok folk")]


def test_five_is_not_enough(register, run_tasks):
    for number in range(5):
        register(name=f"Person {number}")
    run_tasks()
    assert not GroupNotice.objects.exists()


def test_where_people_are_few_the_county_counts(register, run_tasks, settings):
    """Three in Nesbyen and three in Gol (both in Buskerud): not six in either municipality, six in the
    county, so the organisations covering them are told about the county."""
    settings.INTEREST_RATE_LIMIT = 100
    for number, postal_code in enumerate(["3540", "3540", "3540", "3550", "3550", "3550"]):
        register(name=f"Person {number}", postal_code=postal_code)
    run_tasks()
    notices = GroupNotice.objects.select_related("county")
    assert notices.exists()
    assert {(notice.municipality_id, notice.county.name) for notice in notices} == {(None, "Buskerud")}


def test_registrations_are_deleted_after_the_retention_period(register, settings):
    settings.INTEREST_RETENTION_DAYS = 183
    register(name="Gammel")
    register(name="Ny")
    InterestRegistration.objects.filter(name="Gammel").update(last_activity_at=timezone.now() - timedelta(days=184))
    old_pk = InterestRegistration.objects.get(name="Gammel").pk
    assert tasks.delete_expired_now() == 1
    assert list(InterestRegistration.objects.values_list("name", flat=True)) == ["Ny"]
    assert RegistrationAccess.objects.filter(registration_id=old_pk, action="deleted", user=None).exists()


def test_the_nightly_deletion_is_always_queued():
    from django_tasks_db.models import DBTaskResult

    tasks.schedule()
    tasks.schedule()
    assert DBTaskResult.objects.filter(task_path=tasks.delete_expired.module_path, status="READY").count() == 1


def test_another_organisations_registrations_are_out_of_an_editors_site_history(
    client, nesbyen_registration, bergen_registration
):
    from wagtail.log_actions import log

    for registration in (nesbyen_registration, bergen_registration):
        log(registration, "wagtail.edit")
    bergen = bergen_registration.organisations.exclude(editor_group=None).first()
    client.force_login(make_user("bergen", bergen.editor_group.name))
    html = client.get("/admin/reports/site-history/").content.decode()
    assert re.search(rf"Melding {bergen_registration.pk}\b", html)
    assert not re.search(rf"Melding {nesbyen_registration.pk}\b", html)
