from django.middleware.locale import LocaleMiddleware

# Paths that live outside /nb/ and /nn/: their 404s stay 404s (JSON for the API).
UNPREFIXED = ("/api/", "/admin/", "/documents/", "/static/", "/media/", "/sitemap.xml", "/robots.txt", "/sprak/")


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
