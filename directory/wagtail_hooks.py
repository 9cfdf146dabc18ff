"""The directory in the admin: one menu item (Katalog) with organisations, contact persons and topics."""

import django_filters
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import ContactPerson, County, Organisation, OrganisationType, Topic


class OrganisationFilterSet(WagtailFilterSet):
    county = django_filters.ModelChoiceFilter(
        label=_("County"), queryset=County.objects.order_by("name"), field_name="municipality__county"
    )
    organisation_type = django_filters.ChoiceFilter(label=_("Type"), choices=OrganisationType.choices)
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), queryset=Topic.objects.all(), field_name="topic_links__topic", distinct=True
    )
    last_verified = django_filters.DateFromToRangeFilter(label=_("Last verified"), widget=DateRangePickerWidget)

    class Meta:
        model = Organisation
        fields = ["county", "organisation_type", "topic", "active", "last_verified"]


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "organisation_type", "municipality", "last_verified", "active"]
    list_export = ["name", "organisation_type", "municipality", "phone", "email", "website", "last_verified", "active"]
    filterset_class = OrganisationFilterSet
    search_fields = ["name", "short_description"]
    ordering = ["name"]


class ContactPersonFilterSet(WagtailFilterSet):
    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name")
    )

    class Meta:
        model = ContactPerson
        fields = ["organisation", "show_publicly"]


class ContactPersonViewSet(SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact persons")
    list_display = ["name", "role", "organisation", "show_publicly", "consent_given_on"]
    filterset_class = ContactPersonFilterSet
    search_fields = ["name"]


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, ContactPersonViewSet, TopicViewSet)
    menu_icon = "site"
    menu_label = _("Directory")
    menu_name = "directory"
    menu_order = 300


register_snippet(DirectoryViewSetGroup)
