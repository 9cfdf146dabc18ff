"""The dashboard says what to do: nynorsk missing or out of date, the share of nynorsk, listings not
checked for a year (confirmed with one button), and reminders by e-mail at 11 and 12 months."""

import re
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Page

from directory.models import Organisation
from editorial import tasks, verification
from home.models import ArticlePage, SectionPage
from tests.factories import ArticlePageFactory, OrganisationFactory
from tests.helpers import article, publish

pytestmark = pytest.mark.django_db


@pytest.fixture
def stale(own):
    Organisation.objects.filter(pk=own.pk).update(last_verified=timezone.localdate() - timedelta(days=400))
    own.refresh_from_db()
    return own


def dashboard(client):
    response = client.get("/admin/")
    assert response.status_code == 200
    return response.content.decode()


def test_an_editor_sees_their_page_without_nynorsk(editor, nb, django_capture_on_commit_callbacks):
    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    with django_capture_on_commit_callbacks(execute=True):
        page = ArticlePageFactory(parent=section, title="Kurs i mestring av stress")
        publish(page)
    html = dashboard(editor)
    assert "Your to-do list" in html or "Din gjøreliste" in html
    assert "Kurs i mestring av stress" in html
    assert f"/admin/localize/submit/page/{page.pk}/?select_locale=nn" in html
    # Pages outside the editor's own section are not theirs to translate.
    mirror = ArticlePage.objects.filter(locale__language_code="nn", alias_of__isnull=False).first()
    assert mirror.alias_of.title not in html


def test_a_moderator_sees_the_whole_site_and_the_share_of_nynorsk(moderator):
    html = dashboard(moderator)
    untranslated = ArticlePage.objects.filter(locale__language_code="nn", alias_of__isnull=False).first().alias_of
    assert untranslated.title in html
    assert "language act" in html or "språklova" in html


def outdated_part(html):
    return html.split('id="to-do-outdated"')[1].split('id="to-do-listings"')[0]


def test_a_bokmal_change_marks_the_nynorsk_out_of_date_with_what_changed(moderator, nn):
    page = article("sorg-etter-et-dodsfall")
    translation = page.get_translation(nn)
    assert translation.title not in outdated_part(dashboard(moderator))
    page.intro = "En ny ingress som ikke finnes på nynorsk ennå."
    page.save_revision().publish()
    html = outdated_part(dashboard(moderator))
    assert translation.title in html
    assert f"/admin/pages/{translation.pk}/edit/" in html
    compare = re.search(rf'href="(/admin/pages/{page.pk}/revisions/compare/[^"]+)"', html).group(1)
    changes = moderator.get(compare.replace("&amp;", "&")).content.decode()
    assert "En ny ingress som ikke finnes på nynorsk ennå." in changes


def test_the_share_counts_pages_and_words_per_form(moderator):
    from django.contrib.auth import get_user_model

    from editorial.nynorsk import nynorsk_share

    share = nynorsk_share(get_user_model().objects.get(username="moderator"))
    nn_pages = Page.objects.live().filter(locale__language_code="nn", alias_of__isnull=True, depth__gt=1).count()
    assert share.pages["nn"] == nn_pages
    assert share.words["nb"] > share.words["nn"] > 0
    assert 0 < share.pages_percent < 50


def test_stale_listings_are_listed_and_confirmed_with_one_button(editor, stale, other_partner):
    html = dashboard(editor)
    assert stale.name in html
    assert other_partner.name not in html
    response = editor.post(f"/admin/katalog/bekreft/{stale.pk}/", {"next": "/admin/"})
    assert response.status_code == 302
    stale.refresh_from_db()
    assert stale.last_verified == timezone.localdate()
    assert stale.name not in dashboard(editor).split("to-do-listings")[1]


def test_confirming_another_organisations_listing_is_refused(editor, other_partner):
    assert editor.post(f"/admin/katalog/bekreft/{other_partner.pk}/").status_code == 403
    other_partner.refresh_from_db()
    assert other_partner.last_verified is None


@pytest.fixture
def other_partner(db):
    from django.contrib.auth.models import Group

    return OrganisationFactory(name="Likepersoner i Fjordby", editor_group=Group.objects.create(name="Fjordby"))


def test_reminders_go_to_the_organisations_own_editors_once(stale, editor):
    today = timezone.localdate()
    mail.outbox.clear()
    assert verification.send_reminders(today) == 1
    (message,) = mail.outbox
    assert message.to == ["nesbyen@selvhjelp.example"]
    assert stale.name in message.subject or stale.name in message.body
    assert f"/admin/snippets/directory/organisation/edit/{stale.pk}/" in message.body
    # Nobody else's name or address is in it: only the organisation's.
    for person in stale.contact_persons.all():
        assert person.name not in message.body and (not person.email or person.email not in message.body)
    # The next day's run sends nothing new; confirming starts a new year.
    assert verification.send_reminders(today + timedelta(days=1)) == 0
    Organisation.objects.filter(pk=stale.pk).update(last_verified=today)
    assert verification.send_reminders(today) == 0


def test_the_first_reminder_comes_at_11_months(own, editor):
    today = timezone.localdate()
    Organisation.objects.filter(pk=own.pk).update(last_verified=today - timedelta(days=340))
    assert [months for _organisation, months in verification.due_reminders(today)] == [11]
    Organisation.objects.filter(pk=own.pk).update(last_verified=today - timedelta(days=300))
    assert verification.due_reminders(today) == []


def test_the_daily_task_sends_and_puts_its_next_run_in_the_queue(stale, editor):
    DBTaskResult.objects.all().delete()
    mail.outbox.clear()
    tasks.send_verification_reminders.call()
    assert len(mail.outbox) == 1
    (waiting,) = DBTaskResult.objects.filter(status="READY")
    assert waiting.task_path == "editorial.tasks.send_verification_reminders"
    assert waiting.backend_name == "scheduled"
    assert waiting.run_after > timezone.now()
    tasks.schedule()
    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_the_dashboard_says_when_machine_translation_is_missing(moderator, monkeypatch):
    from editorial import apertium

    assert "apertium-nno-nob" not in dashboard(moderator) or not apertium.installed_modes()
    monkeypatch.setattr(apertium, "installed_modes", lambda: frozenset())
    html = dashboard(moderator)
    assert "apertium-nno-nob" in html
    assert "Maskinoversettelse til nynorsk er ikke installert" in html


def test_publishing_the_draft_the_nynorsk_was_made_from_is_not_out_of_date(
    moderator, nb, nn, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    from editorial.nynorsk import nynorsk_state
    from tests.conftest import make_user

    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    with django_capture_on_commit_callbacks(execute=True):
        page = ArticlePageFactory(parent=section, title="Kurs i mestring av stress", live=False)
        revision = page.save_revision()
        source, _created = TranslationSource.get_or_create_from_instance(page)
        source.create_or_update_translation(nn, publish=True, fallback=True)
        revision.publish()  # the moderator approves the bokmål afterwards
    user = make_user("moderator2", "Moderators")
    _missing, outdated = nynorsk_state(user)
    assert page.pk not in [item.page.pk for item in outdated]
