"""Organisations and their contact persons: one record each, written by the editor who owns it, shown
on directory pages, as contact cards in articles and through the API, in both written forms.

A fact (address, phone, e-mail, area served, active, consent, privacy switches, editor group, notes)
and a person's data exist once, in that one record. Only text that is really written twice has a
second field for nynorsk (``name_nn``, ``role_nn``, ...); empty, it falls back to bokmål. There is no
second row to keep in step, so a draft, an autosave or a translation can never publish a fact, bring
an old value back or make the two forms disagree: what the public sees is the record's published
state, and Wagtail changes that only on publish.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import (
    DraftStateMixin,
    LockableMixin,
    Orderable,
    PreviewableMixin,
    RevisionMixin,
    WorkflowMixin,
)
from wagtail.search import index

from core.fields import optional_link, optional_text
from core.languages import InCurrentForm
from core.models import HasTopics, TopicLink

from ..permissions import MODERATE_DIRECTORY, ContactPersonForm
from .places import County, Municipality, PostalCode

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


NYNORSK_HELP = _("Leave empty to show the bokmål text in nynorsk too.")


class OrganisationType(models.TextChoices):
    NATIONAL_CENTRE = "national_centre", _("National competence centre")
    ASSOCIATION = "association", _("Patient or next-of-kin association")
    HEALTHY_LIFE_CENTRE = "healthy_life_centre", _("Healthy-life centre")
    LEARNING_AND_COPING_CENTRE = "learning_coping_centre", _("Learning and coping centre")
    VOLUNTEER_CENTRE = "volunteer_centre", _("Volunteer centre")
    SELF_HELP_NETWORK = "self_help_network", _("Local self-help network")
    SELF_HELP_GROUP = "self_help_group", _("Self-help group")


class ServiceArea(models.TextChoices):
    NATIONAL = "national", _("The whole country")
    COUNTIES = "counties", _("One or more counties")
    MUNICIPALITIES = "municipalities", _("One or more municipalities")


# What a visitor may see of an organisation: published and active (for querysets and instances).
PUBLIC_ORGANISATION = {"live": True, "active": True}


def of_public_organisation():
    """Q: the record's organisation is public (OrganisationQuerySet.public())."""
    return Q(**{f"organisation__{field}": value for field, value in PUBLIC_ORGANISATION.items()})


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        return self.filter(**PUBLIC_ORGANISATION)


