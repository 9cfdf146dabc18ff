"""Views every page shares that are not pages: the choice of written form at / and in the switcher,
error pages in the visitor's form (the URL prefix decides it, else bokmål), and the health check."""

import logging
import sys

from django.conf import settings
from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import HttpResponseRedirect, JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token
from django.views.decorators.http import require_safe

from .languages import LANGUAGE_CODES, form_from_accept_header, form_of_path


@require_safe
def root_redirect(request):
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language not in LANGUAGE_CODES:
        language = form_from_accept_header(request.headers.get("Accept-Language"))
    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


@require_safe
def choose_language(request, language):
    """The switcher's links come here: remember the chosen form, then go to the page in that form."""
    next_url = request.GET.get("neste", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not next_url.startswith(f"/{language}/"):
        next_url = f"/{language}/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        httponly=True,
    )
    return response


def _language_from_path(request):
    return form_of_path(request.path)


@requires_csrf_token
def page_not_found(request, exception=None):
    with translation.override(_language_from_path(request)):
        return render(request, "404.html", {"is_error_page": True}, status=404)


RETRY_AFTER_SECONDS = 15
logger = logging.getLogger(__name__)
PAGE_STYLESHEET = "css/site.css"  # linked by site/templates/base.html


@requires_csrf_token
def server_error(request):
    # No database access here: the error may be that the database is down.
    error = sys.exc_info()[1]
    if isinstance(error, OperationalError | InterfaceError):
        return service_unavailable(request)
    if request.path.startswith("/api/"):
        return JsonResponse({"message": "Internal server error"}, status=500)
    with translation.override(_language_from_path(request)):
        return render(request, "500.html", status=500)


def service_unavailable(request):
    """The database cannot be reached: a friendly 503 that tells clients when to try again."""
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {"message": "The service is briefly unavailable. Try again shortly."},
            status=503,
        )
    else:
        with translation.override(_language_from_path(request)):
            response = render(request, "503.html", status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


@never_cache
def healthz(request):
    """200 when the database, the cache and the static files answer, 503 (naming what is down) when not.

    Every page links the stylesheet through the static-files manifest in production: without the
    manifest (collectstatic not run) no page can render, so the site is not healthy either.
    """
    checks = {"database": "ok", "cache": "ok", "static": "ok"}
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # noqa: BLE001 - any failure means unhealthy
        checks["database"] = "unavailable"
    try:
        cache.set("healthz", "ok", timeout=10)
        if cache.get("healthz") != "ok":
            raise RuntimeError("cache did not keep a value")
    except Exception:  # noqa: BLE001
        checks["cache"] = "unavailable"
    try:
        staticfiles_storage.url(PAGE_STYLESHEET)
    except Exception:  # noqa: BLE001 - ValueError for a missing manifest or entry
        checks["static"] = "unavailable"
    healthy = all(value == "ok" for value in checks.values())
    if not healthy:
        logger.warning("Health check failed: %s", checks)
    return JsonResponse({"status": "ok" if healthy else "unavailable", **checks}, status=200 if healthy else 503)


@require_safe
def accessibility_statement(request):
    """The accessibility statement (tilgjengelighetserklæring), from what the tests check."""
    from core.accessibility import statement

    return render(request, "accessibility.html", statement())
