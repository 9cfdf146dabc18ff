"""The page cache's fast path: a hit is answered before Django's handler and middleware run.

Wraps the WSGI application (config/wsgi.py). A request that may be answered from the cache and finds
a valid entry gets it here: as it was stored, or, when the request carries a header the per-request
middleware read (PAGE_CACHE_PER_REQUEST_HEADERS: an Origin, an If-None-Match), through those
middleware (PAGE_CACHE_PER_REQUEST_MIDDLEWARE: CORS, 304). The entry usually comes from the
process's own copy (pagecache/local.py). Everything else, misses included, goes to Django, where
PageCacheMiddleware stores what it makes.
"""

import logging
from http import HTTPStatus

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest

from .generation import request_scope
from .responses import CACHED_PREFIXES, HIT, is_cacheable_request, lookup, per_request_chain, response_key

logger = logging.getLogger(__name__)


class PageCacheWSGIApplication:
    def __init__(self, application):
        self.application = application
        self.answer_hit = per_request_chain()

    def __call__(self, environ, start_response):
        with request_scope():
            return self.answer(environ, start_response)

    def answer(self, environ, start_response):
        if (
            settings.PAGE_CACHE_ENABLED
            and environ.get("REQUEST_METHOD") in ("GET", "HEAD")
            and environ.get("PATH_INFO", "").startswith(CACHED_PREFIXES)
        ):
            found = self.hit(environ)
            if found is not None:
                status, headers, content = found
                start_response(status, headers)
                return [b""] if environ["REQUEST_METHOD"] == "HEAD" else [content]
        return self.application(environ, start_response)

    def hit(self, environ):
        """(status line, headers, body) of the stored answer, or None for Django to answer."""
        request = WSGIRequest(environ)
        if not is_cacheable_request(request):
            return None
        try:
            entry = lookup(response_key(request))
        except Exception:  # noqa: BLE001 - a foreign host or a cache outage: Django answers it
            return None
        if entry is None:
            return None
        if not any(name in environ for name in settings.PAGE_CACHE_PER_REQUEST_HEADERS):
            # Nothing the per-request middleware reads: the stored answer as it is.
            return f"{entry['status']} {HTTPStatus(entry['status']).phrase}", [*entry["headers"], HIT], entry["content"]
        request._page_cache_entry = entry
        response = self.answer_hit(request)
        return f"{response.status_code} {response.reason_phrase}", list(response.items()), response.content
