"""Who may see and follow up interest registrations: the editors of the organisations they were sent
to and the central moderators (per record: directory.permissions.OwnedByOrganisationPolicy, registered
in wagtail_hooks)."""

from directory.signals import grant_to_moderators

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
    grant_to_moderators(("interest",), EDITOR_CODENAMES)
