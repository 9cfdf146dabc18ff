"""Content pages: one HomePage per locale, SectionPage themes and ArticlePage articles.

The nn tree mirrors the nb tree (wagtail-localize): a page not yet translated exists in nn as an
alias of its bokmål source until a translator publishes the nynorsk text.
"""

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.utils.functional import SimpleLazyObject
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images.api.fields import ImageRenditionField
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from core.fields import optional_link, optional_text
from core.models import Topic, TopicLink
from core.pages import SitePageMixin, public
from directory.api_fields import TopicsField as TopicLinksField
from directory.models import Event
from directory.models.groups import shown_until

from .blocks import ArticleBodyBlock

ARTICLES_PER_PAGE = 9


class Audience(models.TextChoices):
    AFFECTED = "affected", _("People in a difficult situation")
    NEXT_OF_KIN = "next_of_kin", _("Next of kin")
    PROFESSIONALS = "professionals", _("Professionals")
    EVERYONE = "everyone", _("Everyone")


class SitePage(SitePageMixin, Page):
    """Shared behaviour of every page type of the site (not a page type of its own)."""

    class Meta:
        abstract = True


class ListingImageMixin(models.Model):
    """The picture shown on cards and in link previews."""

    listing_image = optional_link("wagtailimages.Image", _("listing image"))

    class Meta:
        abstract = True


class HomePage(SitePage):
    hero_heading = models.CharField(_("hero heading"), max_length=120)
    hero_text = models.TextField(_("hero text"), max_length=500)

    content_panels = Page.content_panels + [FieldPanel("hero_heading"), FieldPanel("hero_text")]
    search_fields = Page.search_fields + [index.SearchField("hero_text")]
    api_fields = [APIField("hero_heading"), APIField("hero_text")]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["home.SectionPage", "directory.DirectoryPage"]
    # One home page per written form; the nn one is created as a translation of the nb one.
    max_count = len(settings.WAGTAIL_CONTENT_LANGUAGES)
    # Lists sections, the latest articles and the coming meetings.
    cache_depends_on = ("wagtailcore.Page", "directory.Event", "directory.Organisation")
    UPCOMING_EVENTS = 4

    class Meta:
        verbose_name = _("home page")

    def get_meta_description(self):
        return self.search_description or self.hero_text

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        # Built only when the template's fragment is (the home page's lists are usually kept whole).
        context["sections"] = SimpleLazyObject(
            lambda: list(public(SectionPage.objects.child_of(self).live()).select_related("listing_image"))
        )
        context["latest_articles"] = SimpleLazyObject(
            lambda: list(
                public(ArticlePage.objects.descendant_of(self).live())
                .select_related("listing_image")
                .order_by("-first_published_at", "-id")[:6]
            )
        )
        events = list(
            Event.objects.public()
            .select_related("municipality", "organisation")
            .order_by("starts_at", "pk")[: self.UPCOMING_EVENTS]
        )
        shown_until(request, events)
        context["upcoming_events"] = events
        return context


class SectionPage(ListingImageMixin, SitePage):  # noqa: DJ008 (Page has __str__)
    """A theme (what self-help is, for next of kin, ...) that lists its articles as cards."""

    intro = models.TextField(_("introduction"), max_length=400)

    serve_select_related = ("locale", "listing_image")
    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("listing_image")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro"), APIField("listing_image", serializer=ImageRenditionField("fill-480x270"))]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["home.ArticlePage"]
    cache_depends_on = ("wagtailcore.Page", "core.Topic")  # lists its articles, filters by topic

    class Meta:
        verbose_name = _("section page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        articles = (
            public(ArticlePage.objects.child_of(self).live())
            .select_related("listing_image")
            .order_by("-first_published_at", "-id")
        )

        topics = Topic.for_menu(self.locale_id)
        topic_slug = request.GET.get("tema", "")
        audience = request.GET.get("malgruppe", "")
        unknown_filters = []

        selected_topic = next((t for t in topics if t.slug == topic_slug), None)
        if topic_slug and selected_topic is None:
            unknown_filters.append(_("topic"))
        if selected_topic:
            articles = articles.filter(topic_links__topic=selected_topic)

        if audience and audience not in Audience.values:
            unknown_filters.append(_("audience"))
            audience = ""
        if audience and audience != Audience.EVERYONE:
            articles = articles.filter(audience__in=[audience, Audience.EVERYONE])
        elif audience == Audience.EVERYONE:
            articles = articles.filter(audience=Audience.EVERYONE)

        paginator = Paginator(articles.distinct(), ARTICLES_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("side"))

        filters = {}
        if selected_topic:
            filters["tema"] = selected_topic.slug
        if audience:
            filters["malgruppe"] = audience

        context.update(
            articles=page_obj,
            paginator=paginator,
            topics=topics,
            audiences=Audience.choices,
            selected_topic=selected_topic,
            selected_audience=audience,
            unknown_filters=unknown_filters,
            filter_query=filters,
        )
        return context


class ArticlePage(ListingImageMixin, SitePage):  # noqa: DJ008 (Page has __str__)
    intro = models.TextField(
        _("introduction"),
        max_length=300,
        help_text=_("One or two plain sentences. Shown at the top and on cards."),
    )
    body = StreamField(ArticleBodyBlock(), verbose_name=_("body"))
    audience = models.CharField(_("audience"), max_length=20, choices=Audience.choices, default=Audience.EVERYONE)
    organisation = optional_link(
        "directory.Organisation",
        _("published by"),
        related_name="articles",
        help_text=_("The organisation that owns this article."),
    )
    age_group = optional_text(
        _("age group"),
        40,
        help_text=_("For example “16–100” or “for everyone”."),
    )

    serve_select_related = ("locale", "listing_image", "organisation")
    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("listing_image"),
        FieldPanel("body"),
        FieldPanel("organisation"),
        MultiFieldPanel(
            [FieldPanel("audience"), FieldPanel("age_group"), InlinePanel("topic_links", label=_("Topics"))],
            heading=_("Who the article is for"),
        ),
    ]
    search_fields = Page.search_fields + [
        index.SearchField("intro", boost=1.5),
        index.SearchField("body"),
        index.FilterField("audience"),
    ]
    api_fields = [
        APIField("intro"),
        APIField("listing_image", serializer=ImageRenditionField("fill-480x270")),
        APIField("body"),
        APIField("audience"),
        APIField("age_group"),
        APIField("topics", serializer=TopicLinksField(source="topic_links")),
        APIField("organisation"),
        APIField("last_published_at"),
    ]

    parent_page_types = ["home.SectionPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")

    @property
    def topics(self):
        return [link.topic for link in self.topic_links.select_related("topic")]


class ArticlePageTopic(TranslatableMixin, TopicLink):
    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="topic_links")

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
