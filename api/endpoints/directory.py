"""Organisations, contact persons, groups and meetings in the content API (/api/v2/organisations/,
/api/v2/contacts/, /api/v2/groups/, /api/v2/events/).

Wagtail's snippet endpoints have no filters, so these are BaseAPIViewSet subclasses with their own
filter backends. Only published, active organisations and public contact persons are ever served,
and only fields meant for the public (never consent dates, internal notes or editor groups).

An organisation or person exists once, with one id; ``?locale=nb|nn`` (default nb) chooses the written
form of its texts and of its address on the site.
"""

from django.db.models import Q
from django.utils import translation
from wagtail.api import APIField
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.images.api.fields import ImageRenditionField

from core.languages import LANGUAGE_CODES, SOURCE_FORM, current_form
from directory.api_fields import (
    MunicipalityField,
    PostalCodeField,
    ServedPlacesField,
    SocialLinksField,
    TopicListField,
)
from directory.models import (
    ContactPerson,
    DirectoryPage,
    Event,
    EventTopic,
    GroupStatus,
    GroupTopic,
    Organisation,
    OrganisationTopic,
    SelfHelpGroup,
)
from directory.models.groups import BY_START, JOINABLE, shown_until

from ..errors import ParameterError, is_number
from ..filters import PLACE_PARAMETERS, DirectoryAPIFilter, WordSearchFilter
from ..serializers import (
    DirectoryURLField,
    FormField,
    PublicContactsField,
    RecordURLField,
    StarterField,
    in_form,
)
from .base import PublicEndpointMixin


class DirectoryAPIViewSet(PublicEndpointMixin, BaseAPIViewSet):
    filter_backends = [DirectoryAPIFilter, OrderingFilter, WordSearchFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["locale", "changed_since", "type", *PLACE_PARAMETERS]
    )
    search_fields_without_index = ()
    list_depends_on = (Organisation, ContactPerson, "core.Topic")

    def dispatch(self, request, *args, **kwargs):
        # Texts, topic names and addresses in the form asked for (a wrong ?locale= is a 400 later).
        code = request.GET.get("locale")
        with translation.override(code if code in LANGUAGE_CODES else SOURCE_FORM):
            return super().dispatch(request, *args, **kwargs)

    def directory_page(self):
        """The directory page of the form asked for, looked up once per request."""
        if "_directory_page" not in self.__dict__:
            self._directory_page = DirectoryPage.for_form(current_form())
        return self._directory_page

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        repeated = [name for name in self.request.GET if len(self.request.GET.getlist(name)) > 1]
        if repeated:
            raise ParameterError(repeated[0], f"{repeated[0]}: give the parameter once")

    def filter_organisation(self, queryset):
        """?organisation=<id>: only that organisation's (contact persons, groups, meetings)."""
        if "organisation" not in self.request.GET:
            return queryset
        value = self.request.GET["organisation"]
        if not is_number(value) or len(value) > 12:
            raise ParameterError("organisation", "organisation: give an organisation id")
        return queryset.filter(organisation_id=int(value))


class OrganisationsAPIViewSet(DirectoryAPIViewSet):
    model = Organisation
    name = "organisations"
    changed_lookup = "last_published_at__gte"
    body_fields = [
        "id",
        APIField("name", serializer=in_form("name")),
        "slug",
        "organisation_type",
        APIField("short_description", serializer=in_form("short_description")),
        APIField("how_to_take_part", serializer=in_form("how_to_take_part")),
        APIField("meeting_info", serializer=in_form("meeting_info")),
        APIField("logo", serializer=ImageRenditionField("max-400x400")),
        "visiting_address",
        APIField("visiting_postal_code", serializer=PostalCodeField()),
        "postal_address",
        APIField("postal_postal_code", serializer=PostalCodeField()),
        APIField("municipality", serializer=MunicipalityField()),
        "service_area",
        APIField("served_counties", serializer=ServedPlacesField()),
        APIField("served_municipalities", serializer=ServedPlacesField()),
        APIField("topics", serializer=TopicListField()),
        "phone",
        "email",
        "website",
        APIField("social_links", serializer=SocialLinksField()),
        "last_verified",
        APIField("contact_persons", serializer=PublicContactsField()),
    ]
    meta_fields = [
        "type",
        "detail_url",
        APIField("locale", serializer=FormField()),
        APIField("html_url", serializer=DirectoryURLField()),
        "last_published_at",
    ]
    listing_default_fields = ["id", "type", "detail_url", "locale", "html_url", "name", "slug", "organisation_type"]
    nested_default_fields = ["id", "name", "slug"]
    detail_only_fields = ["contact_persons"]

    detail_depends_on = (ContactPerson,)  # the organisation's public contact persons

    def search_base_queryset(self):
        return Organisation.objects.public()

    def get_queryset(self):
        return (
            Organisation.objects.public()
            .select_related("logo", "municipality", "visiting_postal_code__municipality")
            .select_related("postal_postal_code__municipality")
            .prefetch_related(
                "served_counties",
                "served_municipalities",
                "social_links",
                OrganisationTopic.prefetch(),
            )
            .order_by("name", "id")
        )

    def restrict_to_organisations(self, queryset, filters):
        # Nearest first (local, county, national) when a place was asked for, as on the directory page.
        return filters.queryset(base=queryset)


