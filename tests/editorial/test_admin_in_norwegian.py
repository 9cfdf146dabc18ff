"""Every admin screen of the editor's and the moderator's journey is in bokmål, and in nynorsk for
those who choose it: the rendered HTML is scanned for English source strings of Wagtail's and
wagtail-localize's catalogs (tests/english.py)."""

import re

import polib
import pytest
from wagtail.images.models import Image
from wagtail.users.models import UserProfile

from directory.models import Organisation
from home.models import ArticlePage, SectionPage
from tests.english import english_left

pytestmark = pytest.mark.django_db


def editor_screens(nb):
    own = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    person = own.contact_persons.first()
    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    return [
        "/admin/",
        f"/admin/pages/{section.pk}/",
        f"/admin/pages/{section.pk}/edit/",
        f"/admin/pages/add/home/articlepage/{section.pk}/",
        f"/admin/localize/submit/page/{section.pk}/",
        "/admin/snippets/directory/organisation/",
        f"/admin/snippets/directory/organisation/edit/{own.pk}/",
        f"/admin/snippets/directory/organisation/history/{own.pk}/",
        "/admin/snippets/directory/contactperson/",
        f"/admin/snippets/directory/contactperson/edit/{person.pk}/",
        "/admin/snippets/directory/contactperson/add/",
        "/admin/images/",
        "/admin/images/add/",
        "/admin/images/chooser/",
        "/admin/documents/",
        "/admin/documents/multiple/add/",
        "/admin/account/",
        "/admin/pages/search/?q=gruppe",
        "/admin/reports/site-history/",
    ]


def moderator_screens(nb):
    article = ArticlePage.objects.filter(locale=nb).first()
    return [
        "/admin/",
        f"/admin/pages/{article.pk}/edit/",
        f"/admin/pages/{article.pk}/history/",
        f"/admin/images/{Image.objects.first().pk}/",
        "/admin/reports/workflow/",
        "/admin/reports/workflow_tasks/",
        "/admin/reports/locked/",
        "/admin/localize/reports/translations/",
        "/admin/snippets/core/topic/",
    ]


def english_on(client, urls):
    left = {}
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        found = english_left(response.content.decode())
        if found:
            left[url] = found
    return left


def test_the_editors_screens_are_in_bokmal(editor, nb):
    assert english_on(editor, editor_screens(nb)) == {}


def test_the_moderators_screens_are_in_bokmal(moderator, nb):
    assert english_on(moderator, moderator_screens(nb)) == {}


def test_the_workflow_settings_are_in_bokmal(admin_client):
    # (The user list, for superusers only, still prints Wagtail's "True" in its "active" column.)
    assert english_on(admin_client, ["/admin/workflows/list/", "/admin/workflows/tasks/index/"]) == {}


def test_the_login_page_is_in_bokmal(client):
    html = client.get("/admin/login/").content.decode()
    assert english_left(html) == []
    assert "Passord" in html


def test_an_editor_may_choose_a_nynorsk_admin(editor, nb):
    from django.contrib.auth import get_user_model

    user = get_user_model().objects.get(username="nesbyen")
    UserProfile.get_for_user(user).__class__.objects.filter(user=user).update(preferred_language="nn")
    assert english_on(editor, editor_screens(nb)) == {}
    html = editor.get("/admin/").content.decode()
    assert 'lang="nn"' in html
    assert "Gjeremålslista di" in html  # the project's own nynorsk
    own = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    html = editor.get(f"/admin/snippets/directory/organisation/edit/{own.pk}/").content.decode()
    assert "Førehandsvis i mobilstorleik" in html  # Wagtail's strings, made nynorsk and reviewed


PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")


@pytest.mark.parametrize("language", ["nb", "nn"])
@pytest.mark.parametrize("domain", ["django", "djangojs"])
def test_admin_translations_keep_every_placeholder(language, domain, settings):
    catalog = polib.pofile(str(settings.BASE_DIR / "locale" / "admin" / language / "LC_MESSAGES" / f"{domain}.po"))
    broken = []
    for entry in catalog.translated_entries():
        texts = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        wanted = sorted(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        for text in texts:
            if sorted(PLACEHOLDER.findall(text)) != wanted and not (entry.msgid_plural and text is texts[0]):
                broken.append((entry.msgid, text))
    assert broken == []
