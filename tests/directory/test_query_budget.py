import pytest

from directory.models import ContactPerson, Municipality, Organisation, ServiceArea
from tests.factories import OrganisationFactory
from tests.helpers import ADDRESSES, queries_of

pytestmark = pytest.mark.django_db

URLS = {name: ADDRESSES[name] for name in ("list", "list_by_postal_code", "list_by_county", "detail")}


def trim_directory_to(total, nb):
    keep = {"frisklivssentralen-nesbyen", "hallingdal-frivilligsentral", "selvhjelp-buskerud"}
    extra = list(Organisation.objects.exclude(slug__in=keep).values_list("pk", flat=True))
    Organisation.objects.filter(pk__in=extra[: len(extra) - (total - len(keep))]).delete()
    assert Organisation.objects.count() == total


def grow_directory_to(total, nb):
    """Add organisations serving Nesbyen, each with contact persons, until there are ``total``."""
    nesbyen = Municipality.objects.get(number="3322")
    missing = total - Organisation.objects.count()
    for _ in range(missing):
        organisation = OrganisationFactory(service_area=ServiceArea.MUNICIPALITIES)
        organisation.served_municipalities.add(nesbyen)
    target = Organisation.objects.get(slug="frisklivssentralen-nesbyen")
    for index in range(20):
        ContactPerson.objects.create(
            organisation=target, name=f"Person {index}", role="Rolle", live=True,
            show_publicly=True, consent_given_on="2026-01-01", sort_order=10 + index,
        )  # fmt: skip
    assert Organisation.objects.count() == total


@pytest.mark.parametrize("name", URLS)
def test_directory_queries_are_flat_from_20_to_200_organisations(client, nb, django_assert_max_num_queries, name):
    trim_directory_to(20, nb)
    at_20 = queries_of(client, URLS[name])
    grow_directory_to(200, nb)
    assert queries_of(client, URLS[name]) == at_20
    with django_assert_max_num_queries(12):  # measured: list 9-10, detail 12 (with its groups and meetings)
        assert client.get(URLS[name]).status_code == 200
