"""The directory in the admin: one menu item (Katalog) with organisations, contact persons, groups,
meetings and topics."""

import django_filters
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.permissions import register_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from core.models import Topic

from .admin_views import (
    AddPermissionRequired,
    DirectoryChooserViewSet,
    OwnedChooserViewSet,
    OwnershipRequired,
    TranslatableChooserViewSet,
)
from .models import ContactPerson, County, Event, GroupStatus, Organisation, OrganisationType, SelfHelpGroup
from .permissions import OwnedByOrganisationPolicy, records_for

register_permission_policy(Organisation, OwnedByOrganisationPolicy(Organisation, "editor_group"))
register_permission_policy(ContactPerson, OwnedByOrganisationPolicy(ContactPerson, "organisation__editor_group"))
register_permission_policy(SelfHelpGroup, OwnedByOrganisationPolicy(SelfHelpGroup, "organisation__editor_group"))
register_permission_policy(Event, OwnedByOrganisationPolicy(Event, "organisation__editor_group"))


# Every view of a snippet viewset that acts on one record (its URL carries the record's pk).
RECORD_VIEWS = [
    "edit_view_class",
    "delete_view_class",
    "unpublish_view_class",
    "history_view_class",
    "usage_view_class",
    "revisions_view_class",
    "revisions_revert_view_class",
    "revisions_compare_view_class",
    "revisions_unschedule_view_class",
    "lock_view_class",
    "unlock_view_class",
    "copy_view_class",
    "inspect_view_class",
    "preview_on_edit_view_class",
]


class OwnedRecordsMixin:
    """Listings show only what the user may act on; a record of another organisation is a 403."""

    def get_queryset(self, request):
        return records_for(request.user, self.model)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name in RECORD_VIEWS:
            base = getattr(self, name, None)
            if base is not None and not issubclass(base, OwnershipRequired):
                setattr(self, name, type(base.__name__, (OwnershipRequired, base), {}))
        self.add_view_class = type(self.add_view_class.__name__, (AddPermissionRequired, self.add_view_class), {})


class YesNoColumn(Column):
    """A yes/no field shown as "Ja"/"Nei" (Wagtail shows the Python words "True" and "False")."""

    def __init__(self, model, name):
        super().__init__(name, label=capfirst(model._meta.get_field(name).verbose_name), sort_key=name)

    def get_value(self, instance):
        return _("Yes") if super().get_value(instance) else _("No")


class OrganisationFilterSet(WagtailFilterSet):
    county = django_filters.ModelChoiceFilter(
        label=_("County"), queryset=County.objects.order_by("name"), field_name="municipality__county"
    )
    organisation_type = django_filters.ChoiceFilter(label=_("Type"), choices=OrganisationType.choices)
    # One choice per topic (in bokmål), matching the topic in either form.
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), queryset=Topic.objects.filter(locale__language_code="nb"), method="filter_topic"
    )
    last_verified = django_filters.DateFromToRangeFilter(label=_("Last verified"), widget=DateRangePickerWidget)

    class Meta:
        model = Organisation
        fields = ["county", "organisation_type", "topic", "active", "last_verified"]

    def filter_topic(self, queryset, name, value):
        return queryset.filter(topic_links__topic__translation_key=value.translation_key).distinct()


class OrganisationViewSet(OwnedRecordsMixin, SnippetViewSet):
    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "organisation_type", "municipality", "last_verified", YesNoColumn(Organisation, "active")]
    list_export = ["name", "organisation_type", "municipality", "phone", "email", "website", "last_verified", "active"]
    filterset_class = OrganisationFilterSet
    # Searched in the database: a short list, and both forms' names.
    search_backend_name = None
    search_fields = ["name", "name_nn", "short_description"]
    ordering = ["name"]
    chooser_viewset_class = DirectoryChooserViewSet


class OwnOrganisationFilterSet(WagtailFilterSet):
    """A filter by organisation that offers only the user's own organisations."""

    organisation = django_filters.ModelChoiceFilter(
        label=_("Organisation"), queryset=Organisation.objects.order_by("name")
    )

    def __init__(self, *args, request=None, **kwargs):
        super().__init__(*args, request=request, **kwargs)
        if request is not None:
            # Only the user's own organisations in the filter menu.
            self.filters["organisation"].queryset = records_for(request.user, Organisation).order_by("name")


class ContactPersonFilterSet(OwnOrganisationFilterSet):
    class Meta:
        model = ContactPerson
        fields = ["organisation", "show_publicly"]


class GroupFilterSet(OwnOrganisationFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=GroupStatus.choices)

    class Meta:
        model = SelfHelpGroup
        fields = ["organisation", "status", "digital"]


class EventFilterSet(OwnOrganisationFilterSet):
    starts_at = django_filters.DateFromToRangeFilter(label=_("Starts"), widget=DateRangePickerWidget)

    class Meta:
        model = Event
        fields = ["organisation", "kind", "starts_at"]


class ContactPersonViewSet(OwnedRecordsMixin, SnippetViewSet):
    model = ContactPerson
    icon = "user"
    menu_label = _("Contact persons")
    list_display = ["name", "role", "organisation", YesNoColumn(ContactPerson, "show_publicly"), "consent_given_on"]
    filterset_class = ContactPersonFilterSet
    search_fields = ["name", "role", "role_nn"]
    chooser_viewset_class = OwnedChooserViewSet


class GroupViewSet(OwnedRecordsMixin, SnippetViewSet):
    model = SelfHelpGroup
    icon = "group"
    menu_label = _("Groups")
    list_display = ["name", "organisation", "status", "starts_on", "municipality"]
    filterset_class = GroupFilterSet
    search_fields = ["name", "name_nn"]
    chooser_viewset_class = OwnedChooserViewSet


class EventViewSet(OwnedRecordsMixin, SnippetViewSet):
    model = Event
    icon = "date"
    menu_label = _("Meetings")
    list_display = ["title", "organisation", "kind", "starts_at", "municipality"]
    filterset_class = EventFilterSet
    search_fields = ["title", "title_nn"]
    ordering = ["-starts_at"]
    chooser_viewset_class = OwnedChooserViewSet


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    list_display = ["name", "slug", "locale"]
    search_fields = ["name"]
    chooser_viewset_class = TranslatableChooserViewSet


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, ContactPersonViewSet, GroupViewSet, EventViewSet, TopicViewSet)
    menu_icon = "site"
    menu_label = _("Directory")
    menu_name = "directory"
    menu_order = 300


register_snippet(DirectoryViewSetGroup)


@hooks.register("after_edit_snippet")
def hide_a_person_at_once(request, instance):
    """Hiding a person never waits for review: an editor who switches off "show publicly" or clears
    the consent date takes the person off the site and the API when saving, whatever happens to the
    rest of the change in review. Showing a person again still takes a moderator."""
    if not isinstance(instance, ContactPerson) or not instance.live:
        return
    live = ContactPerson.objects.get(pk=instance.pk)
    hidden = [
        field
        for field in ("show_publicly", "consent_given_on")
        if not getattr(instance, field) and getattr(live, field) != getattr(instance, field)
    ]
    if hidden:
        for field in hidden:
            setattr(live, field, getattr(instance, field))
        live.save(update_fields=hidden)  # post_save empties the cached pages that showed the person
