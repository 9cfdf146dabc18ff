"""Writing the change feed: Wagtail's and Django's signals note which object changed, and after the
commit (never for a rolled-back change) one row says what a consumer must do now, from the object's
committed state: it is public (created, or changed if the consumer already has it), it is not
(unpublished, or privacy withdrawn when a contact person's own switch or consent took it away), or it is
gone (deleted). A "not shown" event is not repeated; the first one for an object the feed has never shown
is still written, because the object may have been public before the feed began.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, PageViewRestriction
from wagtail.signals import page_published, page_unpublished, post_page_move, published, unpublished

from directory.models import ContactPerson, Event, Organisation, SelfHelpGroup

from .models import SHOWN, Change
from .models import Event as ChangeEvent

TYPES = {Page: "page", Organisation: "organisation", ContactPerson: "contact", SelfHelpGroup: "group", Event: "event"}
MODELS = {name: model for model, name in TYPES.items()}
SNIPPETS = (Organisation, ContactPerson, SelfHelpGroup, Event)


def public(object_type):
    """What the API serves of a type: the same querysets its endpoints start from."""
    if object_type == "page":
        return Page.objects.live().public().exclude(depth=1)
    return MODELS[object_type]._default_manager.public()


def type_of(instance):
    for model, name in TYPES.items():
        if isinstance(instance, model):
            return name
    return None


def note(instance, deleted=False):
    object_type = type_of(instance)
    if object_type is None:
        return
    pk = instance.pk  # Django clears it once a deletion is done
    locale = instance.locale.language_code if getattr(instance, "locale_id", None) else ""
    key = getattr(instance, "translation_key", None)
    # robust: a failure to write the row is logged; the editor's publish has been committed and stands.
    transaction.on_commit(lambda: write(object_type, pk, locale, key, deleted), robust=True)


def write(object_type, pk, locale, translation_key, deleted=False):
    last = Change.objects.filter(object_type=object_type, object_id=pk).order_by("-id").values_list("event", flat=True)
    last = last.first()
    if deleted:
        event = ChangeEvent.DELETED
    elif public(object_type).filter(pk=pk).exists():
        event = ChangeEvent.CHANGED if last in SHOWN else ChangeEvent.CREATED
    elif object_type == "contact" and withdrew(pk):
        event = ChangeEvent.PRIVACY_WITHDRAWN
    else:
        event = ChangeEvent.UNPUBLISHED
    if event == last and event not in SHOWN:
        return None  # the consumer already knows
    return Change.objects.create(
        event=event, object_type=object_type, object_id=pk, locale=locale, translation_key=translation_key
    )


def withdrew(pk):
    person = ContactPerson.objects.filter(pk=pk).values("show_publicly", "consent_given_on").first()
    return person is not None and (not person["show_publicly"] or person["consent_given_on"] is None)


def note_with_dependants(instance, deleted=False):
    """An organisation's visibility is its people's, groups' and meetings' too (and a page's is its
    subtree's, for a view restriction or a move)."""
    note(instance, deleted)
    if isinstance(instance, Organisation) and not deleted:
        for related in (instance.contact_persons.all(), instance.groups.all(), instance.events.all()):
            for record in related:
                note(record)


def on_published(sender, instance, **kwargs):
    if isinstance(instance, SNIPPETS):
        note_with_dependants(instance)


def on_page_changed(sender, instance, **kwargs):
    note(instance)


def on_page_subtree_changed(sender, instance, **kwargs):
    page = instance.page if isinstance(instance, PageViewRestriction) else instance
    for descendant in Page.objects.descendant_of(page, inclusive=True).live().specific(defer=True):
        note(descendant)


def on_page_created(sender, instance, created=False, raw=False, **kwargs):
    """A page made live without a publish: an alias (the nynorsk mirror of an untranslated page), or
    one added live by code."""
    if created and not raw and isinstance(instance, Page) and instance.live:
        note(instance)


# A contact person's own switches: hiding a person is saved on the live row at once, without a publish
# (directory.wagtail_hooks.hide_a_person_at_once), and must reach consumers then.
PRIVACY_FIELDS = {"show_publicly", "consent_given_on"}


def on_privacy_saved(sender, instance, update_fields=None, raw=False, **kwargs):
    if not raw and update_fields and PRIVACY_FIELDS & set(update_fields):
        note(instance)


def on_deleted(sender, instance, **kwargs):
    note(instance, deleted=True)


def connect():
    page_published.connect(on_page_changed, dispatch_uid="changes_page_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="changes_page_unpublished")
    post_page_move.connect(on_page_subtree_changed, dispatch_uid="changes_page_moved")
    post_delete.connect(on_deleted, sender=Page, dispatch_uid="changes_page_deleted")
    post_save.connect(on_page_created, dispatch_uid="changes_page_created")
    post_save.connect(on_page_subtree_changed, sender=PageViewRestriction, dispatch_uid="changes_restricted")
    post_delete.connect(on_page_subtree_changed, sender=PageViewRestriction, dispatch_uid="changes_unrestricted")
    post_save.connect(on_privacy_saved, sender=ContactPerson, dispatch_uid="changes_privacy_saved")
    published.connect(on_published, dispatch_uid="changes_published")
    unpublished.connect(on_published, dispatch_uid="changes_unpublished")
    for model in SNIPPETS:
        post_delete.connect(on_deleted, sender=model, dispatch_uid=f"changes_deleted_{model._meta.label}")
