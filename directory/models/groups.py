"""Self-help groups and meetings (information meetings, health cafés, courses for starters).

Both belong to an organisation and are edited by its editors, reviewed like organisations and
contact persons (editorial/review.py). Like them they exist once: the facts (place, dates, status,
size, the starter) are stored once and only the text that is really written twice has a ``_nn``
field, which falls back to bokmål when empty.

What the public sees leaves by itself: a group that has ended (by its status or its end date) and a
meeting that is over are no longer ``public()``, with no job to run.
"""

from datetime import datetime, time, timedelta

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.models import DraftStateMixin, LockableMixin, RevisionMixin, WorkflowMixin

import pagecache
from core.fields import optional_link, optional_text
from core.languages import InCurrentForm
from core.models import HasTopics, TopicLink

from ..permissions import GroupForm, OwnOrganisationForm
from .organisations import NYNORSK_HELP, ContactPerson, Organisation, of_public_organisation
from .places import Municipality

# Self-help groups are small: about six to eight people.
DEFAULT_GROUP_SIZE = 8


class GroupStatus(models.TextChoices):
    FORMING = "forming", _("Forming: collecting interest")
    STARTING = "starting", _("Starting on a date")
    RUNNING = "running", _("Running, closed to newcomers")
    OPEN = "open", _("Open to newcomers")
    FULL = "full", _("Full")
    ENDED = "ended", _("Ended")


# Groups by start date, those without one (still collecting interest) last, on every database.
BY_START = (models.F("starts_on").asc(nulls_last=True), "name", "pk")

# Statuses in which a visitor may still ask to join.
JOINABLE = (GroupStatus.FORMING, GroupStatus.STARTING, GroupStatus.OPEN)


class GroupAudience(models.TextChoices):
    AFFECTED = "affected", _("Those who live with it themselves")
    NEXT_OF_KIN = "next_of_kin", _("Next of kin")
    BOTH = "both", _("Both those affected and next of kin")


class AgeGroup(models.TextChoices):
    ALL = "all", _("All ages")
    YOUNG = "young", _("Young people (16–25)")
    ADULTS = "adults", _("Adults")
    SENIORS = "seniors", _("Seniors (60 and over)")


class GroupQuerySet(models.QuerySet):
    def public(self, today=None):
        """Groups a visitor may see: published, of a public organisation, not ended."""
        today = today or timezone.localdate()
        return (
            self.filter(live=True)
            .filter(of_public_organisation())
            .exclude(status=GroupStatus.ENDED)
            .exclude(ends_on__lt=today)
        )

    def joinable(self, today=None):
        return self.public(today).filter(status__in=JOINABLE)


class Where(models.Model):
    """Where something meets: a municipality and a place there, or digitally."""

    digital = models.BooleanField(_("digital"), default=False, help_text=_("Tick if it meets online."))
    municipality = optional_link(
        Municipality, _("municipality"), related_name="+", help_text=_("Where it meets (not needed if digital).")
    )
    place = optional_text(
        _("meeting place"), 200, help_text=_("For example “Nesbyen library, meeting room 2, Sentrumsvegen 5”.")
    )

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if not self.digital and self.municipality_id is None:
            raise ValidationError({"municipality": _("Choose the municipality where it meets, or tick “digital”.")})


