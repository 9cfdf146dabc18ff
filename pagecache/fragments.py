"""Fragments: a part many responses share (a menu, a card, an API item, a route), built once and
reused until a tag it carries is invalidated.

The tags of a fragment are those of what was loaded while it was built (pagecache/tags.py), plus the
list tags of the models it names in ``depends_on``. Whoever uses a fragment, fresh or from the
cache, carries its tags too, so a cached page that shows it is invalidated with it.
"""

import logging
import time

from django.conf import settings
from django.core.cache import cache

from .tags import EVERYTHING, add_tags, collecting, tokens_to_keep, unchanged
from .tags import depends_on as record_lists

logger = logging.getLogger(__name__)

FRAGMENT_PREFIX = "pc:f:"


def fragment(key, build, *, depends_on=(), keep=None):
    """The value ``build()`` returns, from the cache while its tags are unchanged. ``keep(value)`` may
    say that a value is not worth keeping (a 404 for an address a visitor made up)."""
    if not settings.PAGE_CACHE_FRAGMENTS:
        record_lists(*depends_on)
        return build()
    full_key = FRAGMENT_PREFIX + key
    try:
        entry = cache.get(full_key)
        if entry is not None and unchanged(entry["tags"]):
            add_tags(*entry["tags"])
            return entry["value"]
    except Exception:  # noqa: BLE001 - a cache outage costs speed, not the page
        logger.warning("Fragment cache unavailable; building without it", exc_info=False)
        record_lists(*depends_on)
        return build()
    started = time.time()
    with collecting(EVERYTHING) as tags:
        record_lists(*depends_on)
        value = build()
    try:
        tokens = tokens_to_keep(tags, started) if keep is None or keep(value) else None
        if tokens is not None:
            cache.set(full_key, {"value": value, "tags": tokens}, timeout=settings.PAGE_CACHE_SECONDS)
    except Exception:  # noqa: BLE001
        logger.warning("Fragment cache unavailable; fragment not stored", exc_info=False)
    return value
