"""Keep what must hold for both written forms in step: privacy switches, the active flag, and
withdrawal from the public (unpublishing)."""

from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.signals import unpublished

from .models import ContactPerson, Organisation
from .models.organisations import sync_privacy_fields


@receiver(post_save, sender=ContactPerson)
@receiver(post_save, sender=Organisation)
def keep_privacy_fields_in_step(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_privacy_fields(instance)


@receiver(unpublished, sender=ContactPerson)
@receiver(unpublished, sender=Organisation)
def unpublish_other_forms(sender, instance, **kwargs):
    for other in sender.objects.filter(translation_key=instance.translation_key, live=True).exclude(pk=instance.pk):
        other.unpublish()


MODERATOR_CODENAMES = [
    "moderate_directory",
    *[
        f"{action}_{model}"
        for model in ("organisation", "contactperson", "topic")
        for action in ("add", "change", "delete")
    ],
    "publish_organisation",
    "publish_contactperson",
]


def grant_moderators_the_directory(sender, **kwargs):
    """Wagtail's central "Moderators" group may edit and publish the whole directory.

    Runs after every app's migrations (the publish permissions are made by wagtail.snippets after
    migrating); adding a permission the group already has changes nothing.
    """
    from django.contrib.auth.models import Group, Permission

    permissions = Permission.objects.filter(content_type__app_label="directory", codename__in=MODERATOR_CODENAMES)
    if permissions.count() != len(MODERATOR_CODENAMES):
        return  # not all made yet; a later app's post_migrate will do it
    group, _created = Group.objects.get_or_create(name="Moderators")
    group.permissions.add(*permissions, *Permission.objects.filter(codename="access_admin"))
