"""Each partner organisation's own collection of images and documents.

An organisation with an editor group gets a collection of its own, named after it, under the root
collection. Its editors may upload, choose and edit images and documents there and nowhere else, so
the image and document choosers, listings and edit views show them only their own organisation's
files (Wagtail's collection permissions decide that in every one of those views). Moderators act
through Wagtail's permissions on the root collection, which cover every organisation's collection.

The collection belongs to the organisation: its editor group is the only group with permissions on
it, so giving the organisation another editor group moves the rights with it.
"""

from django.contrib.auth.models import Permission
from django.db import transaction
from wagtail.models import Collection, GroupCollectionPermission

# What an organisation's editors may do with the files in their collection (delete is left to
# moderators: a file may be in use on pages the editor cannot see).
GRANTED = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


def granted_permissions():
    permissions = Permission.objects.none()
    for app_label, codenames in GRANTED.items():
        permissions |= Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    return permissions


@transaction.atomic
def ensure_collection(organisation):
    """Give ``organisation`` its collection (once) and its editor group the rights on it; returns the
    collection, or None for an organisation without an editor group and without a collection."""
    from .models import Organisation

    collection = organisation.collection
    if collection is None:
        if organisation.editor_group_id is None:
            return None
        collection = Collection.get_first_root_node().add_child(name=organisation.name)
        Organisation.objects.filter(pk=organisation.pk).update(collection=collection)
        organisation.collection = collection
    elif collection.name != organisation.name:
        collection.name = organisation.name
        collection.save(update_fields=["name"])
    GroupCollectionPermission.objects.filter(collection=collection).exclude(
        group_id=organisation.editor_group_id
    ).delete()
    if organisation.editor_group_id is not None:
        for permission in granted_permissions():
            GroupCollectionPermission.objects.get_or_create(
                group_id=organisation.editor_group_id, collection=collection, permission=permission
            )
    return collection


def organisation_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_collection(instance)


def ensure_all_collections(sender, **kwargs):
    """After migrating: every organisation with an editor group has its collection (for organisations
    that got their group before collections existed, or by a bulk update)."""
    from .models import Organisation

    if not granted_permissions().exists():
        return  # wagtailimages and wagtaildocs have not migrated yet
    for organisation in Organisation.objects.filter(editor_group__isnull=False, collection__isnull=True):
        ensure_collection(organisation)
