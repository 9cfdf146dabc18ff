"""Error pages in the visitor's written form (the URL prefix decides it, else bokmål), and the
health check for load balancers."""

import logging
import sys

from django.contrib.staticfiles.storage import staticfiles_storage
from django.core.cache import cache
from django.db import InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import requires_csrf_token


def _language_from_path(request):
    prefix = request.path.lstrip("/").split("/", 1)[0]
    return prefix if prefix in ("nb", "nn") else "nb"


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
