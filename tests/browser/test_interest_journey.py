"""A visitor joins a group (issue "Visitors join a group"), on a phone-sized window and by keyboard
alone, in both written forms: find a group by postal code, register interest, get the confirmation,
withdraw. Then the organisation's side: the editor sees the registration and puts the person into a
group; the editor of another organisation never sees it."""

import re

import pytest
from django.core import mail
from playwright.sync_api import expect

from directory.models import GroupStatus, Municipality, Organisation, SelfHelpGroup
from interest.models import InterestRegistration, RegistrationAccess, Status
from tests.helpers import run_queued_tasks

pytestmark = pytest.mark.django_db(transaction=True, serialized_rollback=True)

TEXT = {
    "nb": {
        "groups": "du kan bli med i",
        "ask": "Spør om å bli med",
        "thanks": "Takk, vi har fått meldingen din",
        "withdraw": "Trekk tilbake og slett meldingen min",
        "deleted": "Meldingen din er slettet",
        "error": "Oppgi en e-postadresse eller et telefonnummer",
    },
    "nn": {
        "groups": "du kan bli med i",
        "ask": "Spør om å bli med",
        "thanks": "Takk, vi har fått meldinga di",
        "withdraw": "Trekk tilbake og slett meldinga mi",
        "deleted": "Meldinga di er sletta",
        "error": "Oppgi ei e-postadresse eller eit telefonnummer",
    },
}


@pytest.fixture
def group(demo_site):
    own = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    return SelfHelpGroup.objects.create(
        organisation=own,
        name="Samtalegruppe om uro",
        name_nn="Samtalegruppe om uro",
        description="For deg som kjenner på uro i kvardagen.",
        status=GroupStatus.FORMING,
        municipality=Municipality.objects.get(number="3322"),
        place="Biblioteket",
        live=True,
    )


def tab_to(page, locator, budget=40):
    """Press Tab until ``locator`` has focus (as a keyboard user does); fails past ``budget`` presses."""
    for _press in range(budget):
        if locator.evaluate("element => element === document.activeElement"):
            return
        page.keyboard.press("Tab")
    raise AssertionError(f"not reached by keyboard in {budget} presses")


def no_sideways_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), page.url


@pytest.mark.parametrize("form", ["nb", "nn"])
def test_a_visitor_finds_a_group_registers_and_withdraws_by_keyboard_on_a_phone(visitor, group, form):
    text = TEXT[form]
    visitor.goto(f"/{form}/finn-hjelp/grupper/")
    no_sideways_scroll(visitor)
    postal_code = visitor.locator("#filter-postal-code")
    tab_to(visitor, postal_code)
    visitor.keyboard.type("3540")
    visitor.keyboard.press("Enter")
    summary = visitor.locator("#results-heading")
    expect(summary).to_be_focused()
    expect(summary).to_contain_text(text["groups"])
    ask = visitor.get_by_role("link", name=re.compile(f"{text['ask']}.*{group.name}"))
    tab_to(visitor, ask)
    visitor.keyboard.press("Enter")
    visitor.wait_for_url(re.compile(r".*/meld-interesse/\?gruppe=\d+"))
    expect(visitor.locator("html")).to_have_attribute("lang", form)
    no_sideways_scroll(visitor)

    # Sent without a way to be reached: the error summary gets focus and links to the field.
    tab_to(visitor, visitor.locator("#id_postal_code"))
    visitor.keyboard.type("3540")
    tab_to(visitor, visitor.locator("#id_name"))
    visitor.keyboard.type("Kari")
    tab_to(visitor, visitor.locator("#id_consent"))
    visitor.keyboard.press("Space")
    tab_to(visitor, visitor.get_by_role("button", name=re.compile("Send")))
    visitor.keyboard.press("Enter")
    expect(visitor.locator(".ds-error-summary")).to_be_focused()
    assert visitor.title().startswith("Feil:")
    expect(visitor.locator(".ds-error-summary")).to_contain_text(text["error"])
    visitor.keyboard.press("Tab")
    visitor.keyboard.press("Enter")  # the summary's link
    expect(visitor.locator("#id_email")).to_be_focused()
    expect(visitor.locator("#id_email")).to_have_attribute("aria-invalid", "true")
    expect(visitor.locator("#id_name")).to_have_value("Kari")  # nothing typed is lost

    tab_to(visitor, visitor.locator("#id_phone"))
    visitor.keyboard.type("400 12 345")
    tab_to(visitor, visitor.locator("#id_consent"))
    if not visitor.locator("#id_consent").is_checked():
        visitor.keyboard.press("Space")
    tab_to(visitor, visitor.get_by_role("button", name=re.compile("Send")))
    visitor.keyboard.press("Enter")

    alert = visitor.locator(".ds-alert")
    expect(alert).to_be_focused()
    expect(alert).to_contain_text(text["thanks"])
    no_sideways_scroll(visitor)
    registration = InterestRegistration.objects.get()
    assert registration.group == group and registration.language == form and registration.phone == "400 12 345"
    assert list(registration.organisations.values_list("slug", flat=True)) == ["frisklivssentralen-nesbyen"]
    private_link = visitor.url

    withdraw = visitor.get_by_role("button", name=text["withdraw"])
    tab_to(visitor, withdraw, budget=60)
    visitor.keyboard.press("Enter")
    expect(visitor.get_by_role("heading", level=1)).to_have_text(text["deleted"])
    assert not InterestRegistration.objects.exists()
    assert visitor.goto(private_link).status == 404


def test_the_organisation_sees_its_registration_and_puts_the_person_into_a_group(login, visitor, group):
    visitor.goto(f"/nb/meld-interesse/?gruppe={group.pk}")
    visitor.fill("#id_postal_code", "3540")
    visitor.fill("#id_name", "Ola")
    visitor.fill("#id_email", "ola.interesse@example.org")
    visitor.check("#id_consent")
    visitor.get_by_role("button", name=re.compile("Send")).click()
    expect(visitor.locator(".ds-alert")).to_be_visible()
    registration = InterestRegistration.objects.get()
    run_queued_tasks()
    told = [message for message in mail.outbox if "redaktor.nesbyen@selvhjelp.example" in message.to]
    assert len(told) == 1 and "Ola" not in told[0].body and "/admin/interest/" in told[0].body

    other = login("redaktor.bergen")
    other.goto("/admin/interest/")
    expect(other.locator("main")).not_to_contain_text(f"Melding {registration.pk}")
    assert other.goto(f"/admin/interest/edit/{registration.pk}/").status == 403

    editor = login("redaktor.nesbyen")
    editor.get_by_role("link", name="Interessemeldinger").first.click()
    editor.get_by_role("link", name=f"Melding {registration.pk}").click()
    expect(editor.locator("main")).to_contain_text("Ola")
    expect(editor.locator("main")).to_contain_text("ola.interesse@example.org")
    editor.select_option("select[name=status]", "contacted")
    editor.select_option("select[name=placed_in]", str(group.pk))
    editor.fill("textarea[name=follow_up]", "Ringt, møter tirsdag.")
    editor.locator("button.action-save, button[type=submit]").filter(has_text="Lagre").first.click()
    editor.wait_for_url(re.compile(r".*/admin/interest/$"))

    registration.refresh_from_db()
    assert registration.placed_in == group and registration.status == Status.PLACED
    assert registration.follow_up == "Ringt, møter tirsdag."
    actions = set(RegistrationAccess.objects.filter(registration_id=registration.pk).values_list("action", flat=True))
    assert {"viewed", "changed"} <= actions
