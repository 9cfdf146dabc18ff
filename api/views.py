"""The API's description: the OpenAPI document at /api/v2/schema/ and a readable page at /api/docs/
(rendered here, no scripts or styles from other servers)."""

from django.http import JsonResponse
from django.shortcuts import render
from django.views.decorators.http import require_GET

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
