"""The topic taxonomy (grief, loneliness, ...) shared by articles (home) and organisations
(directory), with the links that give a page or a record its topics."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

import pagecache

from .languages import current_form


def topic_menu_key(locale_id):
    return f"core:topics:{locale_id}"


def topic_form_key(language_code):
    return f"core:topics:form:{language_code}"


def forget_topic_menus(topic):
    """A topic changed: the menus and slug maps kept in the cache are built again."""
    pagecache.forget(topic_menu_key(topic.locale_id), *(topic_form_key(code) for code, _name in settings.LANGUAGES))


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
        changes (forget_topic_menus)."""
        return pagecache.remembered(
            topic_menu_key(locale_id),
            lambda: list(cls.objects.filter(locale_id=locale_id).order_by("name")),
            settings.MENU_CACHE_SECONDS,
        )

    @classmethod
    def by_slug(cls, language_code):
        """{slug: topic} of one written form, kept in the cache like the menu."""
        return pagecache.remembered(
            topic_form_key(language_code),
            lambda: {topic.slug: topic for topic in cls.objects.filter(locale__language_code=language_code)},
            settings.MENU_CACHE_SECONDS,
        )


class TopicLink(Orderable):
    """Links a page or snippet to a topic (the concrete link adds its ParentalKey).

    A page's links are translatable too (the nn page points to the nn topic); an organisation exists
    once, and its topics are shown in the visitor's form by their shared slug.
    """

    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]

    class Meta:
        abstract = True
        verbose_name = _("topic")

    @classmethod
    def prefetch(cls):
        """Prefetches ``topic_links`` with each link's topic, in one query for a whole list."""
        return models.Prefetch("topic_links", queryset=cls.objects.select_related("topic"))


class HasTopics:
    """For records that exist once, with a ``topic_links`` child relation to a TopicLink: their topics
    in the written form being shown."""

    @property
    def topics(self):
        in_form = Topic.by_slug(current_form())
        return [in_form.get(link.topic.slug, link.topic) for link in self.topic_links.all()]
