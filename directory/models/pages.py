"""The directory page: “find help where you live”, one per locale, with a sub-page per organisation."""

from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db import models
from django.http import Http404
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils.safestring import mark_safe
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.models import Page
from wagtail.search import index

from core.pages import SitePageMixin, public
from pagecache.fragments import fragment, fragment_key, fragments
from pagecache.tags import instance_tag

from .calendar import calendar_response
from .filters import DirectoryFilters
from .groups import BY_START, Event, SelfHelpGroup, shown_until
from .jsonld import event_jsonld, group_jsonld, to_jsonld
from .organisations import ContactPerson, Organisation, OrganisationTopic, OrganisationType
from .places import Municipality

ORGANISATIONS_PER_PAGE = 20


# The form's fields by query parameter: where an error about a parameter links to (the municipality
# is asked for by postal code; ?kommune= comes from links).
FIELD_IDS = {
    "postnummer": "filter-postal-code",
    "kommune": "filter-postal-code",
    "fylke": "filter-county",
    "tema": "filter-topic",
    "type": "filter-type",
}


def listing_form(filters, params):
    """What the directory's form shows besides the filters: errors by field (for the error summary and
    the fields), what the visitor typed, the menus behind "More filters" and whether they are open."""
    errors = [
        {"field_id": FIELD_IDS.get(name, "filter-postal-code"), "message": msg} for name, msg in filters.errors.items()
    ]
    select_fields = [
        {
            "id": "filter-county",
            "name": "fylke",
            "label": _("County"),
            "everything": _("All counties"),
            "options": [(county.number, county.official_name) for county in Municipality.county_menu()],
            "selected": filters.applied.get("fylke"),
            "error": filters.errors.get("fylke"),
        },
        {
            "id": "filter-topic",
            "name": "tema",
            "label": _("Topic"),
            "everything": _("All topics"),
            "options": [(topic.slug, topic.name) for topic in filters.topics],
            "selected": filters.applied.get("tema"),
            "error": filters.errors.get("tema"),
        },
        {
            "id": "filter-type",
            "name": "type",
            "label": _("Type of organisation"),
            "everything": _("All types"),
            "options": OrganisationType.choices,
            "selected": filters.applied.get("type"),
            "error": filters.errors.get("type"),
        },
    ]
    more = ("fylke", "tema", "type", "q")
    chosen = [
        label
        for field in select_fields
        for value, label in field["options"]
        if field["selected"] and value == field["selected"]
    ]
    if filters.applied.get("q"):
        chosen.append(f"«{filters.applied['q']}»")
    return {
        "errors": errors,
        # The postal code field also answers for a municipality number from a link.
        "postal_code_error": filters.errors.get("postnummer") or filters.errors.get("kommune", ""),
        # A wrong postal code stays in its field, to be corrected (it is never kept in the cache).
        "raw": {"postnummer": str(params.get("postnummer", ""))[:10]},
        "select_fields": select_fields,
        # Closed unless one of its fields needs correcting: the results come first; what is chosen there
        # is shown above them.
        "more_filters_open": any(filters.errors.get(name) for name in more),
        "chosen_filters": chosen,
        "searched": any(name in params for name in ("postnummer", "kommune", *more)),
    }


def place_query(filters):
    """``?postnummer=…&tema=…``: what was understood of the place and topic asked for, or ""."""
    kept = {
        name: value for name, value in filters.applied.items() if name in ("postnummer", "kommune", "fylke", "tema")
    }
    return "?" + urlencode(kept) if kept else ""


