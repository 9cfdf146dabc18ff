"""Property test: whatever a visitor sends in any field of the interest form (or in the links that
fill it in), the answer is never a server error, and a refused form stores nothing."""

import pytest
from django.core.cache import cache
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from interest.models import InterestRegistration

pytestmark = pytest.mark.django_db

FIELDS = ["submission_key", "wish", "topic", "postal_code", "municipality", "group", "name", "phone", "email"]
FIELDS += ["message", "consent", "website"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(field=st.sampled_from(FIELDS), value=st.text(max_size=60), language=st.sampled_from(["nb", "nn"]))
def test_no_field_value_gives_a_server_error(client, form_data, field, value, language):
    cache.clear()  # the rate limit per address
    before = InterestRegistration.objects.count()
    response = client.post(f"/{language}/meld-interesse/", form_data(**{field: value}))
    assert response.status_code < 500, (field, value, response.content[:300])
    if response.status_code != 302:
        assert InterestRegistration.objects.count() == before


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parameter=st.sampled_from(["gruppe", "tema", "postnummer"]), value=st.text(max_size=30))
@example(parameter="gruppe", value="²")  # a digit to str.isdigit, not to int(): found by this test in CI
def test_no_link_into_the_form_gives_a_server_error(client, parameter, value):
    assert client.get("/nb/meld-interesse/", {parameter: value}).status_code < 500


@pytest.mark.parametrize("field", FIELDS)
def test_a_nul_character_in_any_field_is_refused_without_a_server_error(client, form_data, field):
    """PostgreSQL refuses NUL in text: it must be stopped by the form, not by the database."""
    cache.clear()
    for value in ("\x00", "3540\x00", "1\x00"):
        assert client.post("/nb/meld-interesse/", form_data(**{field: value})).status_code < 500
