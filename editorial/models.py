from datetime import date

from django.db import models
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _


class VerificationReminder(models.Model):
    """A reminder sent to an organisation's editors that its listing needs checking: once per
    organisation, age (11 or 12 months) and confirmation date, so a day's second run sends nothing."""

    organisation = models.ForeignKey("directory.Organisation", on_delete=models.CASCADE, related_name="+")
    months = models.PositiveSmallIntegerField(_("months since last verified"))
    last_verified = models.DateField(_("last verified"), null=True)
    sent_at = models.DateTimeField(_("sent at"), auto_now_add=True)

    class Meta:
        verbose_name = _("verification reminder")
        verbose_name_plural = _("verification reminders")
        constraints = [
            # A listing never verified (no date) counts as one date too, on SQLite and PostgreSQL alike.
            models.UniqueConstraint(
                "organisation",
                "months",
                Coalesce("last_verified", models.Value(date(1, 1, 1))),
                name="one_reminder_per_age",
            )
        ]

    def __str__(self):
        return f"{self.organisation_id}: {self.months}"
