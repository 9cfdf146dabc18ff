"""What to invalidate when content changes: the tags of pagecache/tags.py, in the app cache and at the
edge (Varnish, through wagtail.contrib.frontend_cache).

Runs after the transaction commits, so that a request made straight after sees the new content and
cannot store the old one again. The receivers are connected in ``PagecacheConfig.ready`` (pages,
view restrictions) and by ``track()``'s caller's models (``connect_tracked``).
"""

import logging

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from wagtail.signals import page_published, page_unpublished, post_page_move

from .tags import (
    EVERYTHING,
    LIST_MENU,
    bump_tags,
    instance_tag,
    list_tag,
    related_tags,
    tag_for,
    tracked_for,
    translation_tag,
)

logger = logging.getLogger(__name__)


def invalidate(tags):
    tags = {tag for tag in tags if tag}
    if tags:
        transaction.on_commit(lambda: _invalidate_now(tags))


def invalidate_everything():
    invalidate({EVERYTHING})


def _invalidate_now(tags):
    try:
        bump_tags(tags)
    except Exception:  # noqa: BLE001 - entries then live until PAGE_CACHE_SECONDS; say so loudly
        logger.error("Could not invalidate the page cache", exc_info=False)
    from wagtail.contrib.frontend_cache.utils import get_backends

    for backend in get_backends().values():
        if hasattr(backend, "ban_tags"):
            backend.ban_tags(tags)


def page_tags(page):
    tags = {instance_tag(page), translation_tag(page.translation_key), list_tag(type(page))}
    if page.depth <= 3:
        tags.add(LIST_MENU)
    # Mirrors (aliases) of the page in the other written form show its content.
    tags.update(tag_for(type(page), pk) for pk in page.aliases.values_list("pk", flat=True))
    return tags


def on_page_changed(sender, instance, **kwargs):
    invalidate(page_tags(instance))


def on_page_moved(sender, instance, **kwargs):
    # Every page below it has a new address.
    tags = page_tags(instance)
    tags.update(tag_for(type(instance), pk) for pk in instance.get_descendants().values_list("pk", flat=True))
    invalidate(tags)


def on_tracked_changed(sender, instance, raw=False, **kwargs):
    if raw:
        return
    invalidate(related_tags(instance))
    tracked = tracked_for(type(instance))
    if tracked and tracked.on_change:
        transaction.on_commit(lambda: tracked.on_change(instance))


def on_view_restriction_changed(sender, instance, raw=False, **kwargs):
    """A password, login or group restriction on a page (and everything below it) or a collection:
    what was cached before may show content that is private now, in pages, lists, the sitemap, the
    API and at the edge. Rare enough to start the cache afresh."""
    if not raw:
        invalidate_everything()


def connect_pages():
    from django.apps import apps
    from wagtail.models import CollectionViewRestriction, Page, PageViewRestriction

    page_published.connect(on_page_changed, dispatch_uid="page_cache_published")
    page_unpublished.connect(on_page_changed, dispatch_uid="page_cache_unpublished")
    post_page_move.connect(on_page_moved, dispatch_uid="page_cache_moved")
    for model in apps.get_models():
        if issubclass(model, Page):
            uid = f"page_cache_deleted_{model._meta.label}"
            post_delete.connect(on_page_changed, sender=model, dispatch_uid=uid)
    for model in (PageViewRestriction, CollectionViewRestriction):
        uid = model._meta.label
        post_save.connect(on_view_restriction_changed, sender=model, dispatch_uid=f"page_cache_restricted_{uid}")
        post_delete.connect(on_view_restriction_changed, sender=model, dispatch_uid=f"page_cache_unrestricted_{uid}")
        m2m = model.groups.through
        m2m_changed.connect(on_view_restriction_changed, sender=m2m, dispatch_uid=f"page_cache_groups_{uid}")


def connect_tracked(model):
    """Saving or deleting an instance of this (concrete) model invalidates what showed it."""
    uid = model._meta.label
    post_save.connect(on_tracked_changed, sender=model, dispatch_uid=f"page_cache_saved_{uid}")
    post_delete.connect(on_tracked_changed, sender=model, dispatch_uid=f"page_cache_deleted_{uid}")
