"""What to invalidate when content changes: the tags of config/cache.py, in the app cache and at the
edge (Varnish, through wagtail.contrib.frontend_cache).

Runs after the transaction commits, so that a request made straight after sees the new content and
cannot store the old one again.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from config import cache as page_cache

logger = logging.getLogger(__name__)


def invalidate(tags):
    tags = {tag for tag in tags if tag}
    if tags:
        transaction.on_commit(lambda: _invalidate_now(tags))


def invalidate_everything():
    invalidate({page_cache.EVERYTHING})


def _invalidate_now(tags):
    try:
        page_cache.bump_tags(tags)
    except Exception:  # noqa: BLE001 - entries then live until PAGE_CACHE_SECONDS; say so loudly
        logger.error("Could not invalidate the page cache", exc_info=False)
    from wagtail.contrib.frontend_cache.utils import get_backends

    for backend in get_backends().values():
        if hasattr(backend, "ban_tags"):
            backend.ban_tags(tags)


def page_tags(page):
    tags = {
        page_cache.instance_tag(page),
        page_cache.translation_tag(page.translation_key),
        page_cache.LIST_PAGES,
    }
    if page.depth <= 3:
        tags.add(page_cache.LIST_MENU)
    # Mirrors (aliases) of the page in the other written form show its content.
    tags.update(page_cache.tag_for(type(page), pk) for pk in page.aliases.values_list("pk", flat=True))
    return tags


def on_page_changed(sender, instance, **kwargs):
    invalidate(page_tags(instance))


def on_page_moved(sender, instance, **kwargs):
    # Every page below it has a new address.
    tags = page_tags(instance)
    tags.update(
        page_cache.tag_for(type(instance), pk) for pk in instance.get_descendants().values_list("pk", flat=True)
    )
    invalidate(tags)


def on_snippet_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    from directory.models import ContactPerson, Organisation, Topic

    if isinstance(instance, Organisation | ContactPerson):
        # One record, shown in both written forms.
        tags = {page_cache.instance_tag(instance)}
        if isinstance(instance, Organisation):
            tags.add(page_cache.LIST_ORGANISATIONS)
        else:
            tags.update({page_cache.LIST_CONTACTS, page_cache.tag_for(Organisation, instance.organisation_id)})
        invalidate(tags)
    elif isinstance(instance, Topic):
        from directory.models.topics import topic_form_key, topic_menu_key

        keys = [topic_menu_key(instance.locale_id), *(topic_form_key(code) for code, _name in settings.LANGUAGES)]
        transaction.on_commit(lambda: cache.delete_many(keys))
        invalidate({page_cache.instance_tag(instance), page_cache.LIST_TOPICS})
    else:
        invalidate({page_cache.instance_tag(instance), page_cache.list_tag(type(instance))})


def on_view_restriction_changed(sender, instance, raw=False, **kwargs):
    """A password, login or group restriction on a page (and everything below it) or a collection:
    what was cached before may show content that is private now, in pages, lists, the sitemap, the
    API and at the edge. Rare enough to start the cache afresh."""
    if not raw:
        invalidate_everything()


def connect():
    from wagtail.documents import get_document_model
    from wagtail.images import get_image_model
    from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

    from directory.models import ContactPerson, Organisation, Topic

    page_published.connect(on_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="page_cache_moved")
    for model in _page_models(Page):
        post_delete.connect(on_page_changed, sender=model, dispatch_uid=f"page_cache_deleted_{model._meta.label}")
    for model in (PageViewRestriction, CollectionViewRestriction):
        uid = model._meta.label
        post_save.connect(on_view_restriction_changed, sender=model, dispatch_uid=f"page_cache_restricted_{uid}")
        post_delete.connect(on_view_restriction_changed, sender=model, dispatch_uid=f"page_cache_unrestricted_{uid}")
        m2m = model.groups.through
        m2m_changed.connect(on_view_restriction_changed, sender=m2m, dispatch_uid=f"page_cache_groups_{uid}")
    for model in (Organisation, ContactPerson, Topic, get_image_model(), get_document_model()):
        uid = model._meta.label
        post_save.connect(on_snippet_changed, sender=model, dispatch_uid=f"page_cache_saved_{uid}")
        post_delete.connect(on_snippet_changed, sender=model, dispatch_uid=f"page_cache_deleted_{uid}")


def _page_models(page_class):
    from django.apps import apps

    return [model for model in apps.get_models() if issubclass(model, page_class)]
