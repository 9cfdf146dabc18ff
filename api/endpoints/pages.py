"""The pages endpoint of the content API (/api/v2/pages/), for consumer sites.

Wagtail's PagesAPIViewSet with: a strict ``locale`` filter (400 naming the parameter for an unknown
form, where Wagtail answers 404), ``topic`` and ``audience`` filters, each page's linked translations
and whether it is an untranslated mirror, and ``find/?html_path=`` that understands the /nb/ and /nn/
prefixes of the site's URLs.
"""

from django.db.models import Exists, OuterRef, Prefetch
from django.db.models.functions import Left, Length
from django.http import Http404
from wagtail.api.v2.filters import (
    AncestorOfFilter,
    ChildOfFilter,
    DescendantOfFilter,
    FieldsFilter,
    OrderingFilter,
    TranslationOfFilter,
)
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import BaseAPIViewSet, PagesAPIViewSet
from wagtail.api.validators import SiteFilterValidator
from wagtail.images import get_image_model
from wagtail.models import Locale, Page, Site

from core.languages import LANGUAGE_CODES
from core.pages import public
from home.models import ArticlePageTopic
from pagecache.tags import add_tags, translation_tag

from ..errors import ParameterError
from ..filters import ArticleMetadataFilter, LocaleFilter, WordSearchFilter
from ..serializers import SitePageSerializer
from .base import PublicEndpointMixin

Rendition = get_image_model().get_rendition_model()


class SitePagesAPIViewSet(PublicEndpointMixin, PagesAPIViewSet):
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
        WordSearchFilter,
    ]
    search_fields_without_index = ()
    list_depends_on = ("core.Topic",)
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(["topic", "audience"])
    meta_fields = PagesAPIViewSet.meta_fields + ["translations", "is_untranslated_mirror"]
    listing_default_fields = PagesAPIViewSet.listing_default_fields + ["translations", "is_untranslated_mirror"]

    # A body is a page's whole text: only in the detail, so that a list stays a fixed number of queries.
    detail_only_fields = [*PagesAPIViewSet.detail_only_fields, "body"]

    def get_base_queryset(self):
        """Wagtail's live, public pages of the site (both forms), built without queries: Wagtail
        reads every view restriction and the home page's translations first, on every call."""
        if getattr(self, "_base_queryset", None) is None:
            try:
                site = SiteFilterValidator(site=self.request.GET.get("site"), request=self.request).site_obj
            except ValueError as error:
                raise BadRequestError(str(error)) from error
            if site is None:
                self._base_queryset = Page.objects.none()
            else:
                site_roots = Page.objects.filter(
                    translation_key=site.root_page.translation_key, path=Left(OuterRef("path"), Length("path"))
                )
                self._base_queryset = public(Page.objects.live()).filter(Exists(site_roots))
        return self._base_queryset

    def detail_form(self):
        """A page's body (its contact and organisation cards) speaks the page's own form."""
        return self.visible_object().locale.language_code

    def search_base_queryset(self):
        """What the search backend searches: live pages (it only takes plain field filters); the
        answer is the intersection with every other filter."""
        return Page.objects.live()

    def get_object(self):
        """The page with what its fields need, fetched together (Wagtail fetches the specific page
        bare, so each topic or image is its own query)."""
        if not hasattr(self, "_specific_object"):
            base = BaseAPIViewSet.get_object(self)
            model = base.specific_class or Page
            self._specific_object = self.with_related(model.objects.filter(pk=base.pk)).first() or base.specific
        return self._specific_object

    def get_queryset(self):
        return self.with_related(super().get_queryset())

    def with_related(self, queryset):
        queryset = queryset.select_related("locale")
        model = queryset.model
        if hasattr(model, "topic_links"):
            queryset = queryset.prefetch_related(ArticlePageTopic.prefetch())
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

    def prepare_items(self, objects):
        self._load_translations(objects)
        return objects

    def _load_translations(self, pages):
        keys = {page.translation_key for page in pages}
        add_tags(*(translation_tag(key) for key in keys))
        self._translations = {}
        for version in public(Page.objects.live()).filter(translation_key__in=keys).select_related("locale"):
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
                page, args, kwargs = root.specific.route(request, components[1:])
            except Http404:
                return None
            # An address below a page (an organisation under the directory page) counts only where the
            # site answers it: an inactive organisation's address is a 404 here as it is in HTML.
            if (args or kwargs) and not page.specific.serves_sub_route(args, kwargs):
                return None
            return page if queryset.filter(id=page.id).exists() else None
        return super().find_object(queryset, request)
