"""The request's Wagtail site comes from the cache (core/sites.py), by Wagtail's own rules."""

import pytest
from django.core.cache import cache
from wagtail.models import Site
from wagtail.models.sites import get_site_for_hostname

from core.sites import find_site
from tests.helpers import home

pytestmark = pytest.mark.django_db

ADDRESSES = [
    ("127.0.0.1", 8000),
    ("127.0.0.1", 80),
    ("kommune.example", 80),
    ("kommune.example", 8080),
    ("kommune.example", 443),
    ("annen.example", 80),
    ("forening.example", 443),
]


def wagtail_answer(hostname, port):
    try:
        return get_site_for_hostname(hostname, port).pk
    except Site.DoesNotExist:
        return None


@pytest.mark.parametrize("with_default", [True, False])
def test_the_cached_lookup_finds_the_site_wagtail_finds(with_default):
    Site.objects.create(hostname="kommune.example", port=80, root_page=home())
    Site.objects.create(hostname="kommune.example", port=8080, root_page=home("nn"))
    Site.objects.create(hostname="forening.example", port=80, root_page=home())
    if not with_default:
        Site.objects.filter(is_default_site=True).update(is_default_site=False)
        cache.clear()
    for hostname, port in ADDRESSES:
        found = find_site(hostname, port)
        assert (found.pk if found else None) == wagtail_answer(hostname, port), (hostname, port)


def test_a_changed_site_is_seen_on_the_next_request(client):
    assert client.get("/nb/", HTTP_HOST="localhost").status_code == 200
    site = Site.objects.get(is_default_site=True)
    Site.objects.create(hostname="localhost", port=80, root_page=home("nn"), site_name="Nynorsk")
    assert find_site("localhost", 80).site_name == "Nynorsk"
    site.refresh_from_db()
    assert find_site("127.0.0.1", 8000).pk == site.pk


def test_a_renamed_site_gives_its_new_addresses_at_once(client, fragments_on, django_capture_on_commit_callbacks):
    """The root paths and what was built from them (the hreflang links, a fragment) follow a site
    given a new host name at once; the default site still answers on the old one."""
    url = "/nb/for-parorende/sorg-etter-et-dodsfall/"
    for _ in range(2):
        assert 'hreflang="nn" href="http://127.0.0.1:8000/nn/' in client.get(url).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        site = Site.objects.get(is_default_site=True)
        site.hostname = "selvhjelp.example"
        site.save()
    assert 'hreflang="nn" href="http://selvhjelp.example:8000/nn/' in client.get(url).content.decode()
