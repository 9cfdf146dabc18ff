"""Page behaviour shared by every page type of the site. Lives in the directory app (the lower
layer) so that both ``home`` and ``directory`` page types can use it."""

from django.utils.functional import cached_property
from wagtail.models import Page


class SitePageMixin:
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
