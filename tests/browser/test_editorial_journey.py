"""The partner editor's whole job, in a real browser (issue "Editors do their whole job, in
Norwegian"): write an article with a picture uploaded into the organisation's own collection,
machine-translate it to nynorsk with Apertium, send both for review; a moderator approves with a
comment; the public site and the API show both forms, and the editor gets the comment by e-mail.
Every admin screen on the way is scanned for English."""

import re

import pytest
from django.core import mail
from PIL import Image as PILImage
from playwright.sync_api import expect
from wagtail.images.models import Image

from directory.models import Organisation
from editorial import apertium
from home.models import ArticlePage, SectionPage
from tests.english import english_left

pytestmark = [
    # The live server commits; the journey gets the migrated database back (root page, collections).
    pytest.mark.django_db(transaction=True, serialized_rollback=True),
    pytest.mark.skipif(
        apertium.DEFAULT_MODE not in apertium.installed_modes(),
        reason="Apertium's bokmål→nynorsk pair is not installed (Debian: apt-get install apertium-nno-nob)",
    ),
]

TITLE = "Slik starter vi en samtalegruppe"
INTRO = "Hvordan starter man en gruppe? Vi hjelper deg gjerne."
TEXT = "Ingen må snakke før de er klare."
ALT = "Tre personer som møtes ute en solrik dag"
COMMENT = "Fint skrevet, nå er den publisert."


def png(tmp_path):
    path = tmp_path / "samtalegruppe.png"
    PILImage.new("RGB", (80, 50), (40, 120, 140)).save(path)
    return str(path)


# wagtail-localize's translation editor (a React bundle) writes this one in English whatever the
# language; there is no catalog entry to translate it with.
HARD_CODED_UPSTREAM = {"More actions"}


def no_english(page, seen, allowed=frozenset()):
    """The screen has no English source string of Wagtail's or wagtail-localize's left."""
    left = [text for text in english_left(page.content()) if text not in allowed]
    seen.append(page.url)
    assert left == [], f"{page.url}: {left}"


def open_actions(page):
    page.locator("footer .w-dropdown__toggle").first.click()


def test_an_editor_writes_translates_and_a_moderator_publishes(login, visitor, tmp_path, live_server):
    seen = []
    own = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale__language_code="nb")

    # 1. The editor writes an article with a picture uploaded into the organisation's own collection.
    editor = login("redaktor.nesbyen")
    no_english(editor, seen)
    editor.goto(f"/admin/pages/add/home/articlepage/{section.pk}/")
    no_english(editor, seen)
    editor.fill("#id_title", TITLE)
    editor.fill("#id_intro", INTRO)
    editor.locator("button.c-sf-add-button").first.click()
    editor.get_by_role("option", name="Bilde").first.click()
    editor.locator("[data-contentpath=body] [data-chooser-action-choose]").first.click()
    modal = editor.locator(".modal-dialog")
    modal.get_by_role("tab", name="Last opp").click()
    modal.locator("input[type=file]").set_input_files(png(tmp_path))
    modal.locator("input[name='image-chooser-upload-title']").fill("Samtalegruppe ute")
    no_english(editor, seen)
    modal.locator("button[type=submit]").filter(has_text="Last opp").first.click()
    modal.wait_for(state="detached")
    editor.locator("input[name$='-value-alt_text']").first.fill(ALT)
    editor.locator("button.c-sf-add-button").last.click()
    editor.get_by_role("option", name="Tekst").first.click()
    text_block = editor.locator("[data-contentpath=body] [contenteditable=true]").last
    text_block.wait_for()
    text_block.click()
    editor.keyboard.type(TEXT)
    # The rich text editor writes what was typed into the form a moment later; a person sees it there.
    expect(editor.locator("input[name^='body-'][name$='-value']").last).to_have_value(re.compile(TEXT))
    open_actions(editor)
    editor.locator('button[name="action-submit"]').click()
    editor.wait_for_url(re.compile(rf".*/admin/pages/{section.pk}/$"), timeout=60_000)
    no_english(editor, seen)
    article = ArticlePage.objects.get(title=TITLE, locale__language_code="nb")
    image = Image.objects.get(title="Samtalegruppe ute")
    assert image.collection == own.collection
    assert article.workflow_in_progress and not article.live

    # 2. …translates it to nynorsk with Apertium and sends the nynorsk for review too.
    editor.goto(f"/admin/localize/submit/page/{article.pk}/")
    no_english(editor, seen)
    editor.locator("input[name=locales]").first.check()
    editor.locator("main form [type=submit]").last.click()
    editor.get_by_role("button", name=re.compile("Oversett med Apertium")).click()
    editor.get_by_text("Korleis startar ein ei gruppe? Vi hjelper deg gjerne.").first.wait_for()
    no_english(editor, seen, allowed=HARD_CODED_UPSTREAM)
    editor.get_by_role("button", name="Send til godkjenning").click()
    editor.get_by_text("er sendt til godkjenning").first.wait_for()
    nynorsk = article.get_translation(article.locale.__class__.objects.get(language_code="nn"))
    assert nynorsk.workflow_in_progress and not nynorsk.live

    # 3. The moderator approves both with a comment, from the dashboard's one queue.
    mail.outbox.clear()
    moderator = login("admin")
    no_english(moderator, seen)
    for page in (article, nynorsk):
        row = moderator.locator("tr", has=moderator.locator(f"a[href='/admin/pages/{page.pk}/edit/']")).first
        row.locator(".w-dropdown__toggle").click()
        row.get_by_role("button", name="Godkjenn med kommentar").click()
        dialog = moderator.locator(".modal-dialog")
        dialog.locator("textarea").fill(COMMENT)
        no_english(moderator, seen)
        dialog.locator("[type=submit]").click()
        dialog.wait_for(state="detached")
        moderator.wait_for_load_state()

    # 4. Visitors see both forms, with the picture and its alt text; the API too.
    article.refresh_from_db()
    nynorsk.refresh_from_db()
    assert article.live and nynorsk.live
    visitor.goto(article.url)
    assert visitor.locator("h1").inner_text() == TITLE
    assert visitor.locator(f"img[alt='{ALT}']").count() == 1
    visitor.goto(nynorsk.url)
    assert "Korleis startar ein ei gruppe?" in visitor.locator("main").inner_text()
    assert visitor.locator("img[alt='Tre personar som møtest ute ein solrik dag']").count() == 1
    data = visitor.request.get(f"{live_server.url}/api/v2/pages/{nynorsk.pk}/").json()
    assert data["intro"] == "Korleis startar ein ei gruppe? Vi hjelper deg gjerne."
    assert data["meta"]["locale"] == "nn"

    # 5. The editor gets the moderator's comment by e-mail, once per page.
    to_editor = [message for message in mail.outbox if "redaktor.nesbyen@selvhjelp.example" in message.to]
    assert len(to_editor) == 2 and all(COMMENT in message.body for message in to_editor)
    assert len(seen) >= 8
