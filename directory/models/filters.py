"""“Find help where you live”: the directory's filters, shared by the directory page (and the API).

Every parameter is validated; a value that is wrong or unknown is dropped with a message that says
why, and the rest of the filters still apply. Nothing a visitor types can raise an error.
"""

import re
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Case, Exists, IntegerField, OuterRef, Prefetch, Q, Value, When
from django.utils.translation import gettext as _

from core.models import Topic
from core.text import clean_text

from .groups import BY_START, Event, SelfHelpGroup
from .organisations import Organisation, OrganisationTopic, OrganisationType, ServiceArea
from .places import County, Municipality, PostalCode

MAX_TEXT_LENGTH = 100

# Proximity of an organisation to the place asked for: nearest first.
LOCAL, COUNTY, NATIONAL = 0, 1, 2


@dataclass
class DirectoryFilters:
    """Parse the query string of the directory list into filters and messages."""

    params: dict
    locale_id: int
    messages: list = field(default_factory=list)
    errors: dict = field(default_factory=dict)  # parameter -> message, for the API's 400 answers
    municipalities: list = field(default_factory=list)  # the place asked for, when it is a municipality
    counties: list = field(default_factory=list)  # ... or a county
    postal_code: PostalCode | None = None
    topic: Topic | None = None
    organisation_type: str = ""
    text: str = ""
    applied: dict = field(default_factory=dict)  # what was understood, to keep in links

    def __post_init__(self):
        self._parse_place()
        self._parse_topic()
        self._parse_type()
        self.text = clean_text(self._get("q"), MAX_TEXT_LENGTH)
        if self.text:
            self.applied["q"] = self.text

    @cached_property
    def topics(self):
        """The topics of the locale (a short list, also used to build the topic menu)."""
        return Topic.for_menu(self.locale_id)

    def _error(self, parameter, message):
        self.errors.setdefault(parameter, message)
        self.messages.append(message)

    def _get(self, name):
        value = self.params.get(name, "")
        return value.strip() if isinstance(value, str) else ""

    # --- Place: postal code, else municipality, else county ------------------------------------------
    def _parse_place(self):
        code = self._get("postnummer").replace(" ", "")
        municipality_number = self._get("kommune")
        county_number = self._get("fylke")

        if code:
            if not re.fullmatch(r"\d{4}", code):
                self._error("postnummer", _("A postal code has four digits. We showed every organisation instead."))
            else:
                postal_code = PostalCode.objects.select_related("municipality__county").filter(code=code).first()
                if postal_code is None or postal_code.municipality is None:
                    self._error(
                        "postnummer",
                        _("We do not know the postal code %(code)s. We showed every organisation instead.")
                        % {"code": code},
                    )
                else:
                    self.postal_code = postal_code
                    self.municipalities = [postal_code.municipality]
                    self.applied["postnummer"] = code
                    return

        if municipality_number:
            found = []
            if re.fullmatch(r"\d{4}", municipality_number):
                found = list(Municipality.objects.for_number(municipality_number).select_related("county"))
            if found:
                self.municipalities = found
                self.applied["kommune"] = municipality_number
                return
            self._error(
                "kommune",
                _("We do not know the municipality number %(number)s. We showed every organisation instead.")
                % {"number": municipality_number[:10]},
            )

        if county_number:
            found = []
            if re.fullmatch(r"\d{2}", county_number):
                found = list(County.objects.for_number(county_number))
            if found:
                self.counties = found
                self.applied["fylke"] = county_number
                return
            self._error(
                "fylke",
                _("We do not know the county number %(number)s. We showed every organisation instead.")
                % {"number": county_number[:10]},
            )

    def _parse_topic(self):
        slug = self._get("tema")
        if not slug:
            return
        self.topic = next((topic for topic in self.topics if topic.slug == slug), None)
        if self.topic is None:
            self._error("tema", _("We do not know that topic, so it was not used."))
        else:
            self.applied["tema"] = self.topic.slug

    def _parse_type(self):
        value = self._get("type")
        if not value:
            return
        if value in OrganisationType.values:
            self.organisation_type = value
            self.applied["type"] = value
        else:
            self._error("type", _("We do not know that type of organisation, so it was not used."))

    # --- Results ------------------------------------------------------------------------------------
    @property
    def place(self):
        if self.postal_code:
            return self.postal_code
        if self.municipalities:
            return self.municipalities[0]
        if self.counties:
            return self.counties[0]
        return None

    def queryset(self, base=None):
        """The matching organisations, nearest first when a place was asked for (``proximity``)."""
        organisations = self._filtered(base if base is not None else Organisation.objects.public())
        through_municipalities = Organisation.served_municipalities.through.objects.filter(
            organisation_id=OuterRef("pk")
        )
        through_counties = Organisation.served_counties.through.objects.filter(organisation_id=OuterRef("pk"))
        if self.municipalities:
            local = Exists(through_municipalities.filter(municipality__in=self.municipalities))
            county = Exists(through_counties.filter(county_id__in={m.county_id for m in self.municipalities}))
        elif self.counties:
            local = Exists(through_municipalities.filter(municipality__county__in=self.counties))
            county = Exists(through_counties.filter(county__in=self.counties))
        else:
            return organisations.annotate(proximity=Value(None, output_field=IntegerField())).order_by("name", "pk")

        national = Q(service_area=ServiceArea.NATIONAL)
        local_area = Q(service_area=ServiceArea.MUNICIPALITIES) & Q(serves_local=True)
        county_area = Q(service_area=ServiceArea.COUNTIES) & Q(serves_county=True)
        return (
            organisations.annotate(serves_local=local, serves_county=county)
            .filter(local_area | county_area | national)
            .annotate(
                proximity=Case(
                    When(local_area, then=Value(LOCAL)),
                    When(county_area, then=Value(COUNTY)),
                    default=Value(NATIONAL),
                    output_field=IntegerField(),
                )
            )
            .order_by("proximity", "name", "pk")
        )

    def ranked_ids(self):
        """(id, proximity, name) of the matching organisations in the order of ``queryset()``, as a
        union of three queries that each start from an index (the organisations serving the places
        asked for, then the national ones), instead of testing every organisation: the list's cost
        grows with what it shows, not with the number of organisations."""
        if not (self.municipalities or self.counties):
            return self.queryset().values_list("pk", "proximity", "name")
        through = Organisation.served_municipalities.through.objects
        through_counties = Organisation.served_counties.through.objects
        if self.municipalities:
            local = through.filter(municipality__in=self.municipalities)
            county = through_counties.filter(county_id__in={m.county_id for m in self.municipalities})
        else:
            local = through.filter(municipality__county__in=self.counties)
            county = through_counties.filter(county__in=self.counties)
        base = self._filtered(Organisation.objects.public()).order_by()
        parts = [
            base.filter(service_area=area, **({"pk__in": ids.values("organisation_id")} if ids is not None else {}))
            .annotate(proximity=Value(proximity, output_field=IntegerField()))
            .values_list("pk", "proximity", "name")
            for area, ids, proximity in [
                (ServiceArea.MUNICIPALITIES, local, LOCAL),
                (ServiceArea.COUNTIES, county, COUNTY),
                (ServiceArea.NATIONAL, None, NATIONAL),
            ]
        ]
        return parts[0].union(*parts[1:], all=True).order_by("proximity", "name", "pk")

    def _filtered(self, organisations):
        """``organisations`` with the topic, type and text filters."""
        organisations = self.about_topic(organisations)
        if self.organisation_type:
            organisations = organisations.filter(organisation_type=self.organisation_type)
        if self.text:
            organisations = organisations.filter(
                Q(name__icontains=self.text)
                | Q(name_nn__icontains=self.text)
                | Q(short_description__icontains=self.text)
                | Q(short_description_nn__icontains=self.text)
            )
        return organisations

    # --- Groups and meetings: in the place asked for, then in its county, then digital ---------------
    def about_topic(self, records):
        """``records`` (organisations, groups, meetings) with a link to the topic asked for. Their topics
        may be linked in either form; the slug is the same in both."""
        if not self.topic:
            return records
        links = records.model.topic_links.rel
        return records.filter(
            Exists(
                links.related_model.objects.filter(**{links.field.attname: OuterRef("pk")}, topic__slug=self.topic.slug)
            )
        )

    def near(self, records):
        records = self.about_topic(records)
        if self.municipalities:
            local = Q(municipality__in=self.municipalities)
            county = Q(municipality__county_id__in={m.county_id for m in self.municipalities})
        elif self.counties:
            local = county = Q(municipality__county__in=self.counties)
        else:
            return records.annotate(proximity=Value(None, output_field=IntegerField()))
        return records.filter(local | county | Q(digital=True)).annotate(
            proximity=Case(
                When(local, then=Value(LOCAL)),
                When(county, then=Value(COUNTY)),
                default=Value(NATIONAL),
                output_field=IntegerField(),
            )
        )

    def groups(self):
        """Groups a visitor can still join, nearest first (digital groups count as national)."""
        groups = self.near(SelfHelpGroup.objects.joinable())
        return groups.select_related("organisation", "municipality", "starter__organisation").order_by(
            "proximity", *BY_START
        )

    def events(self):
        """Meetings that are not over, where the visitor lives (or digital), soonest first."""
        events = self.near(Event.objects.public())
        return events.select_related("organisation", "municipality").order_by("starts_at", "pk")

    @staticmethod
    def for_listing(queryset):
        """What a list of organisation cards needs, in a fixed number of queries."""
        return queryset.select_related("municipality", "logo", "visiting_postal_code").prefetch_related(
            Prefetch("served_municipalities", queryset=Municipality.objects.only("id", "name", "county_id")),
            Prefetch("served_counties", queryset=County.objects.only("id", "official_name")),
            OrganisationTopic.prefetch(),
        )

    def reason_key(self, proximity):
        """What ``reason()`` depends on besides the organisation: its proximity and the place asked for."""
        return f"{proximity}:{sorted(m.id for m in self.municipalities)}:{sorted(c.id for c in self.counties)}"

    def reason(self, organisation):
        """Why an organisation is listed for the place asked for: “Serves Nesbyen”, “National”."""
        proximity = getattr(organisation, "proximity", None)
        if proximity is None:
            return ""
        if proximity == NATIONAL:
            return _("National")
        if proximity == COUNTY:
            wanted = {m.county_id for m in self.municipalities} or {c.id for c in self.counties}
            names = [c.official_name for c in organisation.served_counties.all() if c.id in wanted]
        else:
            if self.municipalities:
                wanted_ids = {m.id for m in self.municipalities}
                names = [m.name for m in organisation.served_municipalities.all() if m.id in wanted_ids]
            else:
                county_ids = {c.id for c in self.counties}
                names = [m.name for m in organisation.served_municipalities.all() if m.county_id in county_ids]
        return _("Serves %(places)s") % {"places": ", ".join(names)}
