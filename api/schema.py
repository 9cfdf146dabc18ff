"""The content API's contract: an OpenAPI 3.1 description, served at /api/v2/schema/ and shown as a
readable page at /api/docs/ (rendered here, no scripts or styles from other servers).

Tests validate real responses of every endpoint against these schemas, so the description cannot
drift from what the API answers.
"""

from directory.models import OrganisationType, ServiceArea
from home.models import Audience

LOCALES = ["nb", "nn"]


def ref(name):
    return {"$ref": f"#/components/schemas/{name}"}


def nullable(schema):
    return {"anyOf": [schema, {"type": "null"}]}


def param(name, description, schema=None, example=None, required=False, location="query"):
    data = {"name": name, "in": location, "required": required, "description": description}
    data["schema"] = schema or {"type": "string"}
    if example is not None:
        data["example"] = example
    return data


COMMON_LIST = [
    param(
        "limit", "How many items to return (1–100; default 20).", {"type": "integer", "minimum": 1, "maximum": 100}, 20
    ),
    param("offset", "How many items to skip.", {"type": "integer", "minimum": 0}, 0),
    param(
        "fields",
        "Fields to add (comma-separated), `*` for all, `-name` to leave one out. "
        "An article's `body` is only in the detail.",
        example="*",
    ),
    param("order", "A field to order by, `-field` for descending, or `random`.", example="name"),
    param("search", "Words to search for.", example="sorg"),
]
LOCALE = param(
    "locale", "The written form: `nb` (bokmål) or `nn` (nynorsk).", {"type": "string", "enum": LOCALES}, "nn"
)
PLACE = [
    param(
        "postal_code",
        "A four-digit postal code: organisations serving its municipality, county or all of Norway, nearest first.",
        {"type": "string", "pattern": "^[0-9]{4}$"},
        "3540",
    ),
    param(
        "municipality",
        "A municipality number, today's or from 2020–2023 (3005 is Drammen, 3301 today).",
        {"type": "string", "pattern": "^[0-9]{4}$"},
        "3301",
    ),
    param(
        "county",
        "A county number, today's or from 2020–2023 (30 Viken is 31, 32 and 33).",
        {"type": "string", "pattern": "^[0-9]{2}$"},
        "33",
    ),
    param("topic", "A topic slug (needs `locale`).", example="sorg"),
    param("type", "Organisation type.", {"type": "string", "enum": OrganisationType.values}, "volunteer_centre"),
    param(
        "changed_since", "Only what was published since this ISO 8601 date or time.", {"type": "string"}, "2026-11-01"
    ),
]
ID = param("id", "The item's id.", {"type": "integer", "minimum": 1}, location="path", required=True)

ERRORS = {
    "400": {
        "description": "A parameter has a wrong value; `parameter` names it.",
        "content": {"application/json": {"schema": ref("Error")}},
    },
    "404": {"description": "Not found.", "content": {"application/json": {"schema": ref("Error")}}},
}


def listing(summary, item, parameters):
    return {
        "get": {
            "summary": summary,
            "parameters": parameters,
            "responses": {
                "200": {
                    "description": "A page of items.",
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["meta", "items"],
                                "properties": {"meta": ref("ListMeta"), "items": {"type": "array", "items": ref(item)}},
                            }
                        }
                    },
                },
                "304": {"description": "Not modified (the `If-None-Match` ETag matches)."},
                **ERRORS,
            },
        }
    }


def detail(summary, item):
    return {
        "get": {
            "summary": summary,
            "parameters": [ID],
            "responses": {
                "200": {"description": "The item.", "content": {"application/json": {"schema": ref(item)}}},
                "304": {"description": "Not modified."},
                "404": ERRORS["404"],
            },
        }
    }


