"""Property test: whatever text arrives in any parameter of the API or the site's search, the answer
is never a server error (finding 8 of “Trustworthy data”)."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db

PARAMETERS = {
    "/api/v2/pages/": [
        "search",
        "locale",
        "type",
        "topic",
        "audience",
        "order",
        "limit",
        "offset",
        "child_of",
        "descendant_of",
        "translation_of",
        "fields",
    ],
    "/api/v2/organisations/": [
        "search",
        "locale",
        "postal_code",
        "municipality",
        "county",
        "topic",
        "type",
        "changed_since",
        "order",
        "limit",
        "offset",
        "fields",
    ],
    "/api/v2/contacts/": ["search", "locale", "organisation", "changed_since", "order", "limit"],
    "/api/v2/changes/": ["since", "limit"],
    "/api/v2/preview/": ["token"],
    "/api/docs/": ["lang", "kommune", "fylke", "tema", "vis", "antall"],
    "/api/v2/groups/": ["status", "joinable", "organisation", "postal_code", "topic", "locale", "order"],
    "/api/v2/images/": ["search", "order", "limit"],
    "/api/v2/pages/find/": ["html_path"],
    "/nb/sok/": ["q", "side"],
    "/nn/finn-hjelp/": ["postnummer", "kommune", "fylke", "tema", "type", "q", "side"],
}
REQUESTS = [(path, name) for path, names in PARAMETERS.items() for name in names]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(target=st.sampled_from(REQUESTS), value=st.text(max_size=40), second=st.text(max_size=12))
def test_no_parameter_value_gives_a_server_error(client, target, value, second):
    path, name = target
    response = client.get(path, {name: value, "search" if name != "search" else "locale": second})
    assert response.status_code < 500, (path, name, value, second, response.content[:300])
    if path.startswith("/api/") and response.status_code == 400:
        body = response.json()
        assert "consent" not in body["message"] and "editor_group" not in body["message"]
