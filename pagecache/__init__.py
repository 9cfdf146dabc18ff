"""The response and fragment cache for anonymous visitors and API consumers, invalidated by tags.

Apps register the models their pages and API answers are built from::

    pagecache.track(Organisation, "o")

and this room tags, stores and invalidates without importing them.
"""


def track(model, prefix, *, related=None, on_change=None):
    """Tag responses that show ``model``'s instances with ``prefix``; invalidate them when one is
    saved or deleted. ``related(instance)`` names further tags to invalidate, ``on_change(instance)``
    runs after the commit."""
    from .invalidation import connect_tracked
    from .tags import register

    register(model, prefix, related=related, on_change=on_change)
    connect_tracked(model)


def remembered(key, build, timeout=None):
    """A small value kept in the shared cache and in each process until ``forget(key)``."""
    from .local import remembered

    return remembered(key, build, timeout)


def forget(*keys):
    from .local import forget

    forget(*keys)


def expire_at(request, moment):
    """What ``request``'s answer shows changes by itself at ``moment`` (a meeting that ends): the
    response cache and the edge keep it no longer than that."""
    request = getattr(request, "_request", request)  # Django's own request inside an API (DRF) request
    current = getattr(request, "_page_cache_expires", None)
    if moment is not None and (current is None or moment < current):
        request._page_cache_expires = moment