class ContactsAPIViewSet(DirectoryAPIViewSet):
    model = ContactPerson
    name = "contacts"
    changed_lookup = "last_published_at__gte"
    known_query_parameters = DirectoryAPIViewSet.known_query_parameters.union(["organisation"])
    search_fields_without_index = ("name", "role", "role_nn")
    body_fields = [
        "id",
        "name",
        APIField("role", serializer=in_form("role")),
        "email",
        "phone",
        APIField("photo", serializer=ImageRenditionField("fill-240x240")),
        "organisation",
    ]
    meta_fields = ["type", "detail_url", APIField("locale", serializer=FormField()), "last_published_at"]
    listing_default_fields = ["id", "type", "detail_url", "locale", "name", "role", "email", "phone", "organisation"]
    nested_default_fields = ["id", "name"]

    def get_queryset(self):
        queryset = (
            ContactPerson.objects.public()
            .select_related("photo", "organisation")
            .order_by("organisation__name", "sort_order", "name", "id")
        )
        return self.filter_organisation(queryset)

    def restrict_to_organisations(self, queryset, filters):
        return queryset.filter(organisation_id__in=filters.queryset(base=Organisation.objects.public()).values("id"))


class OwnedRecordsAPIViewSet(DirectoryAPIViewSet):
    """Groups and meetings: their organisation's place and topic filters, and ?organisation=<id>.
    They leave by themselves (a meeting that is over, a group past its end date)."""

    changed_lookup = "last_published_at__gte"
    leaves_by_itself = True

    def shown_until(self, request, ids):
        shown_until(request, self.model.objects.filter(pk__in=ids))

    known_query_parameters = DirectoryAPIViewSet.known_query_parameters.union(["organisation"])

    def restrict_to_organisations(self, queryset, filters):
        """Where the visitor lives (or digital), nearest first, and organised by the type asked for."""
        if filters.organisation_type:
            queryset = queryset.filter(organisation__organisation_type=filters.organisation_type)
        return filters.near(queryset).order_by("proximity", *queryset.query.order_by)


RECORD_META = ["type", "detail_url", APIField("locale", serializer=FormField()), "last_published_at"]


class GroupsAPIViewSet(OwnedRecordsAPIViewSet):
    model = SelfHelpGroup
    name = "groups"
    search_fields_without_index = ("name", "name_nn", "description", "description_nn")
    body_fields = [
        "id",
        APIField("name", serializer=in_form("name")),
        APIField("description", serializer=in_form("description")),
        "status",
        "audience",
        "age_group",
        "digital",
        APIField("municipality", serializer=MunicipalityField()),
        "place",
        "starts_on",
        "ends_on",
        APIField("rhythm", serializer=in_form("rhythm")),
        "size",
        APIField("how_to_join", serializer=in_form("how_to_join")),
        APIField("topics", serializer=TopicListField()),
        APIField("starter", serializer=StarterField()),
        "organisation",
    ]
    meta_fields = [*RECORD_META, APIField("html_url", serializer=RecordURLField("grupper"))]
    listing_default_fields = [
        *("id", "type", "detail_url", "locale", "html_url"),
        *("name", "status", "starts_on", "digital", "municipality", "organisation"),
    ]
    nested_default_fields = ["id", "name"]
    known_query_parameters = OwnedRecordsAPIViewSet.known_query_parameters.union(["status", "joinable"])
    # Ended groups are never served, so they are no status to ask for.
    LISTED_STATUSES = [value for value in GroupStatus.values if value != GroupStatus.ENDED]

    def filter_status(self, queryset):
        """?status=<one status>, ?joinable=true (forming, starting on a date, or open to newcomers: the
        groups the site's "Grupper du kan bli med i" lists) or false (running closed, or full)."""
        status = self.request.GET.get("status")
        if status is not None:
            if status not in self.LISTED_STATUSES:
                raise ParameterError("status", f"status: one of {', '.join(self.LISTED_STATUSES)}")
            queryset = queryset.filter(status=status)
        joinable = self.request.GET.get("joinable")
        if joinable is not None:
            if joinable not in ("true", "false"):
                raise ParameterError("joinable", "joinable: true or false")
            joinable_only = Q(status__in=JOINABLE)
            queryset = queryset.filter(joinable_only if joinable == "true" else ~joinable_only)
        return queryset

    def get_queryset(self):
        queryset = (
            SelfHelpGroup.objects.public()
            .select_related("municipality", "organisation", "starter__organisation")
            .prefetch_related(GroupTopic.prefetch())
            .order_by(*BY_START)
        )
        return self.filter_status(self.filter_organisation(queryset))


class EventsAPIViewSet(OwnedRecordsAPIViewSet):
    model = Event
    name = "events"
    search_fields_without_index = ("title", "title_nn", "description", "description_nn")
    body_fields = [
        "id",
        "kind",
        APIField("title", serializer=in_form("title")),
        APIField("description", serializer=in_form("description")),
        "starts_at",
        "ends_at",
        "digital",
        APIField("municipality", serializer=MunicipalityField()),
        "place",
        "sign_up",
        APIField("sign_up_info", serializer=in_form("sign_up_info")),
        "sign_up_url",
        APIField("topics", serializer=TopicListField()),
        "organisation",
    ]
    meta_fields = [*RECORD_META, APIField("html_url", serializer=RecordURLField("moter"))]
    listing_default_fields = [
        *("id", "type", "detail_url", "locale", "html_url"),
        *("kind", "title", "starts_at", "ends_at", "digital", "municipality", "organisation"),
    ]
    nested_default_fields = ["id", "title"]

    def get_queryset(self):
        queryset = (
            Event.objects.public()
            .select_related("municipality", "organisation")
            .prefetch_related(EventTopic.prefetch())
            .order_by("starts_at", "id")
        )
        return self.filter_organisation(queryset)
