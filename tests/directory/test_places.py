import pytest
from django.core.management import call_command

from directory.models import County, FormerMunicipalityNumber, Municipality, PostalCode
from directory.models.places import place_name

pytestmark = pytest.mark.django_db


def test_places_are_loaded_in_full():
    assert County.objects.count() == 15
    assert Municipality.objects.count() == 357
    assert PostalCode.objects.count() == 5122


def test_loading_places_again_changes_nothing():
    before = (
        list(County.objects.values_list("id", "number", "name")),
        list(Municipality.objects.values_list("id", "number", "name", "county_id")),
        PostalCode.objects.count(),
        FormerMunicipalityNumber.objects.count(),
    )
    call_command("load_places", verbosity=0)
    after = (
        list(County.objects.values_list("id", "number", "name")),
        list(Municipality.objects.values_list("id", "number", "name", "county_id")),
        PostalCode.objects.count(),
        FormerMunicipalityNumber.objects.count(),
    )
    assert after == before


def test_old_municipality_number_resolves_to_todays():
    assert [m.number for m in Municipality.objects.for_number("3001")] == ["3101"]
    assert Municipality.objects.get(number="3101").name == "Halden"


def test_split_municipality_resolves_to_both():
    assert sorted(m.number for m in Municipality.objects.for_number("1507")) == ["1508", "1580"]


def test_old_county_number_resolves_to_todays_counties():
    assert sorted(c.number for c in County.objects.for_number("30")) == ["31", "32", "33"]
    assert [c.number for c in County.objects.for_number("33")] == ["33"]


def test_postal_code_finds_its_municipality():
    code = PostalCode.objects.select_related("municipality__county").get(code="3540")
    assert code.municipality.name == "Nesbyen"
    assert code.municipality.county.name == "Buskerud"
    assert str(code) == "3540 Nesbyen"


def test_municipalities_keep_their_sami_and_kven_names():
    assert Municipality.objects.get(number="5536").name == "Lyngen - Ivgu - Yykeä"
    assert Municipality.objects.get(number="5610").name == "Kárášjohka - Karasjok"


@pytest.mark.parametrize(
    ("raw", "shown"), [("MO I RANA", "Mo i Rana"), ("ØVRE ÅRDAL", "Øvre Årdal"), ("KRISTIANSAND S", "Kristiansand S")]
)
def test_postal_places_are_shown_in_normal_case(raw, shown):
    assert place_name(raw) == shown
