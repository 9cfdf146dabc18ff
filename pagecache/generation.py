"""The generation: one value in the shared cache that changes with every invalidation, so that a
process may trust what it checked before while the generation is the same (pagecache/local.py).

``bump_tags`` (pagecache/tags.py) writes a new generation together with the tags it bumps. A request
reads it once (``request_scope``). With Redis, the process does not even ask: Redis tells it when the
key changes (client tracking in broadcast mode, its messages redirected to a connection of this
process that is read without waiting at the start of each read), and the value is kept until then.
Without tracking (no Redis, or after a connection error) the shared cache is asked each time.

A change made by another process reaches this one as soon as Redis's message has arrived, which is
before the other process's next request could have been answered; a change made by this process is
seen at once.
"""

import contextvars
import logging
import os
import secrets
import threading

import redis
from django.conf import settings
from django.core.cache import cache

logger = logging.getLogger(__name__)

GENERATION_KEY = "pc:generation"
INVALIDATIONS = "__redis__:invalidate"

# What the current request has read ({} inside a request; None outside: read every time).
_request_memo = contextvars.ContextVar("page_cache_request_memo", default=None)


class request_scope:  # noqa: N801 - used as a context manager, like a function
    """One request: the generation is read at most once inside it."""

    def __enter__(self):
        self._token = _request_memo.set({})

    def __exit__(self, *exc):
        _request_memo.reset(self._token)
        return False


def new_generation():
    # An integer: django-redis stores it as it is, so the watch below reads it without unpickling.
    return secrets.randbits(62)


def generation():
    """The current generation (read once per request); None when it cannot be read."""
    memo = _request_memo.get()
    if memo is not None and "generation" in memo:
        return memo["generation"]
    value = _read()
    if value is None:  # a new or emptied cache (whoever adds first wins), or an older release's value
        if not cache.add(GENERATION_KEY, new_generation(), timeout=None):
            cache.set(GENERATION_KEY, new_generation(), timeout=None)
        watch.forget()
        value = _read()
    if memo is not None:
        memo["generation"] = value
    return value


def generation_changed():
    """Called by whoever wrote a new generation: this process reads it again."""
    watch.forget()
    memo = _request_memo.get()
    if memo is not None:
        memo.pop("generation", None)


def _read():
    value = watch.read() if settings.PAGE_CACHE_REDIS_URL else cache.get(GENERATION_KEY)
    return value if isinstance(value, int) else None


class Watch:
    """The generation as Redis last told this process (see the module's description)."""

    def __init__(self):
        self._lock = threading.Lock()
        self._reset()

    def _reset(self):
        self._pid = os.getpid()
        self._client = self._listener = self._tracker = None
        self._value = None

    def stop(self):
        """Closes this process's connections (they are opened again by the next read)."""
        with self._lock:
            self._disconnect()

    def forget(self):
        with self._lock:
            self._value = None

    def read(self):
        with self._lock:
            if self._pid != os.getpid():  # a forked worker starts its own connections
                self._reset()
            key = cache.make_and_validate_key(GENERATION_KEY)
            try:
                if self._listener is None:
                    self._connect(key)
                while self._listener.can_read(timeout=0):
                    self._listener.read_response()  # a message: the key changed (or all keys were flushed)
                    self._value = None
                if self._value is None:
                    self._value = self._parse(self._client.get(key))
                return self._value
            except (redis.RedisError, OSError):
                logger.warning("Page cache generation not tracked; asking Redis each time", exc_info=False)
                self._disconnect()
        try:
            return self._parse(self._client.get(key)) if self._client is not None else None
        except (redis.RedisError, OSError):
            return None  # Redis is down: nothing local is trusted, and the cache itself answers nothing

    def _connect(self, key):
        # RESP2: the confirmation and the messages of a subscription are plain replies.
        options = {"protocol": 2, "socket_connect_timeout": 1, "socket_timeout": 1}
        self._client = redis.Redis.from_url(settings.PAGE_CACHE_REDIS_URL, **options)
        pool = self._client.connection_pool
        listener, tracker = pool.make_connection(), pool.make_connection()
        listener.connect()
        tracker.connect()
        listener.send_command("CLIENT", "ID")
        listener_id = listener.read_response()
        listener.send_command("SUBSCRIBE", INVALIDATIONS)
        listener.read_response()
        tracker.send_command("CLIENT", "TRACKING", "ON", "REDIRECT", listener_id, "BCAST", "PREFIX", key)
        tracker.read_response()
        self._listener, self._tracker, self._value = listener, tracker, None

    def _disconnect(self):
        for connection in (self._listener, self._tracker):
            if connection is not None:
                connection.disconnect()
        self._listener = self._tracker = None
        self._value = None

    @staticmethod
    def _parse(value):
        try:
            return int(value)
        except (TypeError, ValueError):
            return None


watch = Watch()