class SelfHelpGroup(HasTopics, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, Where, ClusterableModel):
    """A self-help group: free, small, closed once it has started, often with a starter (igangsetter)
    for its first meetings."""

    base_form_class = GroupForm

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="groups"
    )
    name = models.CharField(_("name"), max_length=150, help_text=_("For example “Grief group for young adults”."))
    name_nn = optional_text(_("name in nynorsk"), 150, help_text=NYNORSK_HELP)
    description = models.TextField(_("description"), max_length=600, help_text=_("Who the group is for, briefly."))
    description_nn = models.TextField(_("description in nynorsk"), max_length=600, blank=True, help_text=NYNORSK_HELP)
    audience = models.CharField(_("for"), max_length=20, choices=GroupAudience.choices, default=GroupAudience.AFFECTED)
    age_group = models.CharField(_("age group"), max_length=20, choices=AgeGroup.choices, default=AgeGroup.ALL)

    status = models.CharField(_("status"), max_length=20, choices=GroupStatus.choices, default=GroupStatus.FORMING)
    starts_on = models.DateField(_("start date"), null=True, blank=True)
    ends_on = models.DateField(
        _("end date"), null=True, blank=True, help_text=_("After this day the group disappears from the site.")
    )
    rhythm = optional_text(_("when it meets"), 150, help_text=_("For example “Every other Tuesday 18–20”."))
    rhythm_nn = optional_text(_("when it meets, in nynorsk"), 150, help_text=NYNORSK_HELP)
    size = models.PositiveSmallIntegerField(
        _("number of places"), default=DEFAULT_GROUP_SIZE, help_text=_("Self-help groups usually have 6–8.")
    )
    starter = models.ForeignKey(
        ContactPerson,
        verbose_name=_("starter"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="started_groups",
        help_text=_("The contact person who starts the group (igangsetter). Shown only if the person is public."),
    )
    how_to_join = models.TextField(_("how to join"), max_length=600, blank=True)
    how_to_join_nn = models.TextField(_("how to join, in nynorsk"), max_length=600, blank=True, help_text=NYNORSK_HELP)

    local_name = InCurrentForm("name")
    local_description = InCurrentForm("description")
    local_rhythm = InCurrentForm("rhythm")
    local_how_to_join = InCurrentForm("how_to_join")

    objects = GroupQuerySet.as_manager()

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldPanel("description"),
        InlinePanel("topic_links", label=_("Topics")),
        FieldRowPanel([FieldPanel("audience"), FieldPanel("age_group")]),
        MultiFieldPanel(
            [FieldPanel("digital"), FieldPanel("municipality"), FieldPanel("place")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("status"),
                FieldRowPanel([FieldPanel("starts_on"), FieldPanel("ends_on")]),
                FieldPanel("rhythm"),
                FieldPanel("size"),
                FieldPanel("starter"),
                FieldPanel("how_to_join"),
            ],
            heading=_("When and how"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("name_nn"),
                FieldPanel("description_nn"),
                FieldPanel("rhythm_nn"),
                FieldPanel("how_to_join_nn"),
            ],
            heading=_("Nynorsk"),
        ),
    ]

    class Meta:
        verbose_name = _("group")
        verbose_name_plural = _("groups")
        ordering = ["name"]
        indexes = [models.Index(fields=["live", "status"], name="group_public_idx")]

    def __str__(self):
        return self.name

    @property
    def joinable(self):
        return self.status in JOINABLE

    @property
    def is_public(self):
        """GroupQuerySet.public() for one group."""
        today = timezone.localdate()
        return (
            self.live
            and self.organisation.is_public
            and self.status != GroupStatus.ENDED
            and (self.ends_on is None or self.ends_on >= today)
        )

    @property
    def public_starter(self):
        """The starter, only when the person may be shown."""
        starter = self.starter
        return starter if starter is not None and starter.is_public else None

    def clean(self):
        super().clean()
        if self.status == GroupStatus.STARTING and self.starts_on is None:
            raise ValidationError({"starts_on": _("A group that starts on a date needs the date.")})
        if self.starts_on and self.ends_on and self.ends_on < self.starts_on:
            raise ValidationError({"ends_on": _("The end date comes before the start date.")})
        if self.starter_id and self.organisation_id and self.starter.organisation_id != self.organisation_id:
            raise ValidationError({"starter": _("Choose a contact person of the group’s own organisation.")})


class GroupTopic(TopicLink):
    group = ParentalKey(SelfHelpGroup, on_delete=models.CASCADE, related_name="topic_links")


class EventKind(models.TextChoices):
    INFORMATION_MEETING = "information_meeting", _("Information meeting")
    HEALTH_CAFE = "health_cafe", _("Health café")
    STARTER_COURSE = "starter_course", _("Course for starters")
    OTHER = "other", _("Meeting")


