"""The process's own copies of stored responses and fragments, trusted without asking the shared cache
again while nothing at all has been invalidated since they were checked.

Every invalidation gives the generation (pagecache/generation.py) a new value together with the tags it
bumps. A copy checked under the current generation is answered from memory, so a request that uses
only such copies does not ask Redis at all. After an invalidation each copy is checked against its tags
once more (and dropped, or kept under the new generation). The generation is read before the tags are,
so a copy is never trusted under a generation older than the check that kept it.

Copies are read-only: a response entry is copied into a new response, a fragment is stored pickled
and unpickled for each use. ``PAGE_CACHE_LOCAL_ENTRIES`` bounds how many a process keeps (least
recently used go first); 0 turns them off.
"""

import pickle
import threading
from collections import OrderedDict

from django.conf import settings
from django.core.cache import cache

from .generation import GENERATION_KEY, generation, generation_changed, new_generation

REMEMBERED_PREFIX = "remembered:"


class LocalCopies:
    def __init__(self):
        self._copies = OrderedDict()  # key -> (entry, generation it was checked under)
        self._lock = threading.Lock()

    def get(self, key):
        with self._lock:
            found = self._copies.get(key)
            if found is not None:
                self._copies.move_to_end(key)
            return found

    def put(self, key, entry, checked_under):
        size = settings.PAGE_CACHE_LOCAL_ENTRIES
        if size <= 0 or checked_under is None:
            return
        with self._lock:
            self._copies[key] = (entry, checked_under)
            self._copies.move_to_end(key)
            while len(self._copies) > size:
                self._copies.popitem(last=False)

    def drop(self, key):
        with self._lock:
            self._copies.pop(key, None)

    def clear(self):
        with self._lock:
            self._copies.clear()


copies = LocalCopies()


def checked_entry(key, is_current):
    """The entry under ``key`` (local copy first, then the shared cache) while ``is_current(entry)``
    says its tags are unchanged, else None."""
    current = generation()
    local = copies.get(key)
    if local is not None:
        entry, checked_under = local
        if current is not None and checked_under == current:
            return entry
        if is_current(entry):
            copies.put(key, entry, current)
            return entry
        copies.drop(key)
    entry = cache.get(key)
    if entry is None or not is_current(entry):
        return None
    copies.put(key, entry, current)
    return entry


def remembered(key, build, timeout=None):
    """A value kept in the shared cache under ``key`` (built by ``build()`` when it is not there), and
    by each process while the generation is unchanged; ``forget(key)`` drops it everywhere. For
    small, often read lists that are not tagged (the sites, the topic and place menus). Each use gets
    its own copy."""
    current = generation()
    local = copies.get(REMEMBERED_PREFIX + key)
    if local is not None and current is not None and local[1] == current:
        return pickle.loads(local[0])  # noqa: S301 - written by this function only
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout)
    copies.put(REMEMBERED_PREFIX + key, pickle.dumps(value, pickle.HIGHEST_PROTOCOL), current)
    return value


def forget(*keys):
    """Drops remembered values in the shared cache and, through a new generation, in every process."""
    cache.delete_many(keys)
    cache.set(GENERATION_KEY, new_generation(), timeout=None)
    generation_changed()
