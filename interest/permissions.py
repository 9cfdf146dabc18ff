"""Who may see and follow up interest registrations: the editors of the organisations they were sent
to and the central moderators (per record: directory.permissions.OwnedByOrganisationPolicy, registered
in wagtail_hooks)."""

from django.contrib.auth.models import Group, Permission

EDITOR_CODENAMES = (
    "view_interestregistration",
    "change_interestregistration",
    "delete_interestregistration",
    "export_interestregistration",
)


def register_partner_rights():
    """Every organisation's editor group gets these with its other rights (directory.partners)."""
    from directory import partners

    partners.PARTNER_PERMISSIONS["interest"] = EDITOR_CODENAMES


def grant_moderators(sender=None, **kwargs):
    permissions = Permission.objects.filter(content_type__app_label="interest", codename__in=EDITOR_CODENAMES)
    if permissions.count() == len(EDITOR_CODENAMES):
        Group.objects.get_or_create(name="Moderators")[0].permissions.add(*permissions)
