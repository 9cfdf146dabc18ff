from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from core.pages import public
from pagecache.tags import depends_on


class SiteSitemap(Sitemap):
    """Every live page of both written forms, except untranslated mirrors (their canonical is the
    bokmål original, which is listed)."""

    def items(self):
        depends_on(Page, "directory.Organisation")  # directory pages list organisations
        return (
            public(Page.objects.live())
            .filter(depth__gte=2, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