class DirectoryPage(RoutablePageMixin, SitePageMixin, Page):
    intro = models.TextField(_("introduction"), max_length=400)

    content_panels = Page.content_panels + [FieldPanel("intro")]
    search_fields = Page.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    # The list shows organisations and topics; an organisation's page its contact persons and articles.
    cache_depends_on = (
        "directory.Organisation",
        "core.Topic",
        "directory.ContactPerson",
        "directory.SelfHelpGroup",
        "directory.Event",
        "wagtailcore.Page",
    )

    class Meta:
        verbose_name = _("directory page")

    @classmethod
    def for_form(cls, language_code):
        """The live directory page of a written form ("nb", "nn"), or None (where organisations' pages live)."""
        return cls.objects.live().filter(locale__language_code=language_code).first()

    def serves_sub_route(self, args, kwargs):
        # RoutablePageMixin.route() gives (view, view_args, view_kwargs) as its args.
        _view, _view_args, view_kwargs = args
        slug = view_kwargs.get("slug")
        return slug is None or Organisation.objects.public().filter(slug=slug).exists()

    @path("")
    def organisation_list(self, request):
        """The form and one page of results. The whole listing is a fragment per query: the visitors of
        one place ask the same thing, and it is rebuilt only when what it shows changes."""
        context = self.get_context(request)
        worth_keeping, has_errors = [], []

        def build():
            return self.render_listing(request, worth_keeping, has_errors)

        if getattr(request, "is_preview", False):  # a draft of this page: never from or into the cache
            listing = build()
        else:
            listing = fragment(
                fragment_key("directory-list", self.pk, sorted(request.GET.lists()), request=request),
                build,
                depends_on=self.cache_depends_on,
                tags=[instance_tag(self)],
                # A query a visitor made up (an unknown place, junk) is answered but not kept.
                keep=lambda _html: bool(worth_keeping) and len(request.META.get("QUERY_STRING", "")) <= 200,
            )
        context["has_errors"] = bool(has_errors)  # (a query with errors is never kept in the cache)
        context["listing"] = mark_safe(listing)  # noqa: S308 - HTML rendered by render_listing
        return TemplateResponse(request, "directory/directory_page.html", context)

    def render_listing(self, request, worth_keeping, has_errors=None):
        filters = DirectoryFilters(request.GET, self.locale_id)
        if filters.errors and has_errors is not None:
            has_errors.append(True)
        # The list asks only for the ids of the page shown; each card is a fragment (built together
        # for those not in the cache), so a new query is mostly assembled from cards built before.
        paginator = Paginator(filters.ranked_ids(), ORGANISATIONS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("side"))
        proximity = {pk: near for pk, near, _name in page_obj.object_list}
        cards = fragments(
            {
                pk: fragment_key("directory-card", self.pk, pk, filters.reason_key(near), request=request)
                for pk, near in proximity.items()
            },
            lambda missing: self.organisation_cards(request, filters, missing, proximity),
        )
        if not filters.messages and str(page_obj.number) == request.GET.get("side", "1"):
            worth_keeping.append(True)
        context = {
            "page": self,
            "filters": filters,
            "organisations": page_obj,
            "cards": [cards[pk] for pk in proximity if pk in cards],
            "paginator": paginator,
            "kind": "organisations",
            "place_query": place_query(filters),
            **listing_form(filters, request.GET),
        }
        return render_to_string("directory/organisation_list.html", context, request)

    def organisation_cards(self, request, filters, ids, proximity):
        """{id: the card's HTML} for these organisations, in a fixed number of queries."""
        url = self.get_url(request)
        cards = {}
        for organisation in DirectoryFilters.for_listing(Organisation.objects.filter(pk__in=ids)):
            organisation.proximity = proximity[organisation.pk]
            organisation.reason = filters.reason(organisation)
            cards[organisation.pk] = render_to_string(
                "components/organisation_card.html",
                {"organisation": organisation, "url": f"{url}{organisation.slug}/"},
                request,
            )
        return cards

    # --- Groups and meetings (before the organisations' own addresses) ------------------------------
    def nearby_context(self, request, kind):
        filters = DirectoryFilters(request.GET, self.locale_id)
        records = filters.groups() if kind == "groups" else filters.events()
        paginator = Paginator(records, ORGANISATIONS_PER_PAGE)
        page_obj = paginator.get_page(request.GET.get("side"))
        items = list(page_obj.object_list)
        shown_until(request, items)
        context = self.get_context(request)
        context.update(
            listing_form(filters, request.GET),
            kind=kind,
            filters=filters,
            items=items,
            page_obj=page_obj,
            paginator=paginator,
            has_errors=bool(filters.errors),
            topics=filters.topics,
            # The place and topic asked for, for the tabs, the calendar feed and the interest form.
            place_query=place_query(filters),
        )
        return context

    @path("grupper/")
    def group_list(self, request):
        """Groups a visitor can join where they live (or digital), nearest first."""
        context = self.nearby_context(request, "groups")
        context["meta_title"] = _("Groups you can join")
        return TemplateResponse(request, "directory/nearby_list.html", context)

    @path("moter/")
    def event_list(self, request):
        """Coming meetings where the visitor lives (or digital), soonest first."""
        context = self.nearby_context(request, "events")
        context["meta_title"] = _("Upcoming meetings")
        return TemplateResponse(request, "directory/nearby_list.html", context)

    def record_detail(self, request, name, record, route, jsonld):
        """A group's or a meeting's own page (``name``: "group" or "event"), or 404 if it is not public."""
        if record is None:
            raise Http404
        shown_until(request, [record])
        context = self.get_context(request)
        context.update(
            {name: record},
            meta_title=record.local_name if name == "group" else record.local_title,
            meta_description=record.local_description,
            route_translations={code: f"{route}/{record.pk}/" for code, _name in settings.LANGUAGES},
            organisation_url=self.url + record.organisation.slug + "/",
            jsonld=to_jsonld(jsonld(record, self.get_full_url(request))),
        )
        return TemplateResponse(request, f"directory/{name}_detail.html", context)

    @path("grupper/<int:pk>/")
    def group_detail(self, request, pk):
        group = (
            SelfHelpGroup.objects.public()
            .filter(pk=pk)
            .select_related("organisation", "municipality__county", "starter__organisation")
            .first()
        )
        return self.record_detail(request, "group", group, "grupper", group_jsonld)

    @path("moter/<int:pk>/")
    def event_detail(self, request, pk):
        event = Event.objects.public().filter(pk=pk).select_related("organisation", "municipality").first()
        return self.record_detail(request, "event", event, "moter", event_jsonld)

    @path("moter/kalender/")
    def event_calendar(self, request):
        """The coming meetings as an iCalendar feed, for an organisation (?organisasjon=), a place
        (?postnummer=, ?kommune=, ?fylke=) or a topic (?tema=)."""
        return calendar_response(request, self)

    @path("<slug:slug>/")
    def organisation_detail(self, request, slug):
        organisation = (
            Organisation.objects.public()
            .filter(slug=slug)
            .select_related("logo", "visiting_postal_code", "postal_postal_code", "municipality")
            # Only the served places its service area uses are fetched (by the template).
            .prefetch_related("social_links", OrganisationTopic.prefetch())
            .first()
        )
        if organisation is None:
            raise Http404
        contact_persons = list(
            ContactPerson.objects.public()
            .filter(organisation=organisation)
            .select_related("photo")
            .order_by("sort_order", "name")
        )
        articles = list(public(organisation.articles.live()).filter(locale_id=self.locale_id).order_by("title"))
        groups = list(
            SelfHelpGroup.objects.public()
            .filter(organisation=organisation)
            .select_related("municipality", "starter__organisation")
            .order_by(*BY_START)
        )
        events = list(
            Event.objects.public()
            .filter(organisation=organisation)
            .select_related("municipality")
            .order_by("starts_at")
        )
        shown_until(request, [*events, *groups])

        context = self.get_context(request)
        context.update(
            meta_title=organisation.local_name,
            meta_description=organisation.local_short_description,
            canonical_url=self.get_full_url(request) + slug + "/",
            # The switcher and hreflang go to the same organisation (one record) in the other form.
            route_translations={code: organisation.slug + "/" for code, _name in settings.LANGUAGES},
            organisation=organisation,
            contact_persons=contact_persons,
            articles=articles,
            groups=groups,
            events=events,
            organisation_url=self.url + slug + "/",
            jsonld=self.organisation_jsonld(request, organisation, contact_persons),
        )
        return TemplateResponse(request, "directory/organisation_detail.html", context)

    def organisation_jsonld(self, request, organisation, contact_persons):
        """schema.org Organization with its public contact points only."""
        data = {
            "@context": "https://schema.org",
            "@type": "Organization",
            "name": organisation.local_name,
            "description": organisation.local_short_description,
            "url": self.get_full_url(request) + organisation.slug + "/",
        }
        if organisation.website:
            data["sameAs"] = [organisation.website] + [link.url for link in organisation.social_links.all()]
        if organisation.email:
            data["email"] = organisation.email
        if organisation.phone:
            data["telephone"] = organisation.phone
        if organisation.visiting_address and organisation.visiting_postal_code:
            data["address"] = {
                "@type": "PostalAddress",
                "streetAddress": organisation.visiting_address,
                "postalCode": organisation.visiting_postal_code.code,
                "addressLocality": organisation.visiting_postal_code.place_name,
                "addressCountry": "NO",
            }
        points = []
        for person in contact_persons:
            point = {"@type": "ContactPoint", "name": person.name, "contactType": person.local_role}
            if person.email:
                point["email"] = person.email
            if person.phone:
                point["telephone"] = person.phone
            points.append(point)
        if points:
            data["contactPoint"] = points
        return to_jsonld(data)

    def get_sitemap_urls(self, request=None):
        urls = super().get_sitemap_urls(request)
        base = self.get_full_url(request)
        for organisation in Organisation.objects.public().only("slug", "last_published_at"):
            urls.append({"location": base + organisation.slug + "/", "lastmod": organisation.last_published_at})
        return urls
