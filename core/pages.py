"""Page behaviour shared by every page type of the site (``home`` and ``directory`` page types)."""

from django.db.models import Exists, OuterRef
from django.db.models.functions import Left, Length
from django.utils.functional import cached_property
from wagtail.models import Page, PageViewRestriction

from . import previews


def restricted_here_or_above():
    """True for a page with a view restriction on itself or a page above it."""
    return Exists(PageViewRestriction.objects.filter(page__path=Left(OuterRef("path"), Length("page__path"))))


def public(queryset):
    """Wagtail's ``.public()`` as one query: Wagtail first fetches every restriction, then filters."""
    return queryset.exclude(restricted_here_or_above())


class SitePageMixin:
    # Fetched together with the page when it is served (core.routing).
    serve_select_related = ("locale",)
    route_ancestors = None
    route_restricted = True

    def get_view_restrictions(self):
        """Wagtail's check of this page's and its ancestors' restrictions, in one query when the
        router already has the ancestors (an alias is checked as the page it mirrors)."""
        if self.route_ancestors is None:
            return super().get_view_restrictions()
        if not self.route_restricted:
            return PageViewRestriction.objects.none()
        pages = [*self.route_ancestors, self]
        return PageViewRestriction.objects.filter(page_id__in={page.alias_of_id or page.pk for page in pages})

    @property
    def preview_modes(self):
        """Wagtail's own preview, and any added by the rooms above (core.previews)."""
        return [*super().preview_modes, *previews.extra_modes(self)]

    def serve_preview(self, request, mode_name):
        response = previews.serve(self, request, mode_name)
        return response if response is not None else super().serve_preview(request, mode_name)

    def parent_page(self):
        return self.route_ancestors[-1] if self.route_ancestors else self.get_parent()

    def breadcrumb_ancestors(self):
        """The pages above this one, from the home page down."""
        ancestors = self.route_ancestors if self.route_ancestors is not None else self.get_ancestors()
        return [ancestor for ancestor in ancestors if ancestor.depth >= 2]

    def serves_sub_route(self, args, kwargs):
        """Whether an address below this page (a RoutablePageMixin route) shows something."""
        return False

    def get_meta_description(self):
        return self.search_description or getattr(self, "intro", "") or ""

    @cached_property
    def mirror_source(self):
        """The page this page mirrors when it is an untranslated alias from another locale, else None."""
        if not self.alias_of_id:
            return None
        source = Page.objects.select_related("locale").filter(id=self.alias_of_id).first()
        if source is None or source.locale_id == self.locale_id:
            return None
        return source
