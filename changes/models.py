"""The change feed: every change a consumer site must mirror, in the order it was committed.

One row per change of what the API serves: a page, an organisation, a contact person, a group or a
meeting was created (published for the first time, or public again), changed, unpublished (or made
private, or ended), deleted, or a contact person withdrew from being shown (privacy withdrawn). A row
holds a type, an id, a written form and a translation key: never a name or any other content, so the
rows (the tombstones of deleted things too) can be kept ``CHANGES_KEPT_DAYS`` and served to anyone.
"""

from django.db import models
from django.utils import timezone


class Event(models.TextChoices):
    CREATED = "created"
    CHANGED = "changed"
    UNPUBLISHED = "unpublished"
    DELETED = "deleted"
    PRIVACY_WITHDRAWN = "privacy_withdrawn"


# What a consumer holds after each event: the object, or nothing.
SHOWN = {Event.CREATED, Event.CHANGED}


class Change(models.Model):
    at = models.DateTimeField(default=timezone.now, db_index=True)
    event = models.CharField(max_length=20, choices=Event.choices)
    object_type = models.CharField(max_length=20)  # page, organisation, contact, group, event
    object_id = models.BigIntegerField()
    locale = models.CharField(max_length=8, blank=True)
    translation_key = models.UUIDField(null=True, blank=True)

    class Meta:
        ordering = ["id"]
        indexes = [models.Index(fields=["object_type", "object_id", "-id"], name="changes_object_idx")]

    def __str__(self):
        return f"{self.id} {self.event} {self.object_type} {self.object_id}"
