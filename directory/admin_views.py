"""Admin views that Wagtail and wagtail-localize build with querysets of their own, narrowed to what
the user may act on: the rule “an editor sees only their own organisation” holds in every one.

Routed in config/urls.py in front of the admin's own URLs, at the same addresses and names.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q
from wagtail.admin.views.reports.audit_logging import LogEntriesView
from wagtail.models import ModelLogEntry
from wagtail.permissions import policy_registry
from wagtail_localize.views.snippets_api import SnippetViewSet as LocalizeSnippetAPI

from .models import ContactPerson, Organisation
from .permissions import moderates_directory

ANY_ACTION = ["add", "change", "delete", "publish", "view"]
OWNED_MODELS = (Organisation, ContactPerson)


def visible_to(user, model, queryset=None):
    """``queryset`` (default: every record) narrowed to what the user may act on."""
    queryset = model._default_manager.all() if queryset is None else queryset
    try:
        policy = policy_registry.get_by_type(model)
    except Exception:  # noqa: BLE001 - a model with no policy: Django's model permissions decide
        return queryset if user.is_superuser else queryset.none()
    return queryset.filter(pk__in=policy.instances_user_has_any_permission_for(user, ANY_ACTION).values("pk"))


class OwnSiteHistoryView(LogEntriesView):
    """Site history without other organisations' records (their names are personal data)."""

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        user = self.request.user
        if queryset.model is not ModelLogEntry or moderates_directory(user):
            return queryset
        hidden = Q()
        for model in OWNED_MODELS:
            owned = [str(pk) for pk in visible_to(user, model).values_list("pk", flat=True)]
            content_type = ContentType.objects.get_for_model(model)
            hidden |= Q(content_type=content_type) & ~Q(object_id__in=owned)
        return queryset.exclude(hidden)


class OwnSnippetsAPI(LocalizeSnippetAPI):
    """wagtail-localize's snippet listing (used by its editor's choosers), narrowed per user."""

    def get_queryset(self):
        return visible_to(self.request.user, self.get_model())


def owned_bulk_action(request, app_label, model_name, action):
    """Wagtail's bulk actions, refused (confirmation page included) when one of the chosen records
    belongs to another organisation: the confirmation listed them by name."""
    from django.template.response import TemplateResponse
    from wagtail.admin.views.bulk_action import index

    model = {m._meta.label_lower: m for m in OWNED_MODELS}.get(f"{app_label}.{model_name}")
    if model is not None and not moderates_directory(request.user):
        ids = request.GET.getlist("id")
        visible = {str(pk) for pk in visible_to(request.user, model).values_list("pk", flat=True)}
        if "all" in ids or not set(ids) <= visible:
            return TemplateResponse(request, "directory/admin_forbidden.html", status=403)
    return index(request, app_label, model_name, action)
