"""The page cache's hit path: whole responses for anonymous visitors and API consumers.

A response records what it was built from as tags (pagecache/tags.py); it is stored with the tokens
those tags had, and answered from the cache while they are unchanged. The same tags go to an HTTP
cache in front (Varnish) in ``X-Cache-Tags``, which bans by them.

Requests with a login session or an Authorization header neither read nor fill the cache, and only
the public prefixes are cached (never the admin, previews, documents or search).
"""

import hashlib
import logging
import time

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import DisallowedHost
from django.utils import translation
from django.utils.cache import patch_cache_control

from .tags import EVERYTHING, collecting, current_tokens, token_time

logger = logging.getLogger(__name__)

CACHED_PREFIXES = ("/nb/", "/nn/", "/api/v2/", "/sitemap.xml")
NOT_CACHED_PREFIXES = ("/nb/sok/", "/nn/sok/")  # one entry per search would only fill the cache
MAX_QUERY_STRING = 512
RESPONSE_PREFIX = "pc:r:"
# Headers that belong to one request or are added again on the way out.
NOT_STORED_HEADERS = {"set-cookie", "etag", "access-control-allow-origin", "x-page-cache"}
# If a tag was invalidated this close to the start of a render, the render may have read old content.
CLOCK_MARGIN = 1.0


def _response_key(request):
    path = request.get_full_path()
    language = ""
    if not path.startswith(("/nb/", "/nn/")):
        # Outside the prefixes, the language comes from the cookie or Accept-Language.
        language = translation.get_language_from_request(request)
    digest = hashlib.sha256(f"{request.get_host()}|{language}|{path}".encode()).hexdigest()
    return RESPONSE_PREFIX + digest


def is_cacheable_request(request):
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith(CACHED_PREFIXES)
        and not request.path.startswith(NOT_CACHED_PREFIXES)
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def _is_cacheable_response(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming:
        return False
    if response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


class PageCacheMiddleware:
    """Answers anonymous GETs of public pages and the API from the cache (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            response = self.get_response(request)
            if request.path.startswith(CACHED_PREFIXES) and settings.SESSION_COOKIE_NAME in request.COOKIES:
                # A logged-in editor's view of a public page is theirs alone.
                patch_cache_control(response, private=True, no_cache=True)
            return response

        key = None
        if settings.PAGE_CACHE_ENABLED:
            try:
                key = _response_key(request)
            except DisallowedHost:
                return self.get_response(request)  # answered 400 further in
            try:
                entry = cache.get(key)
                if entry is not None and self._still_valid(entry):
                    return self._from_entry(entry)
            except Exception:  # noqa: BLE001 - a cache outage must not take the site down
                logger.warning("Page cache unavailable; serving without it", exc_info=False)
                key = None

        started = time.time()
        with collecting(EVERYTHING) as tags:
            response = self.get_response(request)

        if not _is_cacheable_response(request, response):
            response.headers.setdefault("X-Page-Cache", "bypass")
            return response

        self._add_public_headers(request, response, tags)
        response["X-Page-Cache"] = "miss" if key is not None else "off"
        if key is not None:
            try:
                self._store(key, response, tags, started)
            except Exception:  # noqa: BLE001
                logger.warning("Page cache unavailable; response not stored", exc_info=False)
        return response

    @staticmethod
    def _still_valid(entry):
        tags = entry["tags"]
        return not tags or current_tokens(tags) == tags

    @staticmethod
    def _from_entry(entry):
        from django.http import HttpResponse

        response = HttpResponse(entry["content"], status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response

    @staticmethod
    def _add_public_headers(request, response, tags):
        # API answers get their lifetime from APICacheHeadersMiddleware.
        if not request.path.startswith("/api/") and not response.has_header("Cache-Control"):
            # Browsers ask again every time (a cheap 304 with the ETag); the edge keeps it until purged.
            patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
        if settings.WAGTAILFRONTENDCACHE:
            response["Surrogate-Control"] = f"max-age={settings.EDGE_CACHE_SECONDS}"
            response["X-Cache-Tags"] = "," + ",".join(sorted(tags)) + ","

    @staticmethod
    def _store(key, response, tags, started):
        tokens = current_tokens(tags) if tags else {}
        if any(token_time(value) > started - CLOCK_MARGIN for value in tokens.values()):
            return  # something this response shows changed while it was being made
        entry = {
            "status": response.status_code,
            "headers": [(name, value) for name, value in response.items() if name.lower() not in NOT_STORED_HEADERS],
            "content": response.content,
            "tags": tokens,
        }
        cache.set(key, entry, timeout=settings.PAGE_CACHE_SECONDS)
