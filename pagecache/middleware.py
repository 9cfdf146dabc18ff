"""The page cache inside Django: the outermost middleware answers an anonymous GET of a public page
or the API from the cache, and stores what it could not answer together with the tags it was built
from (pagecache/tags.py). In production, pagecache/wsgi.py answers hits before Django runs at all;
this middleware answers them for every other caller (the test client, runserver) and fills the cache.

Requests with a login session or an Authorization header neither read nor fill the cache, and only
the public prefixes are cached (never the admin, previews, documents or search).
"""

import logging
import time

from django.conf import settings
from django.core.exceptions import DisallowedHost
from django.utils.cache import patch_cache_control

from .generation import request_scope
from .responses import (
    CACHED_PREFIXES,
    add_public_headers,
    is_cacheable_request,
    is_cacheable_response,
    lookup,
    per_request_chain,
    response_key,
    store,
)
from .tags import EVERYTHING, collecting

logger = logging.getLogger(__name__)


class PageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.answer_hit = per_request_chain()

    def __call__(self, request):
        with request_scope():
            return self.answer(request)

    def answer(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if request.path.startswith(CACHED_PREFIXES) and settings.SESSION_COOKIE_NAME in request.COOKIES:
                # A logged-in editor's view of a public page is theirs alone.
                patch_cache_control(response, private=True, no_cache=True)
            return response
        key = entry = None
        if settings.PAGE_CACHE_ENABLED:
            try:
                key = response_key(request)
            except DisallowedHost:
                return self.get_response(request)  # answered 400 further in
            try:
                entry = lookup(key)
            except Exception:  # noqa: BLE001 - a cache outage must not take the site down
                logger.warning("Page cache unavailable; serving without it", exc_info=False)
                key = None
        if entry is not None:
            request._page_cache_entry = entry
            return self.answer_hit(request)

        started = time.time()
        with collecting(EVERYTHING) as tags:
            response = self.get_response(request)
        if not is_cacheable_response(request, response):
            response.headers.setdefault("X-Page-Cache", "bypass")
            return response
        add_public_headers(request, response, tags)
        if key is not None:
            try:
                store(key, response, tags, started, request)
            except Exception:  # noqa: BLE001
                logger.warning("Page cache unavailable; response not stored", exc_info=False)
        response["X-Page-Cache"] = "miss" if key is not None else "off"
        return response
