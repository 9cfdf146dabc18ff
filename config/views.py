"""Error pages in the visitor's written form (the URL prefix decides it, else bokmål)."""

from django.shortcuts import render
from django.utils import translation
from django.views.decorators.csrf import requires_csrf_token


def _language_from_path(request):
    prefix = request.path.lstrip("/").split("/", 1)[0]
    return prefix if prefix in ("nb", "nn") else "nb"


@requires_csrf_token
def page_not_found(request, exception=None):
    with translation.override(_language_from_path(request)):
        return render(request, "404.html", {"is_error_page": True}, status=404)


@requires_csrf_token
def server_error(request):
    # No database access here: the error may be that the database is down.
    with translation.override(_language_from_path(request)):
        return render(request, "500.html", status=500)
