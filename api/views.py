"""The API's description (the OpenAPI document at /api/v2/schema/ and a readable page at /api/docs/,
rendered here with no scripts or styles from other servers), and JSON for every address under /api/
that is not an endpoint."""

from functools import cache

from django.conf import settings
from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from . import widget
from .router import ENDPOINTS
from .schema import build_schema

# What a receiver of the webhooks gets in each request's headers (integrations.webhooks sends them).
WEBHOOK_HEADERS = [
    (
        "Selvhjelp-Signature",
        "sha256= and the hex HMAC-SHA256 of the timestamp, a full stop and the body, keyed with your secret",
    ),
    ("Selvhjelp-Timestamp", "When it was signed, in seconds since 1970 (UTC); refuse one older than five minutes"),
    ("Selvhjelp-Event", "created, changed, unpublished, deleted or privacy_withdrawn"),
    ("Selvhjelp-Delivery", "The delivery's number in our log (a delivery sent again gets a new one)"),
]
THEME = [
    ("--selvhjelp-accent", "#0062ba", "Links"),
    ("--selvhjelp-focus", "#0062ba", "The focus outline"),
    ("--selvhjelp-text", "inherit", "Text"),
    ("--selvhjelp-muted", "inherit", "Details under each line"),
    ("--selvhjelp-background", "transparent", "Background"),
    ("--selvhjelp-border", "currentColor", "Border"),
    ("--selvhjelp-border-width", "1px", "Border width"),
    ("--selvhjelp-radius", ".5rem", "Corner radius"),
    ("--selvhjelp-padding", "1rem 1.25rem", "Space inside the border"),
]


@cache
def example(name):
    """A consumer example from docs/examples/, as the tests run it."""
    return (settings.BASE_DIR / "docs" / "examples" / name).read_text(encoding="utf-8")


@require_GET
def schema_view(request):
    return JsonResponse(
        build_schema(request.build_absolute_uri("/").rstrip("/")), json_dumps_params={"ensure_ascii": False}
    )


@require_GET
def docs_view(request):
    schema = build_schema(request.build_absolute_uri("/").rstrip("/"))
    endpoints = [
        {"path": path, "method": method.upper(), **operation}
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
    ]
    base_url = request.build_absolute_uri("/").rstrip("/")
    form = widget.WidgetForm(request.GET or None)
    attributes = form.settings()
    size, gzipped = widget.script_size()
    context = {
        "schema": schema,
        "endpoints": endpoints,
        "widget_form": form,
        "widget_errors": form.error_list(),
        "widget_attributes": attributes,
        "widget_snippet": widget.snippet(base_url, attributes),
        "widget_directory_url": widget.directory_url(base_url, attributes),
        "widget_script_url": widget.script_url(""),
        "widget_size": size,
        "widget_gzipped": gzipped,
        "webhook_headers": WEBHOOK_HEADERS,
        "theme": THEME,
        "verify_example": example("verify_webhook.py"),
        "mirror_example": example("mirror.py"),
    }
    return render(request, "api_docs.html", context)


def api_not_found(request, rest=""):
    """Any other address under /api/ answers in JSON too: 400 for an id that is not a number."""
    parts = [part for part in rest.split("/") if part]
    if len(parts) == 3 and parts[0] == "v2" and parts[1] in ENDPOINTS:
        return JsonResponse({"message": "id: give a whole number", "parameter": "id"}, status=400)
    return JsonResponse({"message": "not found"}, status=404)
