"""A registration's name, e-mail and phone never appear in a public response, a log line or a cache
entry: asserted over everything this test run logged and cached while registering, following up and
browsing the public site and the API with the page cache on."""

import logging
import pickle

import pytest
from django.core.cache import caches

from interest.models import InterestRegistration
from tests.conftest import make_user

pytestmark = pytest.mark.django_db

NAME, EMAIL, PHONE = "Tiril Personvernsen", "tiril.hemmelig@example.org", "911 22 333"
SECRETS = (NAME, EMAIL, PHONE, "Tiril", "tiril.hemmelig", "91122333")


def everything_cached():
    values = []
    for cache in (caches[alias] for alias in caches):
        store = getattr(cache, "_cache", {})
        for key, value in list(store.items()):
            values.append(str(key).encode() + (value if isinstance(value, bytes) else pickle.dumps(value)))
    return b"\n".join(values)


def test_personal_data_stays_out_of_public_responses_logs_and_caches(
    client, register, run_tasks, page_cache_on, caplog, nb, nn
):
    caplog.set_level(logging.DEBUG)
    link = register(name=NAME, email=EMAIL, phone=PHONE, topic="sorg")["Location"].split("?")[0]
    register(name=NAME, email="", phone="ikke et nummer")  # an error page with what was typed
    run_tasks()
    assert InterestRegistration.objects.filter(name=NAME).count() == 1

    public = [
        "/nb/",
        "/nn/",
        "/nb/finn-hjelp/",
        "/nb/finn-hjelp/?postnummer=3540",
        "/nb/finn-hjelp/sorggruppa-nesbyen/",
        "/api/v2/organisations/?postal_code=3540",
        "/api/v2/contacts/?search=Tiril",
        "/api/v2/pages/?search=Tiril",
        "/api/v2/pages/?search=Personvernsen",
        "/sitemap.xml",
    ]
    for address in public:
        for _round in range(2):  # the second answer comes from the page cache
            response = client.get(address)
            assert response.status_code == 200, address
            body = response.content.decode()
            assert not any(secret in body for secret in SECRETS), address

    # The visitor's own link and the organisation's admin show it, and are never cached.
    assert NAME in client.get(link).content.decode()
    client.force_login(make_user("sorg", "Moderators"))
    registration = InterestRegistration.objects.get(name=NAME)
    assert NAME in client.get(f"/admin/interest/edit/{registration.pk}/").content.decode()
    client.post(link + "trekk-tilbake/")

    logged = "\n".join(record.getMessage() + (record.exc_text or "") for record in caplog.records)
    assert not any(secret in logged for secret in SECRETS)
    assert link.rstrip("/").rsplit("/", 1)[1] not in logged
    cached = everything_cached()
    assert not any(secret.encode() in cached for secret in SECRETS)
