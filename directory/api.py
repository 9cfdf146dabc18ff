"""Organisations and contact persons in the content API (/api/v2/organisations/, /api/v2/contacts/).

Wagtail's snippet endpoints have no filters, so these are BaseAPIViewSet subclasses with their own
filter backend. Every parameter is checked: a wrong value is a 400 whose JSON body names the
parameter. Only published, active organisations and public contact persons are ever served, and only
fields meant for the public (never consent dates, internal notes or editor groups).
"""

from django.conf import settings
from django.http import Http404
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.filters import OrderingFilter, SearchFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.images.api.fields import ImageRenditionField

from config import cache as page_cache

from .api_fields import (
    MunicipalityField,
    PostalCodeField,
    ServedPlacesField,
    SocialLinksField,
    TopicsField,
    WholeObjectField,
)
from .filters import DirectoryFilters
from .models import ContactPerson, DirectoryPage, Organisation, OrganisationTopic

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]

# API parameter -> the directory page's parameter of the same meaning.
PLACE_PARAMETERS = {"postal_code": "postnummer", "municipality": "kommune", "county": "fylke", "topic": "tema"}


class ParameterError(BadRequestError):
    """A bad query parameter: answered with 400 and a JSON body that names the parameter."""

    def __init__(self, parameter, message):
        self.parameter = parameter
        super().__init__(message)


NUMBER_PARAMETERS = {
    "limit",
    "offset",
    "id",
    "child_of",
    "descendant_of",
    "ancestor_of",
    "translation_of",
    "organisation",
}
LARGEST_NUMBER = 2**63 - 1  # the largest a database column holds


class ParameterErrorsMixin:
    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        for name in NUMBER_PARAMETERS & set(self.request.GET):
            value = self.request.GET[name]
            if value.isdigit() and int(value) > LARGEST_NUMBER:
                raise ParameterError(name, f"{name}: the number is too large")

    def listing_view(self, request):
        page_cache.add_tags(page_cache.list_tag(self.model))
        return super().listing_view(request)

    def detail_view(self, request, pk):
        if int(pk) > LARGEST_NUMBER:
            raise Http404("not found")  # answered as JSON; the database could not even compare it
        return super().detail_view(request, pk)

    def handle_exception(self, exc):
        if isinstance(exc, ParameterError):
            return Response({"message": str(exc), "parameter": exc.parameter}, status=400)
        return super().handle_exception(exc)


def locale_code(request):
    """The ?locale= value, checked; None when absent."""
    if "locale" not in request.GET:
        return None
    value = request.GET["locale"]
    if value not in LANGUAGE_CODES:
        raise ParameterError("locale", f"locale: use one of {', '.join(LANGUAGE_CODES)}")
    return value


def changed_since(request):
    if "changed_since" not in request.GET:
        return None
    raw = request.GET["changed_since"].strip()
    try:
        moment = parse_datetime(raw)
        if moment is None:
            day = parse_date(raw)
            moment = timezone.datetime(day.year, day.month, day.day) if day else None
    except ValueError:
        moment = None
    if moment is None:
        raise ParameterError("changed_since", "changed_since: give an ISO 8601 date or time, e.g. 2026-11-01")
    if timezone.is_naive(moment):
        moment = timezone.make_aware(moment, timezone.get_default_timezone())
    return moment


class DirectoryAPIFilter(BaseFilterBackend):
    """locale, postal_code, municipality, county, topic, type and changed_since, checked strictly."""

    def filter_queryset(self, request, queryset, view):
        code = locale_code(request)
        locale_id = None
        if code is not None:
            locale_id = view.locale_model.objects.get(language_code=code).id
            queryset = queryset.filter(locale_id=locale_id)  # locale is indexed for search too
        moment = changed_since(request)
        if moment is not None:
            queryset = queryset.filter(**{view.changed_lookup: moment})

        params = {ours: request.GET[api] for api, ours in PLACE_PARAMETERS.items() if api in request.GET}
        if "type" in request.GET:
            params["type"] = request.GET["type"]
        if not params:
            return queryset
        for api, ours in [*PLACE_PARAMETERS.items(), ("type", "type")]:
            if ours in params and not params[ours].strip():
                raise ParameterError(api, f"{api}: give a value or leave the parameter out")

        filters = DirectoryFilters(params, locale_id)
        if "tema" in params and code is None:
            filters.errors.setdefault("tema", "give locale too: topic slugs are looked up in one form")
        for api, ours in [*PLACE_PARAMETERS.items(), ("type", "type")]:
            if ours in filters.errors:
                raise ParameterError(api, f"{api}: {filters.errors[ours]}")
        return view.restrict_to_organisations(queryset, filters)


