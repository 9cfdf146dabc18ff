"""Admin views that Wagtail and wagtail-localize build with querysets of their own, narrowed to what
the user may act on: the rule “an editor sees only their own organisation” holds in every one.

The chooser views are used by the snippet viewsets (wagtail_hooks.py); the others are routed in
config/urls.py in front of the admin's own URLs, at the same addresses.
"""

from django.contrib.admin.utils import unquote
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from django.http import Http404
from django.template.response import TemplateResponse
from wagtail.admin.views.bulk_action import index as bulk_action
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import ModelLogEntry
from wagtail.permissions import policy_registry
from wagtail.snippets.views import chooser as snippet_chooser
from wagtail.snippets.widgets import AdminSnippetChooser
from wagtail_localize.views.snippets_api import SnippetViewSet as LocalizeSnippetAPI

from .permissions import RECORD_ACTIONS, OwnedByOrganisationPolicy, may_act_on, moderates_directory, records_for

# wagtail-localize's snippet listing serves every snippet model: seeing one takes any permission on it.
ANY_ACTION = [*RECORD_ACTIONS, "add", "view"]


def forbidden(request):
    return TemplateResponse(request, "directory/admin_forbidden.html", status=403)


class OwnershipRequired:
    """Answer 403 before the view runs when the record belongs to another organisation.

    Wagtail's edit view checks only the model permission, and the admin turns a refusal into a
    redirect; an editor who opens another organisation's URL gets a plain 403 instead.
    """

    def dispatch(self, request, *args, **kwargs):
        pk = kwargs.get("pk")
        if pk is not None:
            instance = self.model._default_manager.filter(pk=unquote(str(pk))).first()
            if instance is not None and not may_act_on(request.user, instance):
                return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


class AddPermissionRequired:
    def dispatch(self, request, *args, **kwargs):
        if not policy_registry.get_by_type(self.model).user_has_permission(request.user, "add"):
            return forbidden(request)
        return super().dispatch(request, *args, **kwargs)


def owned_ids(user, model):
    """The pks of the records the user may act on, as strings (log entries and URLs carry strings)."""
    return {str(pk) for pk in records_for(user, model).values_list("pk", flat=True)}


# --- Choosers ------------------------------------------------------------------------------------
class OwnedChoices:
    """A chooser lists only the records the user may act on."""

    def get_object_list(self):
        return records_for(self.request.user, self.model_class)


class OwnedChooseView(OwnedChoices, snippet_chooser.ChooseView):
    pass


class OwnedChooseResultsView(OwnedChoices, snippet_chooser.ChooseResultsView):
    pass


class OwnedChosenView(snippet_chooser.SnippetChosenView):
    """…and gives out only those: another organisation's record is not found."""

    def get_object(self, pk):
        instance = super().get_object(pk)
        if not may_act_on(self.request.user, instance):
            raise Http404
        return instance


class NoCreationFormCreateView(snippet_chooser.SnippetCreateView):
    """Wagtail routes a chooser's create/ even where the chooser offers no creation form, and
    answered a POST there with a 500."""

    def dispatch(self, request, *args, **kwargs):
        if not self.get_creation_form_class():
            raise Http404
        return super().dispatch(request, *args, **kwargs)


class DirectoryChooserViewSet(snippet_chooser.SnippetChooserViewSet):
    create_view_class = NoCreationFormCreateView


def in_its_form(instance):
    """A translatable record with its written form, so that “Sorg” in bokmål and in nynorsk are told
    apart once chosen."""
    return f"{instance} ({instance.locale.get_display_name()})"


class FormLabelChooser(AdminSnippetChooser):
    def get_display_title(self, instance):
        return in_its_form(instance)


class FormLabelChosenView(snippet_chooser.SnippetChosenView):
    def get_display_title(self, instance):
        return in_its_form(instance)


class TranslatableChooserViewSet(DirectoryChooserViewSet):
    """The chooser of a translatable snippet (topics): Wagtail gives it a language column and filter;
    the chosen record's label names its form too."""

    base_widget_class = FormLabelChooser
    chosen_view_class = FormLabelChosenView


class OwnedChooserViewSet(DirectoryChooserViewSet):
    choose_view_class = OwnedChooseView
    choose_results_view_class = OwnedChooseResultsView
    chosen_view_class = OwnedChosenView


# --- Views routed in front of the admin's own -------------------------------------------------------
class OwnSiteHistoryView(LogEntriesView):
    """Site history without other organisations' records (their names are personal data)."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        user = self.request.user
        if queryset.model is not ModelLogEntry or moderates_directory(user):
            return queryset
        hidden = Q()
        for model in OwnedByOrganisationPolicy.owned_models.values():
            content_type = ContentType.objects.get_for_model(model)
            hidden |= Q(content_type=content_type) & ~Q(object_id__in=owned_ids(user, model))
        return queryset.exclude(hidden)


class OwnSnippetsAPI(LocalizeSnippetAPI):
    """wagtail-localize's snippet listing (used by its editor's choosers), narrowed per user."""

    def get_queryset(self):
        return records_for(self.request.user, self.get_model(), ANY_ACTION)


def owned_bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk actions, refused (confirmation page included) when one of the chosen records
    belongs to another organisation: the confirmation listed them by name."""
    model = OwnedByOrganisationPolicy.owned_models.get(f"{app_label}.{model_name}")
    if model is not None and not moderates_directory(request.user):
        ids = set(request.GET.getlist("id"))
        if "all" in ids or not ids <= owned_ids(request.user, model):
            return forbidden(request)
    return bulk_action(request, app_label, model_name, action)
