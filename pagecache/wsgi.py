"""The page cache's fast path: a hit is answered before Django's handler and middleware run.

Wraps the WSGI application (config/wsgi.py). A request that may be answered from the cache and finds
a valid entry gets it here, with the per-request headers added (PAGE_CACHE_PER_REQUEST_MIDDLEWARE);
everything else, misses included, goes to Django, where PageCacheMiddleware stores what it makes.
"""

import logging

from django.conf import settings
from django.core.handlers.wsgi import WSGIRequest

from .responses import CACHED_PREFIXES, is_cacheable_request, lookup, per_request_chain, response_key

logger = logging.getLogger(__name__)


class PageCacheWSGIApplication:
    def __init__(self, application):
        self.application = application
        self.answer_hit = per_request_chain()

    def __call__(self, environ, start_response):
        if (
            settings.PAGE_CACHE_ENABLED
            and environ.get("REQUEST_METHOD") in ("GET", "HEAD")
            and environ.get("PATH_INFO", "").startswith(CACHED_PREFIXES)
        ):
            response = self.hit(environ)
            if response is not None:
                start_response(f"{response.status_code} {response.reason_phrase}", list(response.items()))
                return [b""] if environ["REQUEST_METHOD"] == "HEAD" else [response.content]
        return self.application(environ, start_response)

    def hit(self, environ):
        request = WSGIRequest(environ)
        if not is_cacheable_request(request):
            return None
        try:
            entry = lookup(response_key(request))
        except Exception:  # noqa: BLE001 - a foreign host or a cache outage: Django answers it
            return None
        if entry is None:
            return None
        request._page_cache_entry = entry
        return self.answer_hit(request)
