"""Directory permissions (and the topics', in core) for Wagtail's central Moderators group."""

MODERATOR_CODENAMES = [
    "moderate_directory",
    *[
        f"{action}_{model}"
        for model in ("organisation", "contactperson", "selfhelpgroup", "event", "topic")
        for action in ("add", "change", "delete")
    ],
    "publish_organisation",
    "publish_contactperson",
    "publish_selfhelpgroup",
    "publish_event",
]


def grant_to_moderators(app_labels, codenames):
    """Give Wagtail's central "Moderators" group these permissions, once all of them exist (a later
    app's post_migrate does it otherwise); adding one the group has changes nothing. True when given."""
    from django.contrib.auth.models import Group, Permission

    permissions = Permission.objects.filter(content_type__app_label__in=app_labels, codename__in=codenames)
    if permissions.count() != len(codenames):
        return False
    Group.objects.get_or_create(name="Moderators")[0].permissions.add(*permissions)
    return True


def grant_moderators_the_directory(sender, **kwargs):
    """Wagtail's central "Moderators" group may edit and publish the whole directory, and use the admin.

    Runs after every app's migrations (the publish permissions are made by wagtail.snippets after
    migrating).
    """
    from django.contrib.auth.models import Group, Permission

    if grant_to_moderators(("directory", "core"), MODERATOR_CODENAMES):
        Group.objects.get(name="Moderators").permissions.add(*Permission.objects.filter(codename="access_admin"))