class SignUp(models.TextChoices):
    NONE = "none", _("No sign-up: just come")
    REQUIRED = "required", _("Sign-up required")


# A meeting without an end time leaves the lists this long after it starts.
UNTIMED_MEETING = timedelta(hours=2)


class EventQuerySet(models.QuerySet):
    def public(self, now=None):
        """Meetings a visitor may see: published, of a public organisation, not over."""
        now = now or timezone.now()
        return (
            self.filter(live=True)
            .filter(of_public_organisation())
            .filter(Q(ends_at__gte=now) | Q(ends_at__isnull=True, starts_at__gte=now - UNTIMED_MEETING))
        )


def over_at(event):
    """When a meeting leaves the lists (``EventQuerySet.public``)."""
    return event.ends_at or event.starts_at + UNTIMED_MEETING


def ended_at(group):
    """When a group with an end date leaves the lists (the day after it), or None."""
    if group.ends_on is None:
        return None
    return timezone.make_aware(datetime.combine(group.ends_on + timedelta(days=1), time.min))


def leaves_at(record):
    """When a meeting or a group leaves the lists by itself (None: not by itself)."""
    return over_at(record) if isinstance(record, Event) else ended_at(record)


def shown_until(request, records):
    """A page showing these meetings and groups is kept in the caches only until the first of them
    leaves by itself."""
    pagecache.expire_at(request, min(filter(None, map(leaves_at, records)), default=None))


class Event(HasTopics, WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, Where, ClusterableModel):
    """A meeting open to the public: an information meeting, a health café, a course for starters."""

    base_form_class = OwnOrganisationForm

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organiser"), on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices, default=EventKind.INFORMATION_MEETING)
    title = models.CharField(_("title"), max_length=150)
    title_nn = optional_text(_("title in nynorsk"), 150, help_text=NYNORSK_HELP)
    description = models.TextField(_("description"), max_length=1000)
    description_nn = models.TextField(_("description in nynorsk"), max_length=1000, blank=True, help_text=NYNORSK_HELP)
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"), null=True, blank=True)
    sign_up = models.CharField(_("sign-up"), max_length=20, choices=SignUp.choices, default=SignUp.NONE)
    sign_up_info = optional_text(
        _("how to sign up"), 300, help_text=_("For example “Send a text message to 400 00 000 by Monday”.")
    )
    sign_up_info_nn = optional_text(_("how to sign up, in nynorsk"), 300, help_text=NYNORSK_HELP)
    sign_up_url = models.URLField(_("sign-up address"), blank=True)

    local_title = InCurrentForm("title")
    local_description = InCurrentForm("description")
    local_sign_up_info = InCurrentForm("sign_up_info")

    objects = EventQuerySet.as_manager()

    panels = [
        FieldPanel("organisation"),
        FieldRowPanel([FieldPanel("kind"), FieldPanel("title")]),
        FieldPanel("description"),
        InlinePanel("topic_links", label=_("Topics")),
        FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
        MultiFieldPanel(
            [FieldPanel("digital"), FieldPanel("municipality"), FieldPanel("place")],
            heading=_("Where"),
        ),
        MultiFieldPanel(
            [FieldPanel("sign_up"), FieldPanel("sign_up_info"), FieldPanel("sign_up_url")],
            heading=_("Sign-up"),
        ),
        MultiFieldPanel(
            [FieldPanel("title_nn"), FieldPanel("description_nn"), FieldPanel("sign_up_info_nn")],
            heading=_("Nynorsk"),
        ),
    ]

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ["starts_at"]
        indexes = [models.Index(fields=["live", "starts_at"], name="event_public_idx")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        if self.ends_at and self.starts_at and self.ends_at <= self.starts_at:
            raise ValidationError({"ends_at": _("The meeting must end after it starts.")})
        if self.sign_up == SignUp.REQUIRED and not (self.sign_up_info or self.sign_up_url):
            raise ValidationError({"sign_up_info": _("Say how to sign up, or give a sign-up address.")})


class EventTopic(TopicLink):
    event = ParentalKey(Event, on_delete=models.CASCADE, related_name="topic_links")