def contact_representation(person, request):
    data = {
        "id": person.id,
        "name": person.name,
        "role": person.role,
        "email": person.email,
        "phone": person.phone,
        "photo": None,
    }
    if person.photo_id:
        rendition = person.photo.get_rendition("fill-240x240")
        data["photo"] = {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }
    return data


class PublicContactsField(WholeObjectField):
    """The organisation's public contact persons (detail only)."""

    def to_representation(self, organisation):
        persons = (
            ContactPerson.objects.public()
            .filter(organisation=organisation)
            .select_related("photo")
            .order_by("sort_order", "name")
        )
        return [contact_representation(person, self.context["request"]) for person in persons]


class DirectoryURLField(WholeObjectField):
    """The organisation's page on this site."""

    def to_representation(self, organisation):
        directory = self.context["view"].directory_page(organisation.locale_id)
        if directory is None:
            return None
        return directory.get_full_url(self.context["request"]) + organisation.slug + "/"


class LocaleCodeField(Field):
    def __init__(self, **kwargs):
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, locale):
        return locale.language_code


class DirectoryAPIViewSet(ParameterErrorsMixin, BaseAPIViewSet):
    filter_backends = [DirectoryAPIFilter, OrderingFilter, SearchFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["locale", "changed_since", "type", *PLACE_PARAMETERS]
    )

    @property
    def locale_model(self):
        from wagtail.models import Locale

        return Locale

    def directory_page(self, locale_id):
        cache = self.__dict__.setdefault("_directory_pages", {})
        if locale_id not in cache:
            cache[locale_id] = DirectoryPage.for_locale(locale_id)
        return cache[locale_id]

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        repeated = [name for name in self.request.GET if len(self.request.GET.getlist(name)) > 1]
        if repeated:
            raise ParameterError(repeated[0], f"{repeated[0]}: give the parameter once")


class OrganisationsAPIViewSet(DirectoryAPIViewSet):
    model = Organisation
    name = "organisations"
    changed_lookup = "last_published_at__gte"
    body_fields = [
        "id",
        "name",
        "slug",
        "organisation_type",
        "short_description",
        "how_to_take_part",
        "meeting_info",
        APIField("logo", serializer=ImageRenditionField("max-400x400")),
        "visiting_address",
        APIField("visiting_postal_code", serializer=PostalCodeField()),
        "postal_address",
        APIField("postal_postal_code", serializer=PostalCodeField()),
        APIField("municipality", serializer=MunicipalityField()),
        "service_area",
        APIField("served_counties", serializer=ServedPlacesField()),
        APIField("served_municipalities", serializer=ServedPlacesField()),
        APIField("topics", serializer=TopicsField(source="topic_links")),
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
        APIField("locale", serializer=LocaleCodeField()),
        APIField("html_url", serializer=DirectoryURLField()),
        "last_published_at",
    ]
    listing_default_fields = ["id", "type", "detail_url", "locale", "html_url", "name", "slug", "organisation_type"]
    nested_default_fields = ["id", "name", "slug"]
    detail_only_fields = ["contact_persons"]

    def detail_view(self, request, pk):
        page_cache.add_tags(page_cache.LIST_CONTACTS)  # the organisation's public contact persons
        return super().detail_view(request, pk)

    def get_queryset(self):
        return (
            Organisation.objects.public()
            .select_related("locale", "logo", "municipality", "visiting_postal_code__municipality")
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
    body_fields = [
        "id",
        "name",
        "role",
        "email",
        "phone",
        APIField("photo", serializer=ImageRenditionField("fill-240x240")),
        "organisation",
    ]
    meta_fields = ["type", "detail_url", APIField("locale", serializer=LocaleCodeField()), "last_published_at"]
    listing_default_fields = ["id", "type", "detail_url", "locale", "name", "role", "email", "phone", "organisation"]
    nested_default_fields = ["id", "name"]

    def get_queryset(self):
        queryset = (
            ContactPerson.objects.public()
            .select_related("locale", "photo", "organisation")
            .order_by("organisation__name", "sort_order", "name", "id")
        )
        if "organisation" in self.request.GET:
            value = self.request.GET["organisation"]
            if not value.isdigit() or len(value) > 12:
                raise ParameterError("organisation", "organisation: give an organisation id")
            queryset = queryset.filter(organisation_id=int(value))
        return queryset

    def restrict_to_organisations(self, queryset, filters):
        return queryset.filter(organisation_id__in=filters.queryset(base=Organisation.objects.public()).values("id"))
