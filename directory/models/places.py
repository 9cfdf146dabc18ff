"""Norwegian counties, municipalities and postal codes, with the numbers in use 2020–2023.

Loaded by ``manage.py load_places`` from ``directory/data/norway`` (Kartverket, SSB, Posten; see
SOURCES.md there). Places are facts, not content: they are neither translated nor edited in the admin.
"""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

import pagecache
from core.fields import optional_link, optional_text

# Bring writes places in upper case; these words stay lower case inside a name ("Mo i Rana").
_LOWER_CASE_WORDS = {"i", "på", "og", "ved", "under"}


def place_name(upper_case_name):
    """'MO I RANA' -> 'Mo i Rana', 'ØVRE ÅRDAL' -> 'Øvre Årdal', 'BØ I TELEMARK' -> 'Bø i Telemark'."""
    words = []
    for index, word in enumerate(upper_case_name.lower().split(" ")):
        if index and word in _LOWER_CASE_WORDS:
            words.append(word)
        else:
            words.append("-".join(part[:1].upper() + part[1:] for part in word.split("-")))
    return " ".join(words)


MUNICIPALITY_MENU_KEY = "directory:municipality-menu"
COUNTY_MENU_KEY = "directory:county-menu"


class CountyQuerySet(models.QuerySet):
    def for_number(self, number):
        """Today's county for a number, also one in use 2020–2023 (30 Viken -> 31, 32 and 33)."""
        return self.filter(Q(number=number) | Q(former_numbers__number=number)).distinct()


class County(models.Model):
    number = models.CharField(_("county number"), max_length=2, unique=True)
    name = models.CharField(_("name"), max_length=100, help_text=_("The Norwegian name."))
    official_name = models.CharField(_("official name"), max_length=200)
    parallel_names = optional_text(
        _("parallel names"), 200, help_text=_("Sámi and Kven names, “sme:Romsa|fkv:Tromssa”.")
    )

    objects = CountyQuerySet.as_manager()

    class Meta:
        verbose_name = _("county")
        verbose_name_plural = _("counties")
        ordering = ["number"]

    def __str__(self):
        return self.official_name


class MunicipalityQuerySet(models.QuerySet):
    def for_number(self, number):
        """Today's municipality for a number, also one in use 2020–2023 (3001 Halden -> 3101).

        A municipality that was split (1507 Ålesund) resolves to every municipality it became.
        """
        return self.filter(Q(number=number) | Q(former_numbers__number=number)).distinct()


class Municipality(models.Model):
    class WrittenForm(models.TextChoices):
        BOKMAL = "bokmål", _("Bokmål")
        NYNORSK = "nynorsk", _("Nynorsk")
        NEUTRAL = "nøytral", _("Neutral")

    number = models.CharField(_("municipality number"), max_length=4, unique=True)
    name = models.CharField(
        _("name"), max_length=200, help_text=_("The official name, with Sámi and Kven parallel names.")
    )
    name_norwegian = models.CharField(_("Norwegian name"), max_length=100)
    parallel_names = optional_text(_("parallel names"), 200)
    county = models.ForeignKey(
        County, verbose_name=_("county"), on_delete=models.PROTECT, related_name="municipalities"
    )
    written_form = models.CharField(_("written form"), max_length=10, choices=WrittenForm.choices, blank=True)

    objects = MunicipalityQuerySet.as_manager()

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name_norwegian"]

    def __str__(self):
        return self.name

    @classmethod
    def county_menu(cls):
        """The counties in the order of the municipality menu (kept in the cache with it)."""
        return pagecache.remembered(
            COUNTY_MENU_KEY,
            lambda: list(dict.fromkeys(municipality.county for municipality in cls.menu())),
            settings.MENU_CACHE_SECONDS,
        )

    @classmethod
    def menu(cls):
        """Every municipality with its county, by county and name: the place menus of the directory.
        Kept in the cache; load_places empties it."""
        return pagecache.remembered(
            MUNICIPALITY_MENU_KEY,
            lambda: list(cls.objects.select_related("county").order_by("county__name", "name_norwegian")),
            settings.MENU_CACHE_SECONDS,
        )


class FormerMunicipalityNumber(models.Model):
    """A municipality number in use 2020–2023, and the municipality it belongs to today."""

    number = models.CharField(max_length=4, db_index=True)
    municipality = models.ForeignKey(Municipality, on_delete=models.CASCADE, related_name="former_numbers")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["number", "municipality"], name="unique_former_municipality")]

    def __str__(self):
        return f"{self.number} → {self.municipality.number}"


class FormerCountyNumber(models.Model):
    number = models.CharField(max_length=2, db_index=True)
    county = models.ForeignKey(County, on_delete=models.CASCADE, related_name="former_numbers")

    class Meta:
        constraints = [models.UniqueConstraint(fields=["number", "county"], name="unique_former_county")]

    def __str__(self):
        return f"{self.number} → {self.county.number}"


class PostalCode(models.Model):
    code = models.CharField(_("postal code"), max_length=4, unique=True)  # unique: indexed lookups
    place = models.CharField(_("place"), max_length=100)
    municipality = optional_link(
        Municipality,
        _("municipality"),
        related_name="postal_codes",
        help_text=_("Empty for Svalbard and Jan Mayen, which belong to no municipality."),
    )
    category = optional_text(_("category"), 1)

    class Meta:
        verbose_name = _("postal code")
        verbose_name_plural = _("postal codes")
        ordering = ["code"]

    def __str__(self):
        return f"{self.code} {self.place_name}"

    @property
    def place_name(self):
        return place_name(self.place)