ITEM_META = {
    "type": "object",
    "required": ["type", "detail_url"],
    "properties": {"type": {"type": "string"}, "detail_url": {"type": "string"}},
}
RENDITION = {
    "type": "object",
    "required": ["url", "width", "height"],
    "properties": {
        "url": {"type": "string"},
        "width": {"type": "integer"},
        "height": {"type": "integer"},
        "alt": {"type": "string"},
    },
}
POSTAL_CODE = {
    "type": "object",
    "required": ["code", "place", "municipality"],
    "properties": {
        "code": {"type": "string"},
        "place": {"type": "string"},
        "municipality": nullable({"type": "string"}),
    },
}
PLACE_LIST = {
    "type": "array",
    "items": {
        "type": "object",
        "required": ["number", "name"],
        "properties": {"number": {"type": "string"}, "name": {"type": "string"}},
    },
}
CONTACT_FIELDS = {
    "id": {"type": "integer"},
    "name": {"type": "string"},
    "role": {"type": "string"},
    "email": {"type": "string"},
    "phone": {"type": "string"},
}

SCHEMAS = {
    "Error": {
        "type": "object",
        "required": ["message"],
        "properties": {"message": {"type": "string"}, "parameter": {"type": "string"}},
    },
    "ListMeta": {"type": "object", "required": ["total_count"], "properties": {"total_count": {"type": "integer"}}},
    "Translation": {
        "type": "object",
        "required": ["locale", "id", "html_url"],
        "properties": {"locale": {"enum": LOCALES}, "id": {"type": "integer"}, "html_url": {"type": "string"}},
    },
    "Page": {
        "type": "object",
        "required": ["id", "meta", "title"],
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "meta": {
                "type": "object",
                "required": ["type", "detail_url", "html_url", "locale", "translations", "is_untranslated_mirror"],
                "properties": {
                    **ITEM_META["properties"],
                    "html_url": {"type": "string"},
                    "slug": {"type": "string"},
                    "locale": {"enum": LOCALES},
                    "first_published_at": nullable({"type": "string"}),
                    "translations": {"type": "array", "items": ref("Translation")},
                    "is_untranslated_mirror": {"type": "boolean"},
                },
            },
            "intro": {"type": "string"},
            "audience": {"enum": Audience.values},
            "age_group": {"type": "string"},
            "topics": {"type": "array", "items": ref("Topic")},
            "listing_image": nullable(RENDITION),
            "body": {
                "type": "array",
                "items": ref("Block"),
                "description": "The article text as blocks. Only in the detail (`/api/v2/pages/{id}/`).",
            },
        },
    },
    "Topic": {
        "type": "object",
        "required": ["slug", "name"],
        "properties": {"slug": {"type": "string"}, "name": {"type": "string"}},
    },
    "Block": {
        "type": "object",
        "required": ["type", "value", "id"],
        "description": "One body block. `type` is one of heading, paragraph (HTML), quote, key_points, questions, "
        "call_to_action, image, document, facts, organisation_card, contact_person_card.",
        "properties": {"type": {"type": "string"}, "id": {"type": "string"}, "value": {}},
    },
    "Image": {
        "type": "object",
        "required": ["id", "meta", "title"],
        "properties": {
            "id": {"type": "integer"},
            "title": {"type": "string"},
            "meta": ITEM_META,
            "width": {"type": "integer"},
            "height": {"type": "integer"},
        },
    },
    "Document": {
        "type": "object",
        "required": ["id", "meta", "title"],
        "properties": {"id": {"type": "integer"}, "title": {"type": "string"}, "meta": ITEM_META},
    },
    "Organisation": {
        "type": "object",
        "required": ["id", "meta", "name", "slug", "organisation_type"],
        "properties": {
            "id": {"type": "integer"},
            "meta": {
                "type": "object",
                "required": ["type", "detail_url", "locale", "html_url"],
                "properties": {
                    **ITEM_META["properties"],
                    "locale": {"enum": LOCALES},
                    "html_url": nullable({"type": "string"}),
                    "last_published_at": nullable({"type": "string"}),
                },
            },
            "name": {"type": "string"},
            "slug": {"type": "string"},
            "organisation_type": {"enum": OrganisationType.values},
            "short_description": {"type": "string"},
            "how_to_take_part": {"type": "string", "description": "HTML"},
            "meeting_info": {"type": "string"},
            "logo": nullable(RENDITION),
            "visiting_address": {"type": "string"},
            "visiting_postal_code": nullable(POSTAL_CODE),
            "postal_address": {"type": "string"},
            "postal_postal_code": nullable(POSTAL_CODE),
            "municipality": nullable(
                {
                    "type": "object",
                    "required": ["number", "name"],
                    "properties": {"number": {"type": "string"}, "name": {"type": "string"}},
                }
            ),
            "service_area": {"enum": ServiceArea.values},
            "served_counties": PLACE_LIST,
            "served_municipalities": PLACE_LIST,
            "topics": {"type": "array", "items": ref("Topic")},
            "phone": {"type": "string"},
            "email": {"type": "string"},
            "website": {"type": "string"},
            "social_links": {
                "type": "array",
                "items": {"type": "object", "properties": {"platform": {"type": "string"}, "url": {"type": "string"}}},
            },
            "last_verified": nullable({"type": "string"}),
            "contact_persons": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": list(CONTACT_FIELDS),
                    "properties": {**CONTACT_FIELDS, "photo": nullable(RENDITION)},
                },
            },
        },
        "not": {
            "anyOf": [
                {"required": ["consent_given_on"]},
                {"required": ["internal_notes"]},
                {"required": ["editor_group"]},
            ]
        },
    },
    "Contact": {
        "type": "object",
        "required": ["id", "meta", "name", "role"],
        "properties": {
            **CONTACT_FIELDS,
            "meta": {
                "type": "object",
                "required": ["type", "detail_url", "locale"],
                "properties": {**ITEM_META["properties"], "locale": {"enum": LOCALES}},
            },
            "photo": nullable(RENDITION),
            "organisation": nullable(
                {
                    "type": "object",
                    "required": ["id"],
                    "properties": {"id": {"type": "integer"}, "name": {"type": "string"}},
                }
            ),
        },
        "not": {"anyOf": [{"required": ["consent_given_on"]}, {"required": ["show_publicly"]}]},
    },
}


