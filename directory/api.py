"""Organisations and contact persons in the content API (/api/v2/organisations/, /api/v2/contacts/).

Wagtail's snippet endpoints have no filters, so these are BaseAPIViewSet subclasses with their own
filter backend. Every parameter is checked: a wrong value is a 400 whose JSON body names the
parameter. Only published, active organisations and public contact persons are ever served, and only
fields meant for the public (never consent dates, internal notes or editor groups).

An organisation or person exists once, with one id; ``?locale=nb|nn`` (default nb) chooses the written
form of its texts and of its address on the site.
"""

from django.conf import settings
from django.db.models import Case, Q, When
from django.http import Http404
from django.utils import timezone, translation
from django.utils.dateparse import parse_date, parse_datetime
from rest_framework.fields import CharField
from rest_framework.filters import BaseFilterBackend
from rest_framework.response import Response
from wagtail.api import APIField
from wagtail.api.v2.filters import OrderingFilter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet
from wagtail.images.api.fields import ImageRenditionField
from wagtail.search.backends import get_search_backend

from config import cache as page_cache

from .api_fields import (
    MunicipalityField,
    PostalCodeField,
    ServedPlacesField,
    SocialLinksField,
    TopicListField,
    WholeObjectField,
)
from .filters import DirectoryFilters
from .models import ContactPerson, DirectoryPage, Organisation, OrganisationTopic
from .models.organisations import current_form
from .search import plain_words

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]
DEFAULT_FORM = "nb"
MAX_SEARCH_RESULTS = 1000

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
    # The API is public and read-only: it takes no credentials, so it cannot be used to try passwords
    # (nor lock an editor out through the login lockout).
    authentication_classes = ()

    def check_query_parameters(self, queryset):
        super().check_query_parameters(queryset)
        for name in NUMBER_PARAMETERS & set(self.request.GET):
            value = self.request.GET[name]
            if value.isdigit() and int(value) > LARGEST_NUMBER:
                raise ParameterError(name, f"{name}: the number is too large")
        if self.request.GET.get("limit", "1").strip() in {"0", "-0", "+0"}:
            raise ParameterError("limit", "limit: give a number from 1 to 100")

    def listing_view(self, request):
        page_cache.add_tags(page_cache.list_tag(self.model))
        return super().listing_view(request)

    def detail_view(self, request, pk):
        if int(pk) > LARGEST_NUMBER:
            raise Http404("not found")  # answered as JSON; the database could not even compare it
        with translation.override(self.detail_form()):
            return super().detail_view(request, pk)

    def detail_form(self):
        """The written form a detail answer is given in (texts written twice, cards in a body)."""
        return translation.get_language()

    def handle_exception(self, exc):
        if isinstance(exc, ParameterError):
            return Response({"message": str(exc), "parameter": exc.parameter}, status=400)
        return super().handle_exception(exc)


def every_word_in_some_field(words, fields):
    """Q: each of the words occurs (case-insensitively) in at least one of the fields."""
    match = Q()
    for word in words.split():
        in_a_field = Q()
        for field in fields:
            in_a_field |= Q(**{f"{field}__icontains": word})
        match &= in_a_field
    return match


class WordSearchFilter(BaseFilterBackend):
    """?search=: plain words (never query syntax), combinable with every other filter and ``order``.

    The search backend only takes plain field filters, so it searches the endpoint's base queryset
    and the answer is that queryset's matches, in order of relevance unless ``order`` is given. A
    model outside the search index (contact persons) is searched in its ``search_fields`` directly.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        words = plain_words(request.GET["search"])
        if not words:
            raise ParameterError("search", "search: give at least one word")
        if view.search_fields_without_index:
            return queryset.filter(every_word_in_some_field(words, view.search_fields_without_index))
        operator = request.GET.get("search_operator", "and")
        if operator not in ("and", "or"):
            raise ParameterError("search_operator", "search_operator: use and or or")
        found = get_search_backend().search(words, view.search_base_queryset(), operator=operator)
        found = found[:MAX_SEARCH_RESULTS]
        ranked = [item.pk for item in found]
        queryset = queryset.filter(pk__in=ranked)
        if "order" in request.GET or not ranked:
            return queryset
        relevance = Case(*(When(pk=pk, then=position) for position, pk in enumerate(ranked)))
        return queryset.order_by(relevance)


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
        locale_code(request)  # checked; the form only changes how texts are shown
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

        locale_id = view.locale_model.objects.get(language_code=current_form()).id
        filters = DirectoryFilters(params, locale_id)
        for api, ours in [*PLACE_PARAMETERS.items(), ("type", "type")]:
            if ours in filters.errors:
                raise ParameterError(api, f"{api}: {filters.errors[ours]}")
        return view.restrict_to_organisations(queryset, filters)


def contact_representation(person, request):
    data = {
        "id": person.id,
        "name": person.name,
        "role": person.local_role,
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
        directory = self.context["view"].directory_page()
        if directory is None:
            return None
        return directory.get_full_url(self.context["request"]) + organisation.slug + "/"


class FormField(WholeObjectField):
    """The written form the texts are given in (``?locale=``)."""

    def to_representation(self, instance):
        return current_form()


def in_form(source):
    """A text written twice, in the form asked for."""
    return CharField(source=f"local_{source}", read_only=True)


class DirectoryAPIViewSet(ParameterErrorsMixin, BaseAPIViewSet):
    filter_backends = [DirectoryAPIFilter, OrderingFilter, WordSearchFilter]
    known_query_parameters = BaseAPIViewSet.known_query_parameters.union(
        ["locale", "changed_since", "type", *PLACE_PARAMETERS]
    )
    search_fields_without_index = ()

    @property
    def locale_model(self):
        from wagtail.models import Locale

        return Locale

    def dispatch(self, request, *args, **kwargs):
        # Texts, topic names and addresses in the form asked for (a wrong ?locale= is a 400 later).
        code = request.GET.get("locale")
        with translation.override(code if code in LANGUAGE_CODES else DEFAULT_FORM):
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

    def detail_view(self, request, pk):
        page_cache.add_tags(page_cache.LIST_CONTACTS)  # the organisation's public contact persons
        return super().detail_view(request, pk)

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
        if "organisation" in self.request.GET:
            value = self.request.GET["organisation"]
            if not value.isdigit() or len(value) > 12:
                raise ParameterError("organisation", "organisation: give an organisation id")
            queryset = queryset.filter(organisation_id=int(value))
        return queryset

    def restrict_to_organisations(self, queryset, filters):
        return queryset.filter(organisation_id__in=filters.queryset(base=Organisation.objects.public()).values("id"))
