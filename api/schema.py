"""The content API's contract: the OpenAPI 3.1 description generated from the typed shapes of its
answers and parameters (``shapes.py``), served at /api/v2/schema/ and shown at /api/docs/. Tests
validate real answers of every endpoint against it, so the description cannot drift from what the
API answers.
"""

from dataclasses import dataclass

from pydantic import BaseModel, create_model
from pydantic.json_schema import models_json_schema

from .shapes import (
    REF_TEMPLATE,
    ChangeFeed,
    ChangeParameters,
    Contact,
    Document,
    DraftPage,
    Error,
    Event,
    FindPage,
    Group,
    GroupFilters,
    Image,
    InForm,
    Listing,
    ListMeta,
    OfOrganisation,
    Organisation,
    Page,
    PageFilters,
    PreviewParameters,
    Where,
)


# --- Endpoints -------------------------------------------------------------------------------------
@dataclass
class Endpoint:
    path: str
    summary: str
    item: type[BaseModel] | None = None
    parameters: tuple = ()
    many: bool = False
    answer: str = "The item."  # an answer of its own (not a list, not a detail)
    cached: bool = True  # answers 304 to a matching If-None-Match


ENDPOINTS = [
    Endpoint("/api/v2/pages/", "Pages in both written forms", Page, (InForm, PageFilters, Listing), many=True),
    Endpoint("/api/v2/pages/{id}/", "One page", Page),
    Endpoint("/api/v2/pages/find/", "Find a page by its address on the site", None, (FindPage,)),
    Endpoint("/api/v2/images/", "Images", Image, (Listing,), many=True),
    Endpoint("/api/v2/images/{id}/", "One image", Image),
    Endpoint("/api/v2/documents/", "Documents (brochures)", Document, (Listing,), many=True),
    Endpoint("/api/v2/documents/{id}/", "One document", Document),
    Endpoint(
        "/api/v2/organisations/",
        "Organisations, published and active",
        Organisation,
        (InForm, Where, Listing),
        many=True,
    ),
    Endpoint("/api/v2/organisations/{id}/", "One organisation, with its public contact persons", Organisation),
    Endpoint(
        "/api/v2/contacts/", "Public contact persons", Contact, (InForm, OfOrganisation, Where, Listing), many=True
    ),
    Endpoint("/api/v2/contacts/{id}/", "One public contact person", Contact),
    Endpoint(
        "/api/v2/groups/",
        "Self-help groups that have not ended, nearest first for a place (digital groups last)",
        Group,
        (InForm, OfOrganisation, GroupFilters, Where, Listing),
        many=True,
    ),
    Endpoint("/api/v2/groups/{id}/", "One group", Group),
    Endpoint(
        "/api/v2/events/",
        "Meetings that are not over (information meetings, health cafés, courses), soonest first",
        Event,
        (InForm, OfOrganisation, Where, Listing),
        many=True,
    ),
    Endpoint("/api/v2/events/{id}/", "One meeting", Event),
    Endpoint(
        "/api/v2/changes/",
        "Every change to mirror, in order: created, changed, unpublished, deleted, privacy withdrawn",
        ChangeFeed,
        (ChangeParameters,),
        answer="The changes after `since`, oldest first.",
    ),
    Endpoint(
        "/api/v2/preview/",
        "A draft of a page, for a partner's preview page: with the token the page was opened with (never cached)",
        DraftPage,
        (PreviewParameters,),
        answer="The draft revision the token is for, shaped as `/api/v2/pages/{id}/`.",
        cached=False,
    ),
]
DESCRIPTION = (
    "Articles in bokmål and nynorsk, and the directory of self-help organisations, contact persons, groups "
    "and meetings. "
    "Read-only JSON; GET from any origin (CORS); ETag and Cache-Control on every answer; `limit`/`offset` "
    "pagination with `meta.total_count`."
)


def ref(model):
    return {"$ref": REF_TEMPLATE.format(model=model.__name__)}


def json_body(model, description):
    return {"description": description, "content": {"application/json": {"schema": ref(model)}}}


def query_parameters(*models):
    """OpenAPI query parameters from the fields of parameter models, in the order given."""
    parameters = []
    for model in models:
        schema = model.model_json_schema()
        for name, field in schema["properties"].items():
            field = dict(field)
            field.pop("title", None)
            if field.get("default", "") is None:
                del field["default"]  # absent means no filter
            examples = field.pop("examples", None)
            parameter = {
                "name": name,
                "in": "query",
                "required": name in schema.get("required", ()),
                "description": field.pop("description", ""),
                "schema": field,
            }
            if examples:
                parameter["example"] = examples[0]
            parameters.append(parameter)
    return parameters


ID = {
    "name": "id",
    "in": "path",
    "required": True,
    "description": "The item's id.",
    "schema": {"type": "integer", "minimum": 1},
}


def operation(endpoint, list_models):
    error = json_body(Error, "A parameter has a wrong value; `parameter` names it.")
    not_found = json_body(Error, "Not found.")
    parameters = query_parameters(*endpoint.parameters)
    if endpoint.item is None:  # find/: a redirect to the detail
        responses = {"302": {"description": "Redirect to the page's detail URL."}, "400": error, "404": not_found}
    elif endpoint.many:
        body = json_body(list_models[endpoint.item], "A page of items.")
        not_modified = {"description": "Not modified (the `If-None-Match` ETag matches)."}
        responses = {"200": body, "304": not_modified, "400": error, "404": not_found}
    elif "{id}" in endpoint.path:
        parameters = [ID]
        body = json_body(endpoint.item, "The item.")
        responses = {"200": body, "304": {"description": "Not modified."}, "404": not_found}
    else:  # an answer of its own: the change feed, a draft for a preview
        responses = {"200": json_body(endpoint.item, endpoint.answer), "400": error}
        if endpoint.cached:
            responses["304"] = {"description": "Not modified (nothing new)."}
        else:
            responses["404"] = not_found
    return {"summary": endpoint.summary, "parameters": parameters, "responses": responses}


def without_null_defaults(schemas):
    """An omittable field's ``default: null`` says nothing to a client and contradicts its type."""
    for schema in schemas.values():
        for field in schema.get("properties", {}).values():
            if field.get("default", "") is None and "anyOf" not in field:
                del field["default"]
    return schemas


def build_schema(base_url=""):
    items = {endpoint.item for endpoint in ENDPOINTS if endpoint.many}
    list_models = {
        item: create_model(f"{item.__name__}List", meta=(ListMeta, ...), items=(list[item], ...))
        for item in sorted(items, key=lambda model: model.__name__)
    }
    _keys, components = models_json_schema(
        [(model, "validation") for model in (Error, *list_models.values(), *{e.item for e in ENDPOINTS if e.item})],
        ref_template=REF_TEMPLATE,
    )
    return {
        "openapi": "3.1.0",
        "info": {"title": "Selvhjelp i Norge – content API", "version": "2", "description": DESCRIPTION},
        "servers": [{"url": base_url or "/"}],
        "paths": {endpoint.path: {"get": operation(endpoint, list_models)} for endpoint in ENDPOINTS},
        "components": {"schemas": without_null_defaults(components["$defs"])},
    }
