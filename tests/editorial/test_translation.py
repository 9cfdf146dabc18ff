"""Partner editors translate their own pages to nynorsk, fill them with Apertium and send them for
review; they cannot translate, re-sync or publish anybody else's pages that way."""

import json

import pytest
from wagtail.models import Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from editorial import apertium
from home.models import ArticlePage, SectionPage
from tests.factories import ArticlePageFactory
from tests.helpers import publish

pytestmark = pytest.mark.django_db
needs_apertium = pytest.mark.skipif(
    apertium.DEFAULT_MODE not in apertium.installed_modes(),
    reason="Apertium's bokmål→nynorsk pair is not installed (Debian: apt-get install apertium-nno-nob)",
)


@pytest.fixture
def own_article(nb, django_capture_on_commit_callbacks):
    """A published bokmål article in the Nesbyen editors' own section, mirrored in nynorsk."""
    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticlePageFactory(
            parent=section,
            title="Hvordan starter man en gruppe?",
            intro="Vi hjelper deg gjerne i gang.",
            body=[
                {
                    "type": "paragraph",
                    "value": '<p>Ingen må <a href="https://example.org/">snakke</a> før de er klare.</p>',
                }
            ],
        )
        publish(article)
    return article


@pytest.fixture
def other_article(nn):
    """The demo's article outside the editor's section that has no nynorsk yet (nn shows a mirror)."""
    mirror = ArticlePage.objects.filter(locale=nn, alias_of__isnull=False).first()
    return mirror.alias_of.specific


def submit_translation(client, page, nn):
    return client.post(f"/admin/localize/submit/page/{page.pk}/", {"locales": [nn.pk]})


def test_editor_translates_their_own_page(editor, own_article, nn):
    assert editor.get(f"/admin/localize/submit/page/{own_article.pk}/").status_code == 200
    response = submit_translation(editor, own_article, nn)
    assert response.status_code == 302, response.content.decode()[:2000]
    translated = own_article.get_translation(nn)
    assert translated.alias_of is None
    assert Translation.objects.get(target_locale=nn, source__object_id=own_article.translation_key).enabled


def test_editor_cannot_translate_another_organisations_page(editor, other_article, nn):
    assert editor.get(f"/admin/localize/submit/page/{other_article.pk}/").status_code == 403
    assert submit_translation(editor, other_article, nn).status_code == 403
    assert other_article.get_translation(nn).alias_of_id == other_article.pk  # still the mirror


def test_editor_cannot_resync_translations_of_other_pages(editor, other_article):
    source, _created = TranslationSource.get_or_create_from_instance(other_article)
    assert editor.get(f"/admin/localize/update/{source.pk}/").status_code == 403


def test_editor_cannot_publish_their_translation_from_the_sync_form(editor, own_article, nn):
    submit_translation(editor, own_article, nn)
    source = TranslationSource.objects.get_for_instance(own_article)
    assert editor.get(f"/admin/localize/update/{source.pk}/").status_code == 200
    response = editor.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
    assert response.status_code == 403


@pytest.fixture
def draft_article(nb, django_capture_on_commit_callbacks):
    """A bokmål article in the editors' own section that was never published: saved once as it first
    stood, then corrected in a second draft (as Wagtail's autosave or "Lagre kladd" does)."""
    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    with django_capture_on_commit_callbacks(execute=True):
        article = ArticlePageFactory(parent=section, title="Første utkast", intro="Hvo", live=False)
        article.save_revision()
        article.title = "Slik starter vi en samtalegruppe"
        article.intro = "Hvordan starter man en gruppe?"
        article.save_revision()
    return ArticlePage.objects.get(pk=article.pk)


def source_intro(page):
    return json.loads(TranslationSource.objects.get_for_instance(page).content_json)["intro"]


def test_a_page_never_published_is_translated_as_its_editor_last_wrote_it(editor, draft_article, nn):
    assert draft_article.intro == "Hvo"  # the row still holds the first save
    assert submit_translation(editor, draft_article, nn).status_code == 302
    assert source_intro(draft_article) == "Hvordan starter man en gruppe?"
    translated = draft_article.get_translation(nn)
    assert not translated.live  # the draft's translation is a draft too

    # A further correction reaches the translation through "Synkroniser oversatte sider".
    draft_article.intro = "Hvordan starter vi en gruppe?"
    draft_article.save_revision()
    source = TranslationSource.objects.get_for_instance(draft_article)
    assert editor.post(f"/admin/localize/update/{source.pk}/", {}).status_code == 302
    assert source_intro(draft_article) == "Hvordan starter vi en gruppe?"
    assert not draft_article.get_translation(nn).live


