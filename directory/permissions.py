"""Who may change which directory record.

An editor of a partner organisation belongs to that organisation's group (Organisation.editor_group)
and may act only on that organisation and its contact persons, groups and meetings. Only moderators choose an
organisation's editor group. Moderators,
the central group with the ``moderate_directory`` permission, and superusers may act on everything.
The model permissions (change, publish, ...) still decide *which actions* a user may take at all.
"""

from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import policy_registry

MODERATE_DIRECTORY = "directory.moderate_directory"
# What acting on a directory record means (an editor of its organisation may do all three).
RECORD_ACTIONS = ["change", "delete", "publish"]


def moderates_directory(user):
    return bool(user and user.is_active and (user.is_superuser or user.has_perm(MODERATE_DIRECTORY)))


def records_for(user, model, actions=RECORD_ACTIONS):
    """The records of ``model`` that the user may act on, by the model's permission policy."""
    return policy_registry.get_by_type(model).instances_user_has_any_permission_for(user, actions)


def may_act_on(user, instance, actions=RECORD_ACTIONS):
    return policy_registry.get_by_type(type(instance)).user_has_any_permission_for_instance(user, actions, instance)


class OwnedByOrganisationPolicy(ModelPermissionPolicy):
    """Per-record rule on top of Django's model permissions: only records of your organisation."""

    # Every model under this rule, by label ("directory.selfhelpgroup"): the admin's site history and
    # bulk actions, which have querysets of their own, hide and refuse other organisations' records.
    owned_models = {}

    def __init__(self, model, group_path, through_many=False):
        super().__init__(model)
        OwnedByOrganisationPolicy.owned_models[model._meta.label_lower] = model
        self.group_path = group_path  # lookup from the model to the organisation's editor group
        # The path crosses a to-many relation (a record sent to several organisations), where a join
        # would list a record once per organisation of the user's.
        self.through_many = through_many

    def owned_filter(self, user):
        if moderates_directory(user):
            return Q()
        if not (user and user.is_active and user.is_authenticated):
            return Q(pk__in=[])
        return Q(**{f"{self.group_path}__in": user.groups.all()})

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        if moderates_directory(user):
            return True
        if instance.pk is None:
            return True  # a new record; the form limits what it may belong to
        return self.model._default_manager.filter(pk=instance.pk).filter(self.owned_filter(user)).exists()

    def instances_user_has_any_permission_for(self, user, actions):
        manager = self.model._default_manager
        if not self.user_has_any_permission(user, actions):
            return manager.none()
        owned = manager.filter(self.owned_filter(user))
        if self.through_many and not moderates_directory(user):
            return manager.filter(pk__in=owned.values("pk"))
        return owned

    def users_with_any_permission_for_instance(self, actions, instance):
        users = self.users_with_any_permission(actions)
        group_ids = self.model._default_manager.filter(pk=instance.pk).values(self.group_path)
        moderators = Q(is_superuser=True) | Q(groups__permissions__codename="moderate_directory")
        return users.filter(moderators | Q(groups__in=group_ids)).distinct()


class OwnOrganisationForm(WagtailAdminModelForm):
    """An editor may only give a record to their own organisation (a short menu of theirs, instead of
    a chooser of every organisation)."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "organisation" in self.fields and self.for_user is not None and not moderates_directory(self.for_user):
            field = self.fields["organisation"]
            field.queryset = field.queryset.filter(editor_group__in=self.for_user.groups.all())
            field.widget = forms.Select(choices=field.choices)


class GroupForm(OwnOrganisationForm):
    """The starter is one of the editor's own organisation's contact persons."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "starter" in self.fields and self.for_user is not None and not moderates_directory(self.for_user):
            field = self.fields["starter"]
            field.queryset = field.queryset.filter(organisation__editor_group__in=self.for_user.groups.all())
            field.widget = forms.Select(choices=field.choices)


class ContactPersonForm(OwnOrganisationForm):
    """A person marked to be shown needs the date of their consent (without it they are never shown,
    which the form now says)."""

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("show_publicly") and not cleaned.get("consent_given_on"):
            self.add_error(
                "consent_given_on",
                _(
                    "A person is shown only with the date they agreed to it. Enter that date, "
                    "or untick “show publicly”."
                ),
            )
        return cleaned
