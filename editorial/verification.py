"""Listings that nobody has checked for a year: shown on the dashboard, confirmed with one button
("Confirm that this is correct" sets *last verified* to today), and reminded by e-mail at 11 and 12
months by a daily task (tasks.py).

A reminder goes to the organisation's own editors and names only the organisation: no personal data
of anybody else.
"""

from datetime import timedelta

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.log_actions import log

from directory.admin_views import forbidden
from directory.models import Organisation
from directory.permissions import may_act_on, records_for

STALE_AFTER_DAYS = 365
# Reminders at these ages of *last verified* (months of 30.4 days), the first a month ahead.
REMINDER_MONTHS = (11, 12)
VERIFIED_ACTION = "selvhjelp.verified"


def today():
    return timezone.localdate()


def stale_filter(on_or_before):
    return Q(last_verified__isnull=True) | Q(last_verified__lte=on_or_before)


def unverified(user):
    """The user's organisations not confirmed for 12 months, oldest first (never confirmed first)."""
    cutoff = today() - timedelta(days=STALE_AFTER_DAYS)
    return (
        records_for(user, Organisation, ["change"])
        .filter(active=True)
        .filter(stale_filter(cutoff))
        .order_by("last_verified", "name")
    )


@require_POST
def confirm(request, pk):
    organisation = get_object_or_404(Organisation, pk=pk)
    if not may_act_on(request.user, organisation, ["change"]):
        return forbidden(request)
    organisation.last_verified = today()
    organisation.save(update_fields=["last_verified"])  # a fact, not a text: no review needed
    log(instance=organisation, action=VERIFIED_ACTION, user=request.user)
    messages.success(request, _("Thank you! “%(name)s” is marked as checked today.") % {"name": organisation.name})
    return redirect(get_valid_next_url_from_request(request) or reverse("wagtailadmin_home"))


def months_ago(months, day=None):
    return (day or today()) - timedelta(days=round(months * 30.4))


def due_reminders(day=None):
    """(organisation, months) pairs whose reminder is due and not yet sent: the latest age only (an
    organisation due at 12 months is not reminded at 11 as well)."""
    from .models import VerificationReminder

    due, seen = [], set()
    for months in sorted(REMINDER_MONTHS, reverse=True):
        candidates = Organisation.objects.filter(active=True, editor_group__isnull=False).filter(
            stale_filter(months_ago(months, day))
        )
        for organisation in candidates.exclude(pk__in=seen).order_by("pk"):
            seen.add(organisation.pk)
            if not VerificationReminder.objects.filter(
                organisation=organisation, months__gte=months, last_verified=organisation.last_verified
            ).exists():
                due.append((organisation, months))
    return due


def preferred_language(user):
    """The written form a user chose for the admin (Konto), for e-mails to them; bokmål if none."""
    return getattr(getattr(user, "wagtail_userprofile", None), "preferred_language", "") or "nb"


def editors_of(organisation):
    return get_user_model().objects.filter(groups=organisation.editor_group_id, is_active=True).exclude(email="")


def send_reminders(day=None):
    """Send the due reminders; returns how many e-mails went out."""
    from .models import VerificationReminder

    sent = 0
    base_url = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    for organisation, months in due_reminders(day):
        try:
            with transaction.atomic():
                VerificationReminder.objects.create(
                    organisation=organisation, months=months, last_verified=organisation.last_verified
                )
        except IntegrityError:
            continue  # another worker sent it
        for editor in editors_of(organisation):
            with translation.override(preferred_language(editor)):
                context = {
                    "organisation": organisation,
                    "months": months,
                    "dashboard_url": base_url + reverse("wagtailadmin_home"),
                    "edit_url": base_url
                    + reverse("wagtailsnippets_directory_organisation:edit", args=[organisation.pk]),
                }
                send_mail(
                    subject=render_to_string("editorial/verification_reminder_subject.txt", context).strip(),
                    message=render_to_string("editorial/verification_reminder.txt", context),
                    from_email=None,
                    recipient_list=[editor.email],
                )
            sent += 1
    return sent
