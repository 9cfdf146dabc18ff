"""Editors of a partner organisation may change only their own organisation, its contact persons and
the pages of their own section; moderators may change everything."""

import pytest
from wagtail.test.utils.form_data import rich_text

from directory.models import ContactPerson, Organisation
from home.models import ArticlePage, SectionPage
from tests.admin_forms import new_article
from tests.factories import ContactPersonFactory, OrganisationFactory
from tests.helpers import ORGS, PEOPLE

pytestmark = pytest.mark.django_db


@pytest.fixture
def other(db):
    """An organisation of another partner, with a contact person."""
    organisation = OrganisationFactory(name="Likepersoner i Fjordby", slug="likepersoner-i-fjordby")
    ContactPersonFactory(organisation=organisation)
    return organisation


def organisation_form(organisation, **changes):
    data = {
        "name": organisation.name,
        "slug": organisation.slug,
        "organisation_type": organisation.organisation_type,
        "short_description": organisation.short_description,
        "how_to_take_part": rich_text(organisation.how_to_take_part),
        "meeting_info": organisation.meeting_info,
        "service_area": organisation.service_area,
        "served_municipalities": [m.pk for m in organisation.served_municipalities.all()],
        "visiting_address": organisation.visiting_address,
        "visiting_postal_code": organisation.visiting_postal_code_id or "",
        "postal_address": "",
        "postal_postal_code": "",
        "phone": organisation.phone,
        "email": organisation.email,
        "website": organisation.website,
        "active": "on",
        "last_verified": "2026-11-20",
        "editor_group": organisation.editor_group_id or "",
        "internal_notes": "",
        "topic_links-TOTAL_FORMS": 0,
        "topic_links-INITIAL_FORMS": 0,
        "topic_links-MIN_NUM_FORMS": 0,
        "topic_links-MAX_NUM_FORMS": 1000,
        "social_links-TOTAL_FORMS": 0,
        "social_links-INITIAL_FORMS": 0,
        "social_links-MIN_NUM_FORMS": 0,
        "social_links-MAX_NUM_FORMS": 1000,
    }
    data.update(changes)
    return data


def test_editor_lists_only_their_own_organisation(editor, own, other):
    assert "Kunnskapssenteret" not in editor.get(ORGS, {"organisation_type": "national_centre"}).content.decode()
    html = editor.get(ORGS).content.decode()
    assert own.name in html
    assert other.name not in html
    assert "Kunnskapssenteret for selvhjelp" not in html


def test_editor_lists_only_their_own_contact_persons(editor, own, other):
    html = editor.get(PEOPLE).content.decode()
    assert own.contact_persons.first().name in html
    assert other.contact_persons.first().name not in html


def test_editor_can_open_their_own_organisation(editor, own):
    html = editor.get(f"{ORGS}edit/{own.pk}/").content.decode()
    # Both written forms' texts are in the one record the editor opens.
    assert own.name in html and own.short_description_nn in html


def test_editor_gets_403_on_another_organisation(editor, other):
    assert editor.get(f"{ORGS}edit/{other.pk}/").status_code == 403
    response = editor.post(f"{ORGS}edit/{other.pk}/", organisation_form(other, name="Kapret"))
    assert response.status_code == 403
    assert Organisation.objects.get(pk=other.pk).name == "Likepersoner i Fjordby"


def test_editor_cannot_delete_or_unpublish_another_organisation(editor, other):
    assert editor.post(f"{ORGS}delete/{other.pk}/").status_code == 403
    assert editor.post(f"{ORGS}unpublish/{other.pk}/").status_code == 403
    assert Organisation.objects.get(pk=other.pk).live


