"""The pages endpoint of the content API (/api/v2/pages/), for consumer sites.

Wagtail's PagesAPIViewSet with: a strict ``locale`` filter (400 naming the parameter for an unknown
form, where Wagtail answers 404), ``topic`` and ``audience`` filters, each page's linked translations
and whether it is an untranslated mirror, and ``find/?html_path=`` that understands the /nb/ and /nn/
prefixes of the site's URLs.
"""

from django.db.models import Prefetch
from django.http import Http404
from rest_framework.fields import Field
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    SearchFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.serializers import PageSerializer
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from config import cache as page_cache
from directory.api import LANGUAGE_CODES, ParameterError, ParameterErrorsMixin, locale_code

from .models import ArticlePage, ArticlePageTopic, Audience

Rendition = get_image_model().get_rendition_model()


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


class TranslationsField(Field):
    """The page's live versions in the other written forms: locale, id and address of each."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        view = self.context["view"]
        request = self.context["request"]
        return [
            {"locale": version.locale.language_code, "id": version.id, "html_url": version.get_full_url(request)}
            for version in view.translations_of(page)
            if version.id != page.id
        ]


class MirrorField(Field):
    """True when the page is an untranslated mirror of a page in another form (shows its text)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

    def to_representation(self, page):
        return page.alias_of_id is not None


class SitePageSerializer(PageSerializer):
    translations = TranslationsField()
    is_untranslated_mirror = MirrorField()


class SitePagesAPIViewSet(ParameterErrorsMixin, PagesAPIViewSet):
    base_serializer_class = SitePageSerializer
    filter_backends = [
        FieldsFilter,
        ChildOfFilter,
        AncestorOfFilter,
        DescendantOfFilter,
        OrderingFilter,
        TranslationOfFilter,
        LocaleFilter,
        ArticleMetadataFilter,
        SearchFilter,  # last: search results cannot be filtered further
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["topic", "audience"])
    meta_fields = PagesAPIViewSet.meta_fields + ["translations", "is_untranslated_mirror"]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["translations", "is_untranslated_mirror"]

    def get_queryset(self):
        queryset = super().get_queryset().select_related("locale")
        model = queryset.model
        if hasattr(model, "topic_links"):
            queryset = queryset.prefetch_related(
                Prefetch("topic_links", queryset=ArticlePageTopic.objects.select_related("topic"))
            )
        if hasattr(model, "organisation"):
            queryset = queryset.select_related("organisation")
        if hasattr(model, "listing_image"):
            queryset = queryset.select_related("listing_image").prefetch_related(
                Prefetch("listing_image__renditions", queryset=Rendition.objects.filter(filter_spec="fill-480x270"))
            )
        return queryset

    # --- translations in a fixed number of queries ----------------------------------------------
    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        self._load_translations(page)
        return page

    def _load_translations(self, pages):
        keys = {page.translation_key for page in pages}
        page_cache.add_tags(*(page_cache.translation_tag(key) for key in keys))
        self._translations = {}
        for version in Page.objects.live().public().filter(translation_key__in=keys).select_related("locale"):
            self._translations.setdefault(version.translation_key, []).append(version)

    def translations_of(self, page):
        if not hasattr(self, "_translations") or page.translation_key not in self._translations:
            self._load_translations([page])
        return self._translations.get(page.translation_key, [])

    # --- find/?html_path=/nn/... -----------------------------------------------------------------
    def find_object(self, queryset, request):
        site = Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()
        if "html_path" in request.GET and site is not None:
            components = [part for part in request.GET["html_path"].split("/") if part]
            if not components or components[0] not in LANGUAGE_CODES:
                raise ParameterError("html_path", "html_path: start with the form, /nb/ or /nn/")
            root = site.root_page.get_translation_or_none(Locale.objects.get(language_code=components[0]))
            if root is None:
                return None
            try:
                page, _args, _kwargs = root.specific.route(request, components[1:])
            except Http404:
                return None
            return page if queryset.filter(id=page.id).exists() else None
        return super().find_object(queryset, request)