def test_a_live_page_is_translated_as_published_not_from_its_draft(editor, own_article, nn):
    own_article.intro = "Et utkast som ikke er godkjent."
    own_article.save_revision()
    assert submit_translation(editor, own_article, nn).status_code == 302
    assert source_intro(own_article) == "Vi hjelper deg gjerne i gang."


def test_submit_for_review_starts_the_moderation_workflow(editor, own_article, nn):
    submit_translation(editor, own_article, nn)
    translated = own_article.get_translation(nn)
    html = editor.get(f"/admin/pages/{translated.pk}/edit/").content.decode()
    assert 'name="selvhjelp-submit-translation"' in html
    response = editor.post(f"/admin/pages/{translated.pk}/edit/", {"selvhjelp-submit-translation": "1"})
    assert response.status_code == 302
    translated = Page.objects.get(pk=translated.pk)
    assert translated.workflow_in_progress
    assert translated.current_workflow_state.requested_by.username == "nesbyen"


def test_without_apertium_no_machine_translation_is_offered(monkeypatch, nb, nn):
    monkeypatch.setattr(apertium, "installed_modes", lambda: frozenset())
    translator = apertium.ApertiumTranslator({})
    assert not translator.can_translate(nb, nn)


def test_apertium_translates_only_bokmal_to_nynorsk(nb, nn):
    translator = apertium.ApertiumTranslator({})
    assert not translator.can_translate(nn, nb)


@needs_apertium
def test_apertium_keeps_inline_html_and_whitespace():
    translator = apertium.ApertiumTranslator({})
    assert translator.translate_html(
        ["Samtalegruppe", "Hvordan starter man en gruppe?", 'Ingen må <a id="a1">snakke</a> før de er klare. ', "Hjem"]
    ) == [
        "Samtalegruppe",
        "Korleis startar ein ei gruppe?",
        'Ingen må <a id="a1">snakke</a> før dei er klare. ',
        "Heim",
    ]


@needs_apertium
def test_editor_fills_the_translation_with_apertium(editor, own_article, nn):
    submit_translation(editor, own_article, nn)
    translation = Translation.objects.get(target_locale=nn, source__object_id=own_article.translation_key)
    response = editor.post(
        f"/admin/localize/translate/{translation.pk}/machine_translate/",
        {"next": f"/admin/pages/{own_article.get_translation(nn).pk}/edit/"},
    )
    assert response.status_code == 302
    machine = StringTranslation.objects.filter(locale=nn, tool_name="Apertium")
    texts = set(machine.values_list("data", flat=True))
    assert "Korleis startar ein ei gruppe?" in texts
    assert "Vi hjelper deg gjerne i gang." in texts
    assert machine.count() == translation.source.stringsegment_set.count()


def test_a_failing_apertium_is_a_message_not_a_server_error(editor, own_article, nn, monkeypatch):
    submit_translation(editor, own_article, nn)
    translation = Translation.objects.get(target_locale=nn, source__object_id=own_article.translation_key)
    monkeypatch.setattr(apertium, "installed_modes", lambda: frozenset({apertium.DEFAULT_MODE}))
    monkeypatch.setattr(apertium.shutil, "which", lambda name: None)

    def broken(*args, **kwargs):
        raise OSError("apertium: not found")

    monkeypatch.setattr(apertium.subprocess, "run", broken)
    response = editor.post(f"/admin/localize/translate/{translation.pk}/machine_translate/", follow=True)
    assert response.status_code == 200
    assert not StringTranslation.objects.filter(locale=nn, tool_name="Apertium").exists()


def test_a_translation_that_cannot_be_saved_is_a_message_not_a_server_error(editor, own_article, nn, monkeypatch):
    from django.core.exceptions import ValidationError

    submit_translation(editor, own_article, nn)
    translated = own_article.get_translation(nn)

    def invalid(*args, **kwargs):
        raise ValidationError("title")

    monkeypatch.setattr(Translation, "save_target", invalid)
    response = editor.post(f"/admin/pages/{translated.pk}/edit/", {"selvhjelp-submit-translation": "1"}, follow=True)
    assert response.status_code == 200
    assert not Page.objects.get(pk=translated.pk).workflow_in_progress


def test_a_moderator_may_sync_the_translations_of_a_topic(moderator):
    from core.models import Topic

    topic = Topic.objects.get(slug="sorg", locale__language_code="nb")
    source, _created = TranslationSource.get_or_create_from_instance(topic)
    assert moderator.get(f"/admin/localize/update/{source.pk}/").status_code == 200
