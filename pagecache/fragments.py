"""Fragments: a part many responses share (a menu, a card, an API item, a route), built once and
reused until a tag it carries is invalidated.

The tags of a fragment are those of what was loaded while it was built (pagecache/tags.py), plus the
list tags of the models it names in ``depends_on``. Whoever uses a fragment, fresh or from the
cache, carries its tags too, so a cached page that shows it is invalidated with it.
"""

import hashlib
import logging
import pickle
import time

from django.conf import settings
from django.core.cache import cache
from django.utils import translation

from .local import checked_entry
from .responses import is_current
from .tags import EVERYTHING, add_tags, collecting, tokens_to_keep
from .tags import depends_on as record_lists

logger = logging.getLogger(__name__)

FRAGMENT_PREFIX = "pc:f:"


def fragment_key(name, *values, request=None):
    """A fragment's key: its name, what it varies on, the written form and the request's host (links
    in it may be absolute)."""
    parts = [
        name,
        translation.get_language() or "",
        request.get_host() if request is not None else "",
        *map(str, values),
    ]
    return f"{name}:" + hashlib.sha256("|".join(parts).encode()).hexdigest()


def fragment(key, build, *, depends_on=(), tags=(), keep=None):
    """The value ``build()`` returns, from the cache while its tags are unchanged. ``tags`` are those of
    what the fragment shows but ``build`` does not load (the page being rendered). ``keep(value)`` may
    say that a value is not worth keeping (a 404 for an address a visitor made up)."""
    add_tags(*tags)
    found = fragments(
        {None: key},
        lambda _missing: {None: build()},
        depends_on=depends_on,
        tags=tags,
        keep=keep and (lambda built: keep(built[None])),
    )
    return found[None]


def fragments(keys, build_missing, *, depends_on=(), tags=(), keep=None):
    """Many fragments at once (the items of a list): ``keys`` maps names (ids) to cache keys; what is
    not in the cache is built together by ``build_missing(names)``, which returns {name: value}. Each
    built fragment is kept with the tags of the whole batch (more than its own, never fewer), unless
    ``keep(built)`` says the batch is not worth keeping. Returns {name: value} for every name
    ``build_missing`` gave a value."""
    if not settings.PAGE_CACHE_FRAGMENTS:
        record_lists(*depends_on)
        return build_missing(list(keys))
    found = {}
    try:
        for name, key in keys.items():
            entry = checked_entry(FRAGMENT_PREFIX + key, is_current)
            if entry is not None:
                add_tags(*entry["tags"])
                found[name] = pickle.loads(entry["value"])  # noqa: S301 - written by this module only
    except Exception:  # noqa: BLE001 - a cache outage costs speed, not the answer
        logger.warning("Fragment cache unavailable; building without it", exc_info=False)
        record_lists(*depends_on)
        return build_missing(list(keys))
    missing = [name for name in keys if name not in found]
    if not missing:
        record_lists(*depends_on)
        return found
    started = time.time()
    with collecting(EVERYTHING, *tags) as collected:
        record_lists(*depends_on)
        built = build_missing(missing)
    try:
        tokens = tokens_to_keep(collected, started) if keep is None or keep(built) else None
        if tokens is not None:
            cache.set_many(
                {
                    FRAGMENT_PREFIX + keys[name]: {
                        "value": pickle.dumps(value, pickle.HIGHEST_PROTOCOL),
                        "tags": tokens,
                    }
                    for name, value in built.items()
                },
                timeout=settings.PAGE_CACHE_SECONDS,
            )
    except Exception:  # noqa: BLE001
        logger.warning("Fragment cache unavailable; fragments not stored", exc_info=False)
    found.update(built)
    return found
