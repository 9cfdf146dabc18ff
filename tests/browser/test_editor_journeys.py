"""An editor's journeys from issue “Trustworthy data” (findings 1, 2, 3 and 5), in a real browser, with
what an anonymous visitor on a phone sees afterwards."""

import re

import pytest

from directory.models import ContactPerson, Organisation
from tests.helpers import ORGS, PEOPLE

# The live server commits; each journey gets the migrated database back (root page, collections).
pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)


def publish(page, action="action-publish"):
    """Open the footer's action menu and press Publish (or another action, such as action-submit)."""
    page.locator("footer .w-dropdown__toggle").first.click()
    page.locator(f'button[name="{action}"]').click()


def test_a_draft_with_consent_does_not_publish_the_person(login, visitor):
    own = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    person = own.contact_persons.order_by("pk").first()
    ContactPerson.objects.filter(pk=person.pk).update(consent_given_on=None, show_publicly=True)
    for form in ("nb", "nn"):
        visitor.goto(f"/{form}/finn-hjelp/{own.slug}/")
        assert person.name not in visitor.content()

    editor = login("redaktor.nesbyen")
    editor.goto(f"{PEOPLE}edit/{person.pk}/")
    editor.fill("input[name=consent_given_on]", "2026-11-30")
    # Close the date picker as a person does (Escape, then click beside it): it covers the footer. It
    # opens 100 ms after the field gets focus (a timer in Wagtail's date picker): wait for it, or on a
    # loaded machine it opens after it was closed and takes the click meant for "Save draft" (seen in CI).
    editor.locator(".xdsoft_datetimepicker").first.wait_for(state="visible")
    editor.keyboard.press("Escape")
    editor.locator("input[name=name]").click()
    editor.locator(".xdsoft_datetimepicker").first.wait_for(state="hidden")
    editor.locator("button.action-save").first.click()  # the footer's main button: save draft
    editor.wait_for_url(re.compile(r".*/contactperson/(edit/\d+/)?$"))

    person.refresh_from_db()
    assert person.consent_given_on is None and person.has_unpublished_changes
    for form in ("nb", "nn"):
        visitor.goto(f"/{form}/finn-hjelp/{own.slug}/")
        assert visitor.locator("h1").inner_text()
        assert person.name not in visitor.content()


def test_a_published_phone_number_shows_in_both_forms(login, visitor):
    organisation = Organisation.objects.get(slug="etterlatte-sammen")
    moderator = login("admin")
    moderator.goto(f"{ORGS}edit/{organisation.pk}/")
    moderator.fill("input[name=phone]", "000 99 321")
    publish(moderator)
    moderator.wait_for_url(re.compile(r".*/organisation/$"))

    for form in ("nb", "nn"):
        visitor.goto(f"/{form}/finn-hjelp/{organisation.slug}/")
        assert "000 99 321" in visitor.content()
        assert visitor.evaluate("document.documentElement.scrollWidth") <= 390 + 100


def test_an_editor_cannot_choose_who_edits_their_organisation(login):
    own = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    editor = login("redaktor.nesbyen")
    editor.goto(f"{ORGS}edit/{own.pk}/")
    assert editor.locator("input[name=name]").input_value() == own.name
    assert editor.locator("[name=editor_group]").count() == 0
    publish(editor, "action-submit")  # a partner editor's change goes to review
    editor.wait_for_url(re.compile(r".*/organisation/$"))
    own.refresh_from_db()
    assert own.editor_group.name == "Redaktører: Frisklivssentralen i Nesbyen"
    editor.goto(f"{ORGS}edit/{own.pk}/")
    assert editor.locator("input[name=name]").input_value() == own.name


def test_a_withdrawn_person_stays_away_when_an_article_is_translated_again(login, visitor):
    from wagtail_localize.models import TranslationSource

    from tests.helpers import article

    page = article("sorg-etter-et-dodsfall")
    person = next(block.value["contact_person"] for block in page.body if block.block_type == "contact_person_card")
    nn_article = "/nn/for-parorande/sorg-etter-eit-dodsfall/"
    visitor.goto(nn_article)
    assert person.name in visitor.content()

    admin = login("admin")
    admin.goto(f"{PEOPLE}edit/{person.pk}/")
    admin.uncheck("input[name=show_publicly]")
    publish(admin)
    admin.wait_for_url(re.compile(r".*/contactperson/$"))

    # Then the article's nynorsk translation is synced and published again (wagtail-localize).
    source = TranslationSource.objects.get_for_instance(page)
    admin.goto(f"/admin/localize/update/{source.pk}/")
    admin.check("input[name=publish_translations]")
    admin.locator("form:has(input[name=publish_translations]) [type=submit]").first.click()
    admin.wait_for_url(re.compile(r".*/admin/pages/\d+/$"))  # back to the section in the page explorer

    person.refresh_from_db()
    assert person.show_publicly is False
    for url in (nn_article, "/nb/for-parorende/sorg-etter-et-dodsfall/", f"/nn/finn-hjelp/{person.organisation.slug}/"):
        visitor.goto(url)
        assert person.name not in visitor.content()
