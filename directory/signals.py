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


def grant_moderators_the_directory(sender, **kwargs):
    """Wagtail's central "Moderators" group may edit and publish the whole directory.

    Runs after every app's migrations (the publish permissions are made by wagtail.snippets after
    migrating); adding a permission the group already has changes nothing.
    """
    from django.contrib.auth.models import Group, Permission

    permissions = Permission.objects.filter(
        content_type__app_label__in=("directory", "core"), codename__in=MODERATOR_CODENAMES
    )
    if permissions.count() != len(MODERATOR_CODENAMES):
        return  # not all made yet; a later app's post_migrate will do it
    group, _created = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(*permissions, *Permission.objects.filter(codename="access_admin"))
