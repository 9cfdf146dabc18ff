"""The API's description (the OpenAPI document at /api/v2/schema/ and a readable page at /api/docs/,
rendered here with no scripts or styles from other servers), and JSON for every address under /api/
that is not an endpoint."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

from .router import ENDPOINTS
from .schema import build_schema


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
    return render(request, "api_docs.html", {"schema": schema, "endpoints": endpoints})


def api_not_found(request, rest=""):
    """Any other address under /api/ answers in JSON too: 400 for an id that is not a number."""
    parts = [part for part in rest.split("/") if part]
    if len(parts) == 3 and parts[0] == "v2" and parts[1] in ENDPOINTS:
        return JsonResponse({"message": "id: give a whole number", "parameter": "id"}, status=400)
    return JsonResponse({"message": "not found"}, status=404)
