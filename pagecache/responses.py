"""Stored responses: which requests may be answered from the cache, under which key, and the response
an entry gives back.

An entry is a whole response as the outermost middleware saw it (security headers, content security
policy, Cache-Control, ETag and Vary included), stored with the tokens its tags had. It is answered
while those tokens are unchanged. What depends on the request itself (CORS for its Origin, a 304 for
its If-None-Match) is added again on each hit by the middleware named in
``PAGE_CACHE_PER_REQUEST_MIDDLEWARE``.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.module_loading import import_string

from .local import checked_entry
from .tags import tokens_to_keep, unchanged

logger = logging.getLogger(__name__)

CACHED_PREFIXES = ("/nb/", "/nn/", "/api/v2/", "/sitemap.xml")
NOT_CACHED_PREFIXES = ("/nb/sok/", "/nn/sok/")  # one entry per search would only fill the cache
LANGUAGE_PREFIXES = ("/nb/", "/nn/")
MAX_QUERY_STRING = 512
RESPONSE_PREFIX = "pc:r:"
# Headers that belong to one request, or that the per-request middleware adds again.
NOT_STORED_HEADERS = {"set-cookie", "access-control-allow-origin", "x-page-cache"}
HIT = ("X-Page-Cache", "hit")


def is_cacheable_request(request):
    """An anonymous GET or HEAD of a public address, on the scheme the site serves."""
    return (
        request.method in ("GET", "HEAD")
        and request.path.startswith(CACHED_PREFIXES)
        and not request.path.startswith(NOT_CACHED_PREFIXES)
        and len(request.META.get("QUERY_STRING", "")) <= MAX_QUERY_STRING
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
        # SecurityMiddleware sends a plain-HTTP request to HTTPS: that answer is not in the cache.
        and (request.is_secure() or not settings.SECURE_SSL_REDIRECT)
    )


def is_cacheable_response(request, response):
    if request.method != "GET" or response.status_code != 200 or response.streaming or response.cookies:
        return False
    cache_control = response.get("Cache-Control", "").lower()
    return not any(word in cache_control for word in ("private", "no-store", "no-cache"))


def response_key(request):
    """The entry's key: scheme, host, written form and full path (DisallowedHost for a foreign host)."""
    path = request.get_full_path()
    language = ""
    if not path.startswith(LANGUAGE_PREFIXES):
        # Outside the prefixes, the language comes from the cookie or Accept-Language.
        language = translation.get_language_from_request(request)
    key = f"{request.scheme}|{request.get_host()}|{language}|{path}"
    return RESPONSE_PREFIX + hashlib.sha256(key.encode()).hexdigest()


def lookup(key):
    """The stored entry for ``key`` while every tag it recorded is unchanged, else None."""
    return checked_entry(key, is_current)


def is_current(entry):
    return unchanged(entry["tags"])


def response_from(entry):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response[HIT[0]] = HIT[1]
    return response


def lifetime(request, longest):
    """Seconds to keep ``request``'s answer: ``longest``, or less when it shows something that changes
    by itself sooner (``pagecache.expire_at``)."""
    expires = getattr(request, "_page_cache_expires", None)
    if expires is None:
        return longest
    return max(1, min(longest, int((expires - timezone.now()).total_seconds())))


def add_public_headers(request, response, tags):
    # API answers get their lifetime from APICacheHeadersMiddleware.
    if not request.path.startswith("/api/") and not response.has_header("Cache-Control"):
        # Browsers ask again every time (a cheap 304 with the ETag); the edge keeps it until purged.
        patch_cache_control(response, public=True, max_age=0, must_revalidate=True)
    if settings.WAGTAILFRONTENDCACHE:
        response["Surrogate-Control"] = f"max-age={lifetime(request, settings.EDGE_CACHE_SECONDS)}"
        response["X-Cache-Tags"] = "," + ",".join(sorted(tags)) + ","


def store(key, response, tags, started, request=None):
    tokens = tokens_to_keep(tags, started)
    if tokens is None:
        return  # something this response shows changed while it was being made
    entry = {
        "status": response.status_code,
        "headers": [(name, value) for name, value in response.items() if name.lower() not in NOT_STORED_HEADERS],
        "content": response.content,
        "tags": tokens,
    }
    cache.set(key, entry, timeout=lifetime(request, settings.PAGE_CACHE_SECONDS))


def per_request_chain():
    """A handler that gives a hit the headers that depend on the request: the middleware listed in
    PAGE_CACHE_PER_REQUEST_MIDDLEWARE wrapped around "answer this entry"."""

    def answer(request):
        return response_from(request._page_cache_entry)

    handler = answer
    for path in reversed(settings.PAGE_CACHE_PER_REQUEST_MIDDLEWARE):
        handler = import_string(path)(handler)
    return handler
