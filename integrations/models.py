"""What other sites are told and shown: webhook subscribers with their delivery log, and the partner
sites where an editor may preview a draft in the partner's own design.

A subscriber's secret signs each delivery (HMAC-SHA256), so it is kept as it was made; it is shown to
the moderator once, when it is made, and never again (the admin's forms and lists leave it out).
A delivery holds the body it sends: an event, a type, an id, a written form, an API address and a
translation key, never a name or any other content.
"""

import json
import secrets

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from changes.models import SHOWN

# What a subscriber may ask for: the change feed's types, and its events (created and changed are both
# "published").
OBJECT_TYPES = [
    ("page", _("Pages")),
    ("organisation", _("Organisations")),
    ("contact", _("Contact persons")),
    ("group", _("Groups")),
    ("event", _("Meetings")),
]
EVENT_KINDS = [
    ("published", _("Published or changed")),
    ("unpublished", _("Unpublished")),
    ("deleted", _("Deleted")),
    ("privacy_withdrawn", _("Privacy withdrawn")),
]
KIND_OF_EVENT = dict.fromkeys(SHOWN, "published")
ERRORS = {
    "timeout": _("No answer in time"),
    "ConnectionError": _("Could not connect"),
    "SSLError": _("The certificate was not accepted"),
    "turned off": _("The subscriber was turned off"),
}


def new_secret():
    return secrets.token_urlsafe(32)


class Subscriber(models.Model):
    name = models.CharField(_("name"), max_length=120, help_text=_("Who receives, for example the municipality."))
    url = models.URLField(_("address"), max_length=500, help_text=_("Where each change is sent, as a POST. Use https."))
    types = models.JSONField(_("content"), default=list)
    events = models.JSONField(_("events"), default=list)
    secret = models.CharField(max_length=100, default=new_secret, editable=False)
    active = models.BooleanField(_("active"), default=True)
    failures_in_row = models.PositiveIntegerField(default=0, editable=False)
    turned_off_at = models.DateTimeField(null=True, blank=True, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("webhook subscriber")
        verbose_name_plural = _("webhook subscribers")

    def __str__(self):
        return self.name

    def wants(self, change):
        return change.object_type in self.types and KIND_OF_EVENT.get(change.event, change.event) in self.events

    def new_secret(self):
        self.secret = new_secret()
        self.save(update_fields=["secret"])
        return self.secret


class Delivery(models.Model):
    class Status(models.TextChoices):
        WAITING = "waiting", _("Waiting")
        RETRYING = "retrying", _("Will try again")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")

    subscriber = models.ForeignKey(Subscriber, on_delete=models.CASCADE, related_name="deliveries")
    change_id = models.BigIntegerField(null=True)  # the feed row it tells of (the row may be gone)
    body = models.TextField()
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.WAITING)
    tries = models.PositiveSmallIntegerField(default=0)
    response_code = models.PositiveSmallIntegerField(null=True)
    error = models.CharField(max_length=200, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    last_try_at = models.DateTimeField(null=True)
    next_try_at = models.DateTimeField(null=True)

    class Meta:
        ordering = ["-id"]
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")

    def __str__(self):
        return f"{self.subscriber_id}/{self.pk}"

    @property
    def done(self):
        return self.status in {self.Status.DELIVERED, self.Status.FAILED}

    @property
    def change(self):
        """The body's change, for the log: {"event", "type", "id", "locale", "api_url", ...}."""
        try:
            return json.loads(self.body)
        except ValueError:
            return {}

    @property
    def error_text(self):
        """Why the last try failed, in words (a refused address is already in words)."""
        return ERRORS.get(self.error, self.error)


class PartnerSite(models.Model):
    name = models.CharField(_("name"), max_length=120)
    preview_url = models.URLField(
        _("preview address"),
        max_length=500,
        help_text=_(
            "The partner's page that shows a draft in their design. It is opened with ?token=…; the page "
            "fetches the draft from /api/v2/preview/?token=…"
        ),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("partner site")
        verbose_name_plural = _("partner sites")

    def __str__(self):
        return self.name