class Organisation(
    HasTopics,
    WorkflowMixin,
    PreviewableMixin,
    DraftStateMixin,
    LockableMixin,
    RevisionMixin,
    index.Indexed,
    ClusterableModel,
):
    """An organisation that helps, once, with its texts in both written forms.

    Partner editors' changes go through the review workflow, as pages do (editorial/review.py).
    """

    name = models.CharField(_("name"), max_length=150)
    name_nn = optional_text(_("name in nynorsk"), 150, help_text=NYNORSK_HELP)
    slug = models.SlugField(
        _("slug"),
        max_length=150,
        unique=True,
        help_text=_("The last part of the address, e.g. “frivilligsentralen-nesbyen”. The same in both forms."),
    )
    organisation_type = models.CharField(_("type"), max_length=30, choices=OrganisationType.choices)
    short_description = models.TextField(
        _("short description"), max_length=400, help_text=_("One or two sentences, shown in lists.")
    )
    short_description_nn = models.TextField(
        _("short description in nynorsk"), max_length=400, blank=True, help_text=NYNORSK_HELP
    )
    how_to_take_part = RichTextField(_("how to take part"), features=RICH_TEXT_FEATURES, blank=True)
    how_to_take_part_nn = RichTextField(
        _("how to take part, in nynorsk"), features=RICH_TEXT_FEATURES, blank=True, help_text=NYNORSK_HELP
    )
    meeting_info = models.TextField(
        _("meeting places and times"),
        blank=True,
        help_text=_("For example “Every other Tuesday at 18, at the library”."),
    )
    meeting_info_nn = models.TextField(_("meeting places and times, in nynorsk"), blank=True, help_text=NYNORSK_HELP)

    local_name = InCurrentForm("name")
    local_short_description = InCurrentForm("short_description")
    local_how_to_take_part = InCurrentForm("how_to_take_part")
    local_meeting_info = InCurrentForm("meeting_info")

    logo = optional_link("wagtailimages.Image", _("logo"))

    visiting_address = optional_text(_("visiting address"), 200)
    visiting_postal_code = optional_link(PostalCode, _("postal code (visiting address)"))
    postal_address = optional_text(_("postal address"), 200)
    postal_postal_code = optional_link(PostalCode, _("postal code (postal address)"))
    municipality = optional_link(
        Municipality,
        _("municipality"),
        related_name="organisations",
        editable=False,
        help_text=_("Where the organisation is, from the postal code."),
    )

    service_area = models.CharField(
        _("area served"), max_length=20, choices=ServiceArea.choices, default=ServiceArea.MUNICIPALITIES
    )
    served_counties = ParentalManyToManyField(
        County, verbose_name=_("counties served"), blank=True, related_name="organisations"
    )
    served_municipalities = ParentalManyToManyField(
        Municipality, verbose_name=_("municipalities served"), blank=True, related_name="served_by"
    )

    phone = optional_text(_("phone"), 30)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick when the organisation stops; it then disappears from the site.")
    )
    last_verified = models.DateField(
        _("last verified"), null=True, blank=True, help_text=_("The date you last checked that this is correct.")
    )
    editor_group = optional_link(
        Group,
        _("editor group"),
        help_text=_("Editors in this group may edit this organisation and its contact persons."),
    )
    internal_notes = models.TextField(_("internal notes"), blank=True, help_text=_("Never shown to the public."))
    collection = optional_link(
        "wagtailcore.Collection",
        _("collection"),
        editable=False,
        help_text=_("The organisation’s own images and documents, made when it gets an editor group."),
    )

    objects = OrganisationQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("organisation_type"), FieldPanel("logo")],
            heading=_("Organisation"),
        ),
        FieldPanel("short_description"),
        FieldPanel("how_to_take_part"),
        FieldPanel("meeting_info"),
        MultiFieldPanel(
            [
                FieldPanel("name_nn"),
                FieldPanel("short_description_nn"),
                FieldPanel("how_to_take_part_nn"),
                FieldPanel("meeting_info_nn"),
            ],
            heading=_("Nynorsk"),
        ),
        InlinePanel("topic_links", label=_("Topics")),
        MultiFieldPanel(
            [
                FieldPanel("service_area"),
                FieldPanel("served_counties"),
                FieldPanel("served_municipalities"),
            ],
            heading=_("Area served"),
        ),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("visiting_address"), FieldPanel("visiting_postal_code")]),
                FieldRowPanel([FieldPanel("postal_address"), FieldPanel("postal_postal_code")]),
            ],
            heading=_("Addresses"),
        ),
        MultiFieldPanel(
            [FieldPanel("phone"), FieldPanel("email"), FieldPanel("website"), InlinePanel("social_links")],
            heading=_("Contact"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("active"),
                FieldPanel("last_verified"),
                # Only moderators say who edits an organisation: an editor could give it away.
                FieldPanel("editor_group", permission=MODERATE_DIRECTORY),
                FieldPanel("internal_notes"),
            ],
            heading=_("Status"),
        ),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.SearchField("name_nn", boost=2),
        index.AutocompleteField("name"),
        index.AutocompleteField("name_nn"),
        index.SearchField("short_description"),
        index.SearchField("short_description_nn"),
        index.FilterField("live"),
        index.FilterField("active"),
        index.FilterField("organisation_type"),
        index.FilterField("editor_group"),
    ]

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        indexes = [
            models.Index(fields=["live", "active"], name="organisation_public_idx"),
            # The directory's national organisations by name (DirectoryFilters.ranked_ids).
            models.Index(fields=["service_area", "name"], name="organisation_area_name_idx"),
        ]
        permissions = [("moderate_directory", "Can edit and publish every organisation and contact person")]

    def __str__(self):
        return self.name

    @property
    def is_public(self):
        """OrganisationQuerySet.public() for one organisation."""
        return all(getattr(self, field) == value for field, value in PUBLIC_ORGANISATION.items())

    def clean(self):
        super().clean()
        if self.service_area == ServiceArea.COUNTIES and not self.served_counties.all():
            raise ValidationError({"served_counties": _("Choose at least one county.")})
        if self.service_area == ServiceArea.MUNICIPALITIES and not self.served_municipalities.all():
            raise ValidationError({"served_municipalities": _("Choose at least one municipality.")})

    def save(self, *args, **kwargs):
        postal_code = self.visiting_postal_code or self.postal_postal_code
        self.municipality_id = postal_code.municipality_id if postal_code else None
        super().save(*args, **kwargs)

    def get_preview_template(self, request, mode_name):
        return "directory/organisation_preview.html"


