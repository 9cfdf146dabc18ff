"""What a partner organisation's editor group is given: the rights of a partner editor, and the
organisation's own collection of images and documents.

The rights (``PARTNER_PERMISSIONS``) let the group's editors work in the admin on their own
organisation and its contact persons (the per-record rule is ``permissions.OwnedByOrganisationPolicy``)
and translate their own pages to nynorsk (editorial/translation.py checks the page permissions);
what they may do with pages is given per section, with Wagtail's page permissions.

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

PARTNER_PERMISSIONS = {
    "wagtailadmin": ("access_admin",),
    "directory": (
        "change_organisation",
        "add_contactperson",
        "change_contactperson",
        "delete_contactperson",
        *(f"{action}_{model}" for model in ("selfhelpgroup", "event") for action in ("add", "change", "delete")),
    ),
    "wagtail_localize": ("submit_translation",),
}
# Partner editors submit their changes for review; moderators publish (editorial/review.py). Taken
# away from groups that had them before review covered the directory.
WITHHELD = {"directory": ("publish_organisation", "publish_contactperson", "publish_selfhelpgroup", "publish_event")}
# What an organisation's editors may do with the files in their collection (delete is left to
# moderators: a file may be in use on pages the editor cannot see).
COLLECTION_PERMISSIONS = {
    "wagtailimages": ("add_image", "change_image", "choose_image"),
    "wagtaildocs": ("add_document", "change_document", "choose_document"),
}


def permissions_in(granted):
    permissions = Permission.objects.none()
    for app_label, codenames in granted.items():
        permissions |= Permission.objects.filter(content_type__app_label=app_label, codename__in=codenames)
    return permissions


@transaction.atomic
def ensure_partner_rights(organisation):
    """The organisation's editor group has a partner editor's rights and its collection."""
    if organisation.editor_group_id is not None:
        group = organisation.editor_group
        if not group.permissions.filter(codename="moderate_directory").exists():
            group.permissions.remove(*permissions_in(WITHHELD))
        group.permissions.add(*permissions_in(PARTNER_PERMISSIONS))
    return ensure_collection(organisation)


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
        for permission in permissions_in(COLLECTION_PERMISSIONS):
            GroupCollectionPermission.objects.get_or_create(
                group_id=organisation.editor_group_id, collection=collection, permission=permission
            )
    return collection


def organisation_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        ensure_partner_rights(instance)


def ensure_all_partner_rights(sender, **kwargs):
    """After migrating: every organisation's editor group has its rights and collection (for groups
    chosen before a right or collections existed, or by a bulk update)."""
    from .models import Organisation

    for granted in (PARTNER_PERMISSIONS, COLLECTION_PERMISSIONS):
        if permissions_in(granted).count() != sum(map(len, granted.values())):
            return  # an app has not made its permissions yet; a later app's post_migrate will do it
    for organisation in Organisation.objects.filter(editor_group__isnull=False).select_related("editor_group"):
        ensure_partner_rights(organisation)