def test_editor_submits_a_change_to_their_own_organisation_for_review(editor, own, nn):
    response = editor.post(
        f"{ORGS}edit/{own.pk}/", organisation_form(own, phone="000 99 999", **{"action-submit": "1"})
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    own.refresh_from_db()
    assert own.workflow_in_progress and own.live
    assert own.get_latest_revision_as_object().phone == "000 99 999"


def test_editor_cannot_create_organisations(editor):
    assert editor.get(f"{ORGS}add/").status_code == 403


def test_editor_cannot_touch_another_organisations_contact_person(editor, other):
    person = other.contact_persons.first()
    assert editor.get(f"{PEOPLE}edit/{person.pk}/").status_code == 403
    assert editor.post(f"{PEOPLE}delete/{person.pk}/").status_code == 403
    assert ContactPerson.objects.filter(pk=person.pk).exists()


def test_editor_can_delete_their_own_contact_person(editor, own):
    person = own.contact_persons.first()
    assert editor.post(f"{PEOPLE}delete/{person.pk}/").status_code == 302
    assert not ContactPerson.objects.filter(pk=person.pk).exists()


def test_new_contact_person_can_only_belong_to_the_editors_organisation(editor, own, other):
    html = editor.get(f"{PEOPLE}add/").content.decode()
    assert f'value="{own.pk}"' in html
    assert f'value="{other.pk}"' not in html
    data = {
        "organisation": other.pk,
        "name": "Ny Person",
        "role": "Rolle",
        "email": "",
        "phone": "",
        "sort_order": 5,
        "consent_given_on": "",
    }
    response = editor.post(f"{PEOPLE}add/", data)
    assert response.status_code == 200  # the form refuses the other organisation
    assert not ContactPerson.objects.filter(name="Ny Person").exists()


def test_editor_edits_pages_only_in_their_own_section(editor, nb):
    own_section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    other_section = SectionPage.objects.get(slug="for-fagfolk", locale=nb)
    other_article = ArticlePage.objects.child_of(other_section).first()
    assert editor.get(f"/admin/pages/{own_section.pk}/edit/").status_code == 200
    assert editor.get(f"/admin/pages/add/home/articlepage/{own_section.pk}/").status_code == 200
    # Wagtail's page views send a refused editor back to the dashboard with a message.
    for url in (f"/admin/pages/{other_article.pk}/edit/", f"/admin/pages/add/home/articlepage/{other_section.pk}/"):
        response = editor.get(url)
        assert response.status_code == 302
        assert response["Location"] == "/admin/"


def test_editor_writes_an_article_in_their_section_and_cannot_publish_it(editor, nb):
    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    data = new_article("Kurs i mestring", ["<p>Velkommen.</p>"], intro="Et kurs om mestring.", publish=True)
    response = editor.post(f"/admin/pages/add/home/articlepage/{section.pk}/", data)
    # Wagtail keeps the editor's work as a draft (publishing is for moderators) and opens it again.
    page = ArticlePage.objects.get(slug="kurs-i-mestring", locale=nb)
    assert response.status_code == 302
    assert response["Location"] == f"/admin/pages/{page.pk}/edit/"
    assert not page.live
    assert page.get_latest_revision().content["title"] == "Kurs i mestring"


def test_moderator_edits_and_publishes_any_organisation(moderator, other):
    assert moderator.get(f"{ORGS}edit/{other.pk}/").status_code == 200
    response = moderator.post(
        f"{ORGS}edit/{other.pk}/", organisation_form(other, phone="000 88 888", **{"action-publish": "publish"})
    )
    assert response.status_code == 302
    assert Organisation.objects.get(pk=other.pk).phone == "000 88 888"
    assert (
        "Kunnskapssenteret for selvhjelp"
        in moderator.get(ORGS, {"organisation_type": "national_centre"}).content.decode()
    )


def test_admin_list_filters_by_county_type_and_topic(moderator, nb):
    from core.models import Topic
    from directory.models import County

    buskerud = County.objects.get(number="33")
    html = moderator.get(ORGS, {"county": buskerud.pk, "locale": "nb"}).content.decode()
    assert "Frisklivssentralen i Nesbyen" in html and "Frisklivssentralen i Bergen" not in html
    html = moderator.get(ORGS, {"organisation_type": "association"}).content.decode()
    assert "Etterlatte sammen" in html and "Frisklivssentralen i Nesbyen" not in html
    sorg = Topic.objects.get(slug="sorg", locale=nb)
    html = moderator.get(ORGS, {"topic": sorg.pk}).content.decode()
    assert "Sorggruppa i Drammen" in html and "Frisklivssentralen i Bergen" not in html
    html = moderator.get(ORGS, {"last_verified_from": "2027-01-01"}).content.decode()
    assert "Frisklivssentralen i Nesbyen" not in html
