"""Webhook subscribers and partner sites are the central moderators' (and superusers') to manage;
an organisation's editors have no part in them."""

from django.contrib.auth.models import Group, Permission

MODELS = ("subscriber", "partnersite")


def grant_moderators(sender=None, **kwargs):
    codenames = [f"{action}_{model}" for model in MODELS for action in ("add", "change", "delete", "view")]
    permissions = Permission.objects.filter(content_type__app_label="integrations", codename__in=codenames)
    if permissions.count() == len(codenames):
        Group.objects.get_or_create(name="Moderators")[0].permissions.add(*permissions)
