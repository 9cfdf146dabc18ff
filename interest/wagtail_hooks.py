"""Interest registrations in the admin ("Interessemeldinger"): an organisation's editors see only the
registrations sent to their organisation, follow them up, note what was done and put people into a
group; moderators see all. Opening, changing, exporting and deleting one is recorded
(``RegistrationAccess``).

The list shows no name or contact details; they are on the registration's own page, where opening it
is recorded. Registrations are made by visitors only: there is no "add".
"""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.permissions import register_permission_policy

from core.models import Topic
from directory.admin_views import OwnershipRequired, forbidden
from directory.models import County, GroupStatus, Municipality, Organisation, SelfHelpGroup
from directory.permissions import OwnedByOrganisationPolicy, moderates_directory, records_for

from .models import InterestRegistration, RegistrationAccess, Status

policy = OwnedByOrganisationPolicy(InterestRegistration, "organisations__editor_group", through_many=True)
register_permission_policy(InterestRegistration, policy)


class RegistrationFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=_("Status"), choices=Status.choices)
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), queryset=Topic.objects.filter(locale__language_code="nb")
    )
    municipality = django_filters.ModelChoiceFilter(
        label=_("Municipality"), queryset=Municipality.objects.order_by("name_norwegian")
    )
    county = django_filters.ModelChoiceFilter(
        label=_("County"), queryset=County.objects.order_by("name"), field_name="municipality__county"
    )

    class Meta:
        model = InterestRegistration
        fields = ["status", "wish", "topic", "municipality", "county"]


class IndexView(generic.IndexView):
    def get_base_queryset(self):
        return (
            policy.instances_user_has_any_permission_for(self.request.user, ["change", "view"])
            .select_related("topic", "municipality", "placed_in")
            .order_by("-created_at")
        )

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            if not policy.user_has_permission(self.request.user, "export"):
                return forbidden(self.request)
            items = context["object_list"]
            RegistrationAccess.record(
                self.request.user, RegistrationAccess.Action.EXPORTED, [item.pk for item in items]
            )
        return super().render_to_response(context, **response_kwargs)


class EditView(OwnershipRequired, generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        RegistrationAccess.record(request.user, RegistrationAccess.Action.VIEWED, [self.object.pk])
        return response

    def get_form(self, form_class=None):
        form = super().get_form(form_class)
        if "placed_in" in form.fields:
            # Groups that have not ended (and the one the person is in, if it has since).
            groups = SelfHelpGroup.objects.filter(~Q(status=GroupStatus.ENDED) | Q(pk=self.object.placed_in_id))
            if not moderates_directory(self.request.user):
                groups = groups.filter(organisation__in=records_for(self.request.user, Organisation))
            field = form.fields["placed_in"]
            field.queryset = groups.order_by("name")
            field.widget = forms.Select(choices=field.choices)  # a short menu of the own groups
        return form

    def save_instance(self):
        self.object.touch()
        if self.object.placed_in_id and self.object.status in (Status.NEW, Status.CONTACTED):
            self.object.status = Status.PLACED
        instance = super().save_instance()
        RegistrationAccess.record(self.request.user, RegistrationAccess.Action.CHANGED, [instance.pk])
        return instance


class DeleteView(OwnershipRequired, generic.DeleteView):
    def delete_action(self):
        RegistrationAccess.record(self.request.user, RegistrationAccess.Action.DELETED, [self.object.pk])
        return super().delete_action()


class RegistrationViewSet(ModelViewSet):
    model = InterestRegistration
    icon = "mail"
    menu_label = _("Interest registrations")
    menu_order = 310
    add_to_admin_menu = True
    url_prefix = "interest"
    name = "interest_admin"
    permission_policy = policy
    index_view_class = IndexView
    edit_view_class = EditView
    delete_view_class = DeleteView
    filterset_class = RegistrationFilterSet
    list_display = ["__str__", "wish", "topic", "municipality", "status", "created_at"]
    list_export = [
        *("pk", "wish", "topic", "municipality", "name", "phone", "email", "message"),
        *("status", "follow_up", "created_at"),
    ]
    export_filename = "interessemeldinger"
    panels = [
        MultiFieldPanel(
            [
                FieldPanel(name, read_only=True)
                for name in ("wish", "topic", "group", "municipality", "postal_code")
                + ("name", "phone", "email", "message", "language")
            ],
            heading=_("Registration"),
        ),
        MultiFieldPanel(
            [FieldPanel("organisations", read_only=True), FieldPanel("consent_given_at", read_only=True)],
            heading=_("Sent to and consent"),
        ),
        MultiFieldPanel(
            [FieldPanel("status"), FieldPanel("placed_in"), FieldPanel("follow_up")], heading=_("Follow-up")
        ),
    ]
    inspect_view_enabled = False
    copy_view_enabled = False


registration_viewset = RegistrationViewSet()


@hooks.register("register_admin_viewset")
def register_registrations():
    return registration_viewset
