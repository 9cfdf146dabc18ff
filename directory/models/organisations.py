"""Organisations and their contact persons: one structured record each, written once by the editor
who owns it, shown on directory pages, as contact cards in articles and (later) through the API.

Both are translatable snippets with drafts and revisions: an nb record and its nn translation share a
translation_key. Facts that are the same in both written forms (addresses, phone, the area served,
privacy switches) are synchronised fields, so they cannot drift apart.
"""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, FieldRowPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.models import DraftStateMixin, Orderable, PreviewableMixin, RevisionMixin, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from ..permissions import ContactPersonForm
from .places import County, Municipality, PostalCode
from .topics import HasTopics, TopicLink

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul"]


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


class OrganisationQuerySet(models.QuerySet):
    def public(self):
        """What a visitor may see: published and active."""
        return self.filter(live=True, active=True)


class Organisation(
    HasTopics, PreviewableMixin, DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, ClusterableModel
):
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(
        _("slug"), max_length=150, help_text=_("The last part of the address, e.g. “frivilligsentralen-nesbyen”.")
    )
    organisation_type = models.CharField(_("type"), max_length=30, choices=OrganisationType.choices)
    short_description = models.TextField(
        _("short description"), max_length=400, help_text=_("One or two sentences, shown in lists.")
    )
    how_to_take_part = RichTextField(_("how to take part"), features=RICH_TEXT_FEATURES, blank=True)
    meeting_info = models.TextField(
        _("meeting places and times"),
        blank=True,
        help_text=_("For example “Every other Tuesday at 18, at the library”."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    visiting_address = models.CharField(_("visiting address"), max_length=200, blank=True)
    visiting_postal_code = models.ForeignKey(
        PostalCode,
        verbose_name=_("postal code (visiting address)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    postal_address = models.CharField(_("postal address"), max_length=200, blank=True)
    postal_postal_code = models.ForeignKey(
        PostalCode,
        verbose_name=_("postal code (postal address)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    municipality = models.ForeignKey(
        Municipality,
        verbose_name=_("municipality"),
        null=True,
        blank=True,
        editable=False,
        on_delete=models.SET_NULL,
        related_name="organisations",
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

    phone = models.CharField(_("phone"), max_length=30, blank=True)
    email = models.EmailField(_("e-mail"), blank=True)
    website = models.URLField(_("website"), blank=True)

    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick when the organisation stops; it then disappears from the site.")
    )
    last_verified = models.DateField(
        _("last verified"), null=True, blank=True, help_text=_("The date you last checked that this is correct.")
    )
    editor_group = models.ForeignKey(
        Group,
        verbose_name=_("editor group"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Editors in this group may edit this organisation and its contact persons."),
    )
    internal_notes = models.TextField(_("internal notes"), blank=True, help_text=_("Never shown to the public."))

    objects = OrganisationQuerySet.as_manager()

    panels = [
        MultiFieldPanel(
            [FieldPanel("name"), FieldPanel("slug"), FieldPanel("organisation_type"), FieldPanel("logo")],
            heading=_("Organisation"),
        ),
        FieldPanel("short_description"),
        FieldPanel("how_to_take_part"),
        FieldPanel("meeting_info"),
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
                FieldPanel("editor_group"),
                FieldPanel("internal_notes"),
            ],
            heading=_("Status"),
        ),
    ]

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("short_description"),
        TranslatableField("how_to_take_part"),
        TranslatableField("meeting_info"),
        TranslatableField("topic_links"),
        SynchronizedField("slug"),
        SynchronizedField("organisation_type"),
        SynchronizedField("logo"),
        SynchronizedField("visiting_address"),
        SynchronizedField("visiting_postal_code"),
        SynchronizedField("postal_address"),
        SynchronizedField("postal_postal_code"),
        SynchronizedField("service_area"),
        SynchronizedField("served_counties"),
        SynchronizedField("served_municipalities"),
        SynchronizedField("phone"),
        SynchronizedField("email"),
        SynchronizedField("website"),
        SynchronizedField("social_links"),
        SynchronizedField("active"),
        SynchronizedField("last_verified"),
        SynchronizedField("editor_group"),
        SynchronizedField("internal_notes"),
    ]

    search_fields = [
        index.SearchField("name", boost=2),
        index.AutocompleteField("name"),
        index.SearchField("short_description"),
        index.FilterField("locale"),
        index.FilterField("live"),
        index.FilterField("active"),
        index.FilterField("organisation_type"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(fields=["slug", "locale"], name="unique_organisation_slug_per_locale"),
        ]
        indexes = [models.Index(fields=["locale", "live", "active"], name="organisation_public_idx")]
        permissions = [("moderate_directory", "Can edit and publish every organisation and contact person")]

    def __str__(self):
        return self.name

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
        return self.filter(
            live=True,
            show_publicly=True,
            consent_given_on__isnull=False,
            organisation__live=True,
            organisation__active=True,
        )


class ContactPerson(DraftStateMixin, RevisionMixin, TranslatableMixin, index.Indexed, models.Model):
    base_form_class = ContactPersonForm

    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="contact_persons"
    )
    name = models.CharField(_("name"), max_length=120)
    role = models.CharField(_("role"), max_length=120, help_text=_("For example “Group coordinator”."))
    email = models.EmailField(
        _("public e-mail"),
        blank=True,
        help_text=_("Prefer a shared role address (such as the centre’s mailbox) over a personal one."),
    )
    phone = models.CharField(
        _("public phone"),
        max_length=30,
        blank=True,
        help_text=_("Prefer the organisation’s or the role’s number over a private mobile number."),
    )
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
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
        help_text=_("Switch off to hide the person everywhere at once, without deleting anything."),
    )

    objects = ContactPersonQuerySet.as_manager()

    panels = [
        FieldPanel("organisation"),
        FieldPanel("name"),
        FieldPanel("role"),
        FieldRowPanel([FieldPanel("email"), FieldPanel("phone")]),
        FieldPanel("photo"),
        FieldPanel("sort_order"),
        MultiFieldPanel([FieldPanel("consent_given_on"), FieldPanel("show_publicly")], heading=_("Privacy")),
    ]

    translatable_fields = [
        TranslatableField("role"),
        TranslatableField("organisation"),
        SynchronizedField("name"),
        SynchronizedField("email"),
        SynchronizedField("phone"),
        SynchronizedField("photo"),
        SynchronizedField("sort_order"),
        SynchronizedField("consent_given_on"),
        SynchronizedField("show_publicly"),
    ]

    search_fields = [
        index.SearchField("name"),
        index.AutocompleteField("name"),
        index.FilterField("locale"),
        index.FilterField("organisation_id"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("contact person")
        verbose_name_plural = _("contact persons")
        ordering = ["sort_order", "name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})"

    @property
    def is_public(self):
        return (
            self.live
            and self.show_publicly
            and self.consent_given_on is not None
            and self.organisation.live
            and self.organisation.active
        )


# Privacy switches and the active flag hold for a person or organisation in both written forms at
# once: when the published version changes them, the other form follows straight away.
PRIVACY_FIELDS = {ContactPerson: ["show_publicly", "consent_given_on"], Organisation: ["active"]}


def sync_privacy_fields(instance):
    fields = PRIVACY_FIELDS[type(instance)]
    type(instance).objects.filter(translation_key=instance.translation_key).exclude(pk=instance.pk).update(
        **{field: getattr(instance, field) for field in fields}
    )
