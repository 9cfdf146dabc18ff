"""The topic taxonomy shared by articles (home) and organisations.

Topics live in the directory app because the directory must not import the page app, while pages
may point at directory models.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField


def topic_menu_key(locale_id):
    return f"directory:topics:{locale_id}"


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A theme such as grief or loneliness. One record per locale, linked by translation_key.

    The slug is the same in both forms so that a filter link (?tema=sorg) works in either.
    """

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        help_text=_("Used in filter links, for example “sorg”. The same in both written forms."),
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale"),
        ]

    def __str__(self):
        return self.name

    @classmethod
    def for_menu(cls, locale_id):
        """The topics of a locale by name: a short list on many pages, kept in the cache until a topic
        changes (config/invalidation.py)."""
        return cache.get_or_set(
            topic_menu_key(locale_id),
            lambda: list(cls.objects.filter(locale_id=locale_id).order_by("name")),
            settings.MENU_CACHE_SECONDS,
        )


class TopicLink(TranslatableMixin, Orderable):
    """Links a page or snippet to a topic (the concrete link adds its ParentalKey).

    Translatable, so that the nn version of the page or organisation points to the nn topic.
    """

    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        verbose_name = _("topic")

    @classmethod
    def prefetch(cls):
        """Prefetches ``topic_links`` with each link's topic, in one query for a whole list."""
        return models.Prefetch("topic_links", queryset=cls.objects.select_related("topic"))


class HasTopics:
    """For models with a ``topic_links`` child relation to a TopicLink."""

    @property
    def topics(self):
        return [link.topic for link in self.topic_links.all()]
