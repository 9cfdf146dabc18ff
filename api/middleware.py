"""HTTP caching of API answers by consumer sites and caches in between."""

from django.conf import settings
from django.utils.cache import patch_cache_control


class APICacheHeadersMiddleware:
    """Lets consumer sites and HTTP caches keep API answers for a short while (API_CACHE_SECONDS).

    Runs inside ConditionalGetMiddleware, which adds the ETag and answers 304 to a matching
    If-None-Match.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/api/") and request.method in ("GET", "HEAD"):
            if response.status_code == 200 and not response.has_header("Cache-Control"):
                patch_cache_control(response, public=True, max_age=settings.API_CACHE_SECONDS)
            elif response.status_code >= 400:
                patch_cache_control(response, no_store=True)
        return response
