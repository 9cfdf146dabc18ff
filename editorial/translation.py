"""Partner editors translate their own pages to nynorsk in wagtail-localize's editor, fill it with
Apertium, and send the result for review like any other change.

wagtail-localize lets anyone with its ``submit_translation`` permission translate or re-sync *any*
page (and publish the result from the sync form); the views here, routed in front of its own at the
same addresses (config/urls.py), first ask Wagtail's page permissions: translating a page takes
permission to edit it, and to add the translation where it goes; publishing from the sync form takes
permission to publish every translation it touches.

They also translate what the editor wrote last. wagtail-localize reads a page's database row, which
for a page that was never published holds what its first save wrote, not its later drafts
(wagtail-localize issues #823 and #861): an article written, saved, corrected and sent for review
was translated as it first stood. A page that is not live is translated from its latest draft; a
live page from what is published, as before, so a draft never reaches a published translation.
"""

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Locale, Page
from wagtail.snippets.permissions import get_permission_name
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.views import edit_translation, submit_translations, update_translations

from directory.admin_views import forbidden

from .apertium import ApertiumError

SUBMIT_FOR_REVIEW = "selvhjelp-submit-translation"


def translated_from(page):
    """The version of ``page`` its translations are made from: its latest draft while it is not live,
    else the page as published."""
    if isinstance(page, Page) and not page.live and page.latest_revision_id:
        return page.get_latest_revision_as_object()
    return page


def may_translate_to(user, page, locale):
    """The user may write ``page`` in ``locale``: edit its translation there, or add it there."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing.permissions_for_user(user).can_edit()
    parent = page.get_parent()
    translated_parent = parent.get_translation_or_none(locale) if not parent.is_root() else None
    return translated_parent is not None and translated_parent.permissions_for_user(user).can_add_subpage()


class SubmitPageTranslationView(submit_translations.SubmitPageTranslationView):
    def dispatch(self, request, *args, **kwargs):
        page = Page.objects.filter(pk=kwargs["page_id"]).first()
        if page is not None and not page.is_root():
            page = page.specific
            if not page.permissions_for_user(request.user).can_edit():
                return forbidden(request)
            if request.method == "POST":
                chosen = Locale.objects.filter(pk__in=request.POST.getlist("locales"))
                if not all(may_translate_to(request.user, page, locale) for locale in chosen):
                    return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        # wagtail-localize reuses an existing source as it stands; bring it up to the latest draft first.
        source_page = translated_from(self.object)
        if source_page is not self.object:
            TranslationSource.update_or_create_from_instance(source_page)
        return super().form_valid(form)


class UpdateTranslationsView(update_translations.UpdateTranslationsView):
    def dispatch(self, request, *args, **kwargs):
        source = TranslationSource.objects.filter(pk=kwargs["translation_source_id"]).first()
        if source is not None and not request.user.is_superuser:
            instance = source.get_source_instance()
            if isinstance(instance, Page):
                may_edit = instance.permissions_for_user(request.user).can_edit()
            else:  # a translatable snippet, such as a topic
                may_edit = request.user.has_perm(get_permission_name("change", type(instance)))
            if not may_edit:
                return forbidden(request)
            if request.method == "POST" and request.POST.get("publish_translations"):
                for translation in source.translations.filter(enabled=True):
                    target = translation.get_target_instance()
                    if isinstance(target, Page) and not target.permissions_for_user(request.user).can_publish():
                        return forbidden(request)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        # wagtail-localize re-reads the source from its database row (update_from_db); a page that is not
        # live is synced from its latest draft instead.
        instance = self.object.get_source_instance()
        source_page = translated_from(instance)
        if source_page is not instance:
            self.object.update_from_db = lambda: TranslationSource.update_or_create_from_instance(source_page)
        return super().form_valid(form)


def machine_translate(request, translation_id):
    """wagtail-localize's machine translation, with Apertium's failure said to the editor instead of
    a server error."""
    try:
        return edit_translation.machine_translate(request, translation_id)
    except ApertiumError:
        messages.error(request, _("Apertium could not translate this text just now. Nothing was changed."))
        return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def submit_translation_for_review(request, page):
    """The translation editor's "Submit for review": saves the nynorsk text as a draft of the page and
    starts (or resumes) the page's moderation workflow, as "Submit for moderation" does in Wagtail's
    own editor. A ``before_edit_page`` hook: it answers only its own button's POST."""
    if request.method != "POST" or SUBMIT_FOR_REVIEW not in request.POST:
        return None
    translation = Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id, enabled=True
    ).first()
    if translation is None or not page.permissions_for_user(request.user).can_edit():
        return forbidden(request)
    try:
        translation.save_target(user=request.user, publish=False)
    except ValidationError:
        messages.error(request, _("The translation could not be saved: a required field has no nynorsk yet."))
        return redirect("wagtailadmin_pages:edit", page.pk)
    page = page.specific_class.objects.get(pk=page.pk)
    workflow_state = page.current_workflow_state
    if workflow_state is not None and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
        workflow_state.resume(request.user)
    elif workflow_state is None and (workflow := page.get_workflow()) is not None:
        workflow.start(page, request.user)
    messages.success(request, _("“%(title)s” was sent for review.") % {"title": page.get_admin_display_title()})
    return redirect("wagtailadmin_pages:edit", page.pk)
