"""The API's filters beyond Wagtail's own: written form, place, topic, type, changes and plain-word
search, each checked strictly (a wrong value is a 400 that names the parameter)."""

from django.db.models import Case, Q, When
from django.utils import timezone
from django.utils.dateparse import parse_date, parse_datetime
from rest_framework.filters import BaseFilterBackend
from wagtail.models import Locale
from wagtail.search.backends import get_search_backend

from core.languages import LANGUAGE_CODES, current_form
from core.search import plain_words
from directory.models.filters import DirectoryFilters
from home.models import ArticlePage, Audience

from .errors import ParameterError

MAX_SEARCH_RESULTS = 1000

# API parameter -> the directory page's parameter of the same meaning.
PLACE_PARAMETERS = {"postal_code": "postnummer", "municipality": "kommune", "county": "fylke", "topic": "tema"}


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

        locale_id = Locale.objects.get(language_code=current_form()).id
        filters = DirectoryFilters(params, locale_id)
        for api, ours in [*PLACE_PARAMETERS.items(), ("type", "type")]:
            if ours in filters.errors:
                raise ParameterError(api, f"{api}: {filters.errors[ours]}")
        return view.restrict_to_organisations(queryset, filters)


class LocaleFilter(BaseFilterBackend):
    """?locale=nb|nn, checked like the directory endpoints' (400 naming the parameter)."""

    def filter_queryset(self, request, queryset, view):
        code = locale_code(request)
        return queryset if code is None else queryset.filter(locale__language_code=code)


class ArticleMetadataFilter(BaseFilterBackend):
    """?topic=<topic slug>; and a check of ?audience= (Wagtail's field filter matches it exactly)."""

    def filter_queryset(self, request, queryset, view):
        if "audience" in request.GET and request.GET["audience"] not in Audience.values:
            raise ParameterError("audience", f"audience: use one of {', '.join(Audience.values)}")
        if "topic" not in request.GET:
            return queryset
        slug = request.GET["topic"]
        if not slug or len(slug) > 80:
            raise ParameterError("topic", "topic: give a topic slug, such as “sorg”")
        return queryset.filter(id__in=ArticlePage.objects.filter(topic_links__topic__slug=slug).values("id"))
