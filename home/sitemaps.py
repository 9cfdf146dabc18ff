from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from config import cache as page_cache
from directory.pages import public


class SiteSitemap(Sitemap):
    """Every live page of both written forms, except untranslated mirrors (their canonical is the
    bokmål original, which is listed)."""

    def items(self):
        page_cache.add_tags(page_cache.LIST_PAGES, page_cache.LIST_ORGANISATIONS)  # directory pages list these
        return (
            public(Page.objects.live())
            .filter(depth__gte=2, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