class OrganisationTopic(TopicLink):
    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="topic_links")


class SocialLink(Orderable):
    class Platform(models.TextChoices):
        FACEBOOK = "facebook", "Facebook"
        INSTAGRAM = "instagram", "Instagram"
        LINKEDIN = "linkedin", "LinkedIn"
        YOUTUBE = "youtube", "YouTube"
        TIKTOK = "tiktok", "TikTok"
        OTHER = "other", _("Other")

    organisation = ParentalKey(Organisation, on_delete=models.CASCADE, related_name="social_links")
    platform = models.CharField(_("platform"), max_length=20, choices=Platform.choices)
    url = models.URLField(_("address"))

    class Meta(Orderable.Meta):
        verbose_name = _("social media link")
        verbose_name_plural = _("social media links")


class ContactPersonQuerySet(models.QuerySet):
    def public(self):
        """The only contact persons a visitor or consumer site may ever see.

        Published, switched on, with a recorded consent, in a published and active organisation.
        """
        return self.filter(of_public_organisation(), live=True, show_publicly=True, consent_given_on__isnull=False)


class ContactPerson(WorkflowMixin, DraftStateMixin, LockableMixin, RevisionMixin, models.Model):
    """A person visitors may contact, once, with their role in both written forms.

    Not in the search index: a person is found on their organisation's page, and the index must hold
    no personal data that is not public.
    """

    base_form_class = ContactPersonForm

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="contact_persons"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, help_text=_("For example “Group coordinator”."))
    role_nn = optional_text(_("role in nynorsk"), 120, help_text=NYNORSK_HELP)
    local_role = InCurrentForm("role")
    email = models.EmailField(
        _("public e-mail"),
        blank=True,
        help_text=_("Prefer a shared role address (such as the centre’s mailbox) over a personal one."),
    )
    phone = optional_text(
        _("public phone"),
        30,
        help_text=_("Prefer the organisation’s or the role’s number over a private mobile number."),
    )
    photo = optional_link("wagtailimages.Image", _("photo"))
    sort_order = models.IntegerField(_("sort order"), default=0, help_text=_("Lower numbers are shown first."))
    consent_given_on = models.DateField(
        _("consent to be listed, given on"),
        null=True,
        blank=True,
        help_text=_("The date the person agreed to be shown publicly. Without it the person is never shown."),
    )
    show_publicly = models.BooleanField(
        _("show publicly"),
        default=False,
        help_text=_(
            "Tick to show the person on the site and to other sites (it needs the consent date above). "
            "Untick to hide the person everywhere at once, without deleting anything."
        ),
    )

    objects = ContactPersonQuerySet.as_manager()

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldRowPanel([FieldPanel("role"), FieldPanel("role_nn")]),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("photo"),
        FieldPanel("sort_order"),
        MultiFieldPanel([FieldPanel("consent_given_on"), FieldPanel("show_publicly")], heading=_("Privacy")),
    ]

    class Meta:
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"

    @property
    def is_public(self):
        """ContactPersonQuerySet.public() for one person."""
        return self.live and self.show_publicly and self.consent_given_on is not None and self.organisation.is_public
