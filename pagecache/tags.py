"""Tags: what a cached response or fragment was built from, and the tokens that make it stale.

Every model instance loaded while a response is made adds its tag (``o12`` for organisation 12),
collected through ``post_init``; a view that lists "every published X" adds X's list tag (``Lo``), so
that a new X reaches the lists that will now show it. Publishing, unpublishing, moving or deleting
something gives its tags a new token (pagecache/invalidation.py): whatever recorded the old token is a
miss from then on.

Apps say which of their models responses are built from with ``pagecache.track()`` in their
``ready()``;
this room never imports them.
"""

import contextvars
import functools
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass

from django.apps import apps
from django.core.cache import cache

from .generation import GENERATION_KEY, generation_changed, new_generation

TAG_PREFIX = "pc:t:"
# If a tag was invalidated this close to the start of a build, the build may have read old content.
CLOCK_MARGIN = 1.0
EVERYTHING = "all"  # on every entry: bumped after bulk loads that bypass the signals
LIST_MENU = "Lmenu"  # the pages in the main menu (depth 3 and above)


@dataclass(frozen=True)
class Tracked:
    prefix: str
    # Tags of other things an instance's change shows up in (a contact person on its organisation's page).
    related: Callable | None = None
    # Run after the commit when an instance changes (e.g. to forget a fragment kept outside this cache).
    on_change: Callable | None = None

    @property
    def list_tag(self):
        return f"L{self.prefix}"


_tracked = {}  # model class -> Tracked
_collected = contextvars.ContextVar("page_cache_tags", default=None)


def register(model, prefix, *, related=None, on_change=None):
    """Responses show instances of ``model`` (and of its subclasses): tag them with ``prefix``."""
    if any(other.prefix == prefix and klass is not model for klass, other in _tracked.items()):
        raise ValueError(f"The page cache prefix {prefix!r} is taken")
    _tracked[model] = Tracked(prefix, related, on_change)
    tracked_for.cache_clear()


@functools.cache  # called for every model instance a cached request loads
def tracked_for(model):
    for klass in model.__mro__:
        if klass in _tracked:
            return _tracked[klass]
    return None


def _model(model_or_label):
    return apps.get_model(model_or_label) if isinstance(model_or_label, str) else model_or_label


def tag_for(model, pk):
    tracked = tracked_for(_model(model))
    return f"{tracked.prefix}{pk}" if tracked and pk is not None else None


def instance_tag(instance):
    """The tag of a model instance, or None for models whose changes are not tracked."""
    return tag_for(type(instance), instance.pk)


def list_tag(model):
    """The tag of "every published X" (a model or an "app.Model" label)."""
    tracked = tracked_for(_model(model))
    return tracked.list_tag if tracked else None


def translation_tag(translation_key):
    return f"k{translation_key.hex if hasattr(translation_key, 'hex') else translation_key}"


def related_tags(instance):
    tracked = tracked_for(type(instance))
    if tracked is None:
        return set()
    tags = {instance_tag(instance), tracked.list_tag}
    if tracked.related:
        tags.update(tracked.related(instance))
    return tags


# --- Collecting the tags of the response being made -----------------------------------------------
def add_tags(*tags):
    """Records that the response being built depends on these tags (no-op outside a cached request)."""
    collected = _collected.get()
    if collected is not None:
        collected.update(tag for tag in tags if tag)


def depends_on(*models):
    """Records that the response lists every published instance of these models (or labels)."""
    add_tags(*(list_tag(model) for model in models))


def record_instance(sender, instance, **kwargs):
    """post_init receiver: every tracked instance loaded while a response is made tags it."""
    collected = _collected.get()
    if collected is not None:
        tag = instance_tag(instance)
        if tag:
            collected.add(tag)


class collecting:  # noqa: N801 - used as a context manager, like a function
    """Collects the tags added inside the block (nested blocks also add theirs to the outer one)."""

    def __init__(self, *initial):
        self.tags = set(initial)

    def __enter__(self):
        self._outer = _collected.get()
        self._token = _collected.set(self.tags)
        return self.tags

    def __exit__(self, *exc):
        _collected.reset(self._token)
        if self._outer is not None:
            self._outer.update(self.tags)
        return False


# --- Tokens -----------------------------------------------------------------------------------------
def new_token(initial=False):
    # The time in a token tells a render whether the tag changed while it ran; a first token has none.
    return f"{0 if initial else time.time():.6f}-{secrets.token_hex(4)}"


def token_time(token):
    try:
        return float(str(token).split("-", 1)[0])
    except ValueError:
        return 0.0


def bump_tags(tags):
    """Gives each tag a new token: every stored response that recorded one of them becomes a miss.
    The generation changes with them, so that no process trusts its local copies unchecked."""
    if tags:
        token = new_token()
        # The generation last: where set_many is not atomic, a reader that sees it sees the tags too.
        cache.set_many({**{TAG_PREFIX + tag: token for tag in tags}, GENERATION_KEY: new_generation()}, timeout=None)
        generation_changed()


def current_tokens(tags):
    keys = [TAG_PREFIX + tag for tag in tags]
    found = cache.get_many(keys)
    missing = [key for key in keys if key not in found]
    if missing:
        token = new_token(initial=True)
        for key in missing:
            cache.add(key, token, timeout=None)
        found.update(cache.get_many(missing))
    return {key[len(TAG_PREFIX) :]: found.get(key) for key in keys}


def unchanged(tokens):
    """Whether every tag still has the token that was recorded ({tag: token}, from current_tokens)."""
    return not tokens or current_tokens(tokens) == tokens


def tokens_to_keep(tags, started):
    """The current tokens of ``tags`` for what was built from ``started`` on, or None when one of them
    changed while it was being built (keeping it could keep old content)."""
    tokens = current_tokens(tags) if tags else {}
    if any(token_time(token) > started - CLOCK_MARGIN for token in tokens.values()):
        return None
    return tokens
