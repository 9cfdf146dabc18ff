import pytest
from django.utils.crypto import get_random_string

from tests.helpers import run_queued_tasks


@pytest.fixture
def run_tasks():
    return run_queued_tasks


@pytest.fixture
def form_data():
    def data(**changes):
        values = {
            "submission_key": get_random_string(40),
            "wish": "join",
            "topic": "psykisk-helse",
            "postal_code": "3540",
            "name": "Kari",
            "phone": "400 12 345",
            "email": "kari.interesse@example.org",
            "message": "Jeg vil gjerne møte andre.",
            "consent": "on",
            "website": "",
        }
        values.update(changes)
        return {name: value for name, value in values.items() if value is not None}

    return data


@pytest.fixture
def register(client, form_data, django_capture_on_commit_callbacks):
    """Sends the form as a visitor; returns the response (its redirect goes to the private link)."""

    def send(language="nb", **changes):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{language}/meld-interesse/", form_data(**changes))

    return send
