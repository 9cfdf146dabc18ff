from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class SiteSitemap(Sitemap):
    """Every live page of both written forms, except untranslated mirrors (their canonical is the
    bokmål original, which is listed)."""

    def items(self):
        return (
            Page.objects.live()
            .public()
            .filter(depth__gte=2, alias_of__isnull=True)
            .order_by("path")
            .defer_streamfields()
            .specific()
        )