def build_schema(base_url=""):
    pages_parameters = [
        LOCALE,
        param(
            "translation_of", "The id of a page: its versions in the other form (with `locale`).", {"type": "integer"}
        ),
        param("type", "A page type, e.g. `home.ArticlePage`.", example="home.ArticlePage"),
        param("child_of", "Pages right under this page id.", {"type": "integer"}),
        param("descendant_of", "Pages anywhere under this page id.", {"type": "integer"}),
        param("topic", "Articles about this topic slug.", example="sorg"),
        param("audience", "Articles for this audience (exact).", {"type": "string", "enum": Audience.values}),
        *COMMON_LIST,
    ]
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "Selvhjelp i Norge – content API",
            "version": "2",
            "description": "Articles in bokmål and nynorsk, and the directory of self-help organisations "
            "and contact persons. Read-only JSON; GET from any origin (CORS); ETag and Cache-Control on "
            "every answer; `limit`/`offset` pagination with `meta.total_count`.",
        },
        "servers": [{"url": base_url or "/"}],
        "paths": {
            "/api/v2/pages/": listing("Pages in both written forms", "Page", pages_parameters),
            "/api/v2/pages/{id}/": detail("One page", "Page"),
            "/api/v2/pages/find/": {
                "get": {
                    "summary": "Find a page by its address on the site",
                    "parameters": [
                        param(
                            "html_path",
                            "The page's path, with its form prefix.",
                            required=True,
                            example="/nn/kva-er-sjolvhjelp/",
                        )
                    ],
                    "responses": {"302": {"description": "Redirect to the page's detail URL."}, **ERRORS},
                }
            },
            "/api/v2/images/": listing("Images", "Image", COMMON_LIST),
            "/api/v2/images/{id}/": detail("One image", "Image"),
            "/api/v2/documents/": listing("Documents (brochures)", "Document", COMMON_LIST),
            "/api/v2/documents/{id}/": detail("One document", "Document"),
            "/api/v2/organisations/": listing(
                "Organisations, published and active", "Organisation", [LOCALE, *PLACE, *COMMON_LIST]
            ),
            "/api/v2/organisations/{id}/": detail("One organisation, with its public contact persons", "Organisation"),
            "/api/v2/contacts/": listing(
                "Public contact persons",
                "Contact",
                [
                    LOCALE,
                    param("organisation", "Only this organisation's contact persons.", {"type": "integer"}),
                    *PLACE,
                    *COMMON_LIST,
                ],
            ),
            "/api/v2/contacts/{id}/": detail("One public contact person", "Contact"),
        },
        "components": {"schemas": SCHEMAS},
    }
