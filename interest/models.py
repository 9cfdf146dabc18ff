"""Interest registrations: a visitor asks to join a group, to start one, or to be a starter.

This is health information (an interest in a grief or addiction group), a special category under
GDPR art. 9, so everything about it lives in this room:

- it is kept only with an explicit consent, and only for as long as it is needed: deleted
  ``INTEREST_RETENTION_DAYS`` after the last activity (``tasks.delete_expired``), and at once when the
  visitor withdraws it (through the private link only they have);
- only the editors of the organisations it was sent to (``organisations``) and moderators see it,
  and every time one of them opens or exports it is recorded (``RegistrationAccess``, which keeps ids
  and no personal data, so it outlives the registration);
- it never reaches the page cache, the search index (not ``index.Indexed``), the API, logs (the
  logging filter redacts e-mail, phone, postal codes and the link's key), the task queue's stored
  arguments (ids only), backups (``left_out_of_backups``) or error reports (the views mark their POST
  data sensitive).
"""

import hashlib
from datetime import timedelta

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _

from core.fields import optional_link


def link_key(submission_key):
    """The private link's key: made from the form's one-time key with the site's secret, so the same
    form sent twice leads to the same registration, and the receipt's task can make the link again
    from the registration (the key itself is never stored, nor put in the task queue: only its hash)."""
    return salted_hmac("interest.private-link", submission_key, algorithm="sha256").hexdigest()


def hash_token(token):
    return hashlib.sha256(token.encode()).hexdigest()


class Wish(models.TextChoices):
    JOIN = "join", _("Join a group")
    START = "start", _("Start a group together with others")
    STARTER = "starter", _("Be a starter (igangsetter) for a group")


class Status(models.TextChoices):
    NEW = "new", _("New")
    CONTACTED = "contacted", _("Contacted")
    PLACED = "placed", _("Placed in a group")
    CLOSED = "closed", _("Closed")


# Still waiting for a group: counted towards "enough people to start a group".
OPEN_STATUSES = (Status.NEW, Status.CONTACTED)


class RegistrationQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def expired(self, now=None):
        now = now or timezone.now()
        return self.filter(last_activity_at__lt=now - timedelta(days=settings.INTEREST_RETENTION_DAYS))


class InterestRegistration(models.Model):
    wish = models.CharField(_("wants to"), max_length=20, choices=Wish.choices, default=Wish.JOIN)
    topic = models.ForeignKey(
        "core.Topic", verbose_name=_("topic"), on_delete=models.PROTECT, related_name="+", null=True
    )
    group = optional_link("directory.SelfHelpGroup", _("the group asked about"), related_name="+")
    municipality = models.ForeignKey(
        "directory.Municipality", verbose_name=_("municipality"), on_delete=models.PROTECT, related_name="+"
    )
    postal_code = optional_link("directory.PostalCode", _("postal code"))

    name = models.CharField(
        _("name"), max_length=80, help_text=_("A name the person chose; need not be their full name.")
    )
    email = models.EmailField(_("e-mail"), max_length=200, blank=True)
    phone = models.CharField(_("phone"), max_length=20, blank=True)
    message = models.TextField(_("message"), max_length=500, blank=True)
    language = models.CharField(_("written form"), max_length=2, choices=settings.LANGUAGES, default="nb")
    consent_given_at = models.DateTimeField(_("consent given"))

    organisations = models.ManyToManyField(
        "directory.Organisation",
        verbose_name=_("sent to"),
        related_name="interest_registrations",
        blank=True,
        help_text=_("The organisations that cover the place and topic; their editors follow it up."),
    )
    status = models.CharField(_("status"), max_length=20, choices=Status.choices, default=Status.NEW)
    placed_in = optional_link("directory.SelfHelpGroup", _("placed in group"), related_name="placed_registrations")
    follow_up = models.TextField(
        _("follow-up notes"),
        blank=True,
        max_length=2000,
        help_text=_("What was done, for your colleagues. No health details beyond what is needed."),
    )

    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The form's one-time key: the same form sent twice makes one registration.
    submission_key = models.CharField(max_length=64, unique=True, editable=False)
    created_at = models.DateTimeField(_("registered"), default=timezone.now, editable=False)
    last_activity_at = models.DateTimeField(_("last activity"), default=timezone.now, editable=False)

    objects = RegistrationQuerySet.as_manager()

    class Meta:
        verbose_name = _("interest registration")
        verbose_name_plural = _("interest registrations")
        ordering = ["-created_at"]
        indexes = [models.Index(fields=["status", "topic", "municipality"], name="interest_matching_idx")]
        permissions = [("export_interestregistration", "Can export interest registrations")]

    # `make backup` leaves the rows out: no archive outlives a registration's deletion (see core's backup).
    left_out_of_backups = True

    def __str__(self):
        # Shown in the admin's titles and history: no name or contact details.
        return _("Registration %(number)s") % {"number": self.pk}

    def touch(self):
        """Something was done with it: the retention period starts again."""
        self.last_activity_at = timezone.now()

    @property
    def deletion_due(self):
        return self.last_activity_at + timedelta(days=settings.INTEREST_RETENTION_DAYS)


class RegistrationAccess(models.Model):
    """Who opened, changed or exported which registration, and when. Holds ids only, so it stays
    after the registration is deleted and never repeats its contents."""

    class Action(models.TextChoices):
        VIEWED = "viewed", _("viewed")
        CHANGED = "changed", _("changed")
        EXPORTED = "exported", _("exported")
        DELETED = "deleted", _("deleted")

    registration_id = models.BigIntegerField(_("registration"), db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), null=True, on_delete=models.SET_NULL, related_name="+"
    )
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    at = models.DateTimeField(_("when"), default=timezone.now)

    class Meta:
        verbose_name = _("access to a registration")
        verbose_name_plural = _("accesses to registrations")
        ordering = ["-at"]

    def __str__(self):
        return f"{self.registration_id} {self.action} {self.at:%Y-%m-%d %H:%M}"

    @classmethod
    def record(cls, user, action, registrations):
        cls.objects.bulk_create([cls(registration_id=pk, user=user, action=action) for pk in registrations])


class GroupNotice(models.Model):
    """An organisation was told that enough people wait for a group on a topic in a place; not told
    again while that stays so (deleted when fewer wait, so a new wave is told again)."""

    organisation = models.ForeignKey("directory.Organisation", on_delete=models.CASCADE, related_name="+")
    topic = models.ForeignKey("core.Topic", on_delete=models.CASCADE, related_name="+")
    municipality = optional_link("directory.Municipality", _("municipality"))
    county = optional_link("directory.County", _("county"))
    sent_at = models.DateTimeField(default=timezone.now)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "topic", "municipality", "county"], name="one_notice_per_place_and_topic"
            )
        ]

    def __str__(self):
        return f"{self.organisation_id}: {self.topic_id} ({self.municipality_id or self.county_id})"
