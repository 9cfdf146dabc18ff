"""Middleware every request passes: written form by URL prefix, content security policy, framing of
admin previews, and query strings cleaned of NUL bytes."""

from csp.middleware import CSPMiddleware
from django.conf import settings
from django.http import QueryDict
from django.middleware.locale import LocaleMiddleware

# Paths that live outside /nb/ and /nn/: their 404s stay 404s (JSON for the API).
UNPREFIXED = (
    "/api/",
    "/admin/",
    "/documents/",
    "/static/",
    "/media/",
    "/sitemap.xml",
    "/robots.txt",
    "/sprak/",
    "/healthz",
)


class SiteLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, except that it never redirects a 404 outside the language prefixes.

    Django would send /api/v2/pages/999/ to /nb/api/v2/pages/999/ because Wagtail's catch-all route
    matches any path there.
    """

    def process_response(self, request, response):
        if request.path.startswith(UNPREFIXED):
            response.headers.setdefault("Content-Language", request.LANGUAGE_CODE)
            return response
        return super().process_response(request, response)


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy for the public site; the admin gets ADMIN_CONTENT_SECURITY_POLICY."""

    def process_response(self, request, response):
        if request.path.startswith("/admin/"):
            # A preview is rendered through the whole middleware stack with the page's own address
            # (Wagtail's dummy request), which gave it the public policy; the admin's policy decides.
            response.headers.pop("Content-Security-Policy", None)
        return super().process_response(request, response)

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path.startswith("/admin/") and parts.config is None:
            parts.config = settings.ADMIN_CONTENT_SECURITY_POLICY
        return parts


class NoNulInQueryMiddleware:
    """A NUL byte in a query parameter (``?q=%00``) is dropped before any view sees it: no database
    accepts it in a query, and PostgreSQL answers it with an error."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if "%00" in request.META.get("QUERY_STRING", ""):
            cleaned = QueryDict(mutable=True)
            for key, values in request.GET.lists():
                cleaned.setlist(key.replace("\x00", ""), [value.replace("\x00", "") for value in values])
            cleaned._mutable = False
            request.GET = cleaned
        return self.get_response(request)


class AdminPreviewFramingMiddleware:
    """The admin shows previews in a frame of its own: they may be framed by the same origin (the rest
    of the site keeps X-Frame-Options: DENY). Listed after XFrameOptionsMiddleware, so it runs first
    on the way out."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/") and "/preview/" in request.path:
            response["X-Frame-Options"] = "SAMEORIGIN"
        return response
