"""Real answers of every endpoint validate against the published OpenAPI description."""

import json

import pytest
from jsonschema import Draft202012Validator

from api.schema import build_schema
from directory.models import ContactPerson, Organisation
from home.models import ArticlePage, HomePage

pytestmark = pytest.mark.django_db

SCHEMA = build_schema()


def validate(data, path, code="200"):
    operation = SCHEMA["paths"][path]["get"]
    response_schema = operation["responses"][code]["content"]["application/json"]["schema"]
    schema = {"components": SCHEMA["components"], **response_schema}
    Draft202012Validator.check_schema(schema)
    errors = sorted(Draft202012Validator(schema).iter_errors(data), key=str)
    assert errors == [], [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def fetch(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:300]
    return json.loads(response.content)


def test_schema_is_served_as_json_and_is_valid_openapi_shaped(client):
    data = fetch(client, "/api/v2/schema/")
    assert data["openapi"] == "3.1.0"
    assert set(data["paths"]) >= {"/api/v2/pages/", "/api/v2/organisations/", "/api/v2/contacts/"}
    assert {"Organisation", "Contact", "Page", "Error", "OrganisationList"} <= set(data["components"]["schemas"])
    for schema in data["components"]["schemas"].values():
        Draft202012Validator.check_schema(schema)  # raises SchemaError for an invalid one


def test_docs_page_lists_every_endpoint_without_other_servers(client):
    html = client.get("/api/docs/").content.decode()
    for path in SCHEMA["paths"]:
        assert path in html
    assert "https://cdn" not in html and '<script src="http' not in html


@pytest.mark.parametrize(
    ("url", "path"),
    [
        ("/api/v2/pages/?locale=nn", "/api/v2/pages/"),
        ("/api/v2/pages/?locale=nb&type=home.ArticlePage&fields=*&limit=100", "/api/v2/pages/"),
        ("/api/v2/pages/?type=home.SectionPage&fields=*", "/api/v2/pages/"),
        ("/api/v2/images/?fields=*", "/api/v2/images/"),
        ("/api/v2/documents/?fields=*", "/api/v2/documents/"),
        ("/api/v2/organisations/?fields=*&limit=100", "/api/v2/organisations/"),
        ("/api/v2/organisations/?locale=nb&postal_code=3540&fields=*", "/api/v2/organisations/"),
        ("/api/v2/contacts/?fields=*&limit=100", "/api/v2/contacts/"),
    ],
)
def test_lists_match_the_schema(client, url, path):
    validate(fetch(client, url), path)


def test_details_match_the_schema(client, nb):
    article = ArticlePage.objects.get(slug="hva-er-en-selvhjelpsgruppe", locale=nb)
    validate(fetch(client, f"/api/v2/pages/{article.id}/"), "/api/v2/pages/{id}/")
    validate(fetch(client, f"/api/v2/pages/{HomePage.objects.get(locale=nb).id}/"), "/api/v2/pages/{id}/")
    organisation = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    validate(fetch(client, f"/api/v2/organisations/{organisation.id}/"), "/api/v2/organisations/{id}/")
    person = ContactPerson.objects.public().first()
    validate(fetch(client, f"/api/v2/contacts/{person.id}/"), "/api/v2/contacts/{id}/")
    image_id = fetch(client, "/api/v2/images/")["items"][0]["id"]
    validate(fetch(client, f"/api/v2/images/{image_id}/"), "/api/v2/images/{id}/")
    document_id = fetch(client, "/api/v2/documents/")["items"][0]["id"]
    validate(fetch(client, f"/api/v2/documents/{document_id}/"), "/api/v2/documents/{id}/")


def test_errors_match_the_schema(client):
    validate(fetch(client, "/api/v2/organisations/?postal_code=x", 400), "/api/v2/organisations/", "400")
    validate(fetch(client, "/api/v2/contacts/99999/", 404), "/api/v2/contacts/{id}/", "404")


def test_schema_rejects_a_private_field(client, nb):
    organisation = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    data = fetch(client, f"/api/v2/organisations/{organisation.id}/")
    data["internal_notes"] = "leaked"
    with pytest.raises(AssertionError):
        validate(data, "/api/v2/organisations/{id}/")
