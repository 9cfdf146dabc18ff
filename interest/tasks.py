"""E-mail and retention for interest registrations, as django-tasks tasks in the database queue
(``TASKS["scheduled"]``, worked by ``manage.py db_worker --backend scheduled``): a slow mail server
never slows the visitor who registers.

A task's arguments are stored in the queue (and kept there after it ran), so they are ids only: never
a name, an e-mail address, a phone number or the private link's key. The task reads the contact
details from the registration when it runs, and makes the link again from it; a registration withdrawn
in the meantime gets no e-mail.
"""

from datetime import time
from urllib.parse import urlencode

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django_tasks import task

from core.daily import keep_one_waiting, queue_next
from directory.models import Municipality
from editorial.verification import editors_of, preferred_language

from . import matching
from .models import GroupNotice, InterestRegistration, RegistrationAccess, link_key

BACKEND = "scheduled"
RUN_AT = time(3, 30)  # the nightly deletion, Norwegian time


def site_url(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def private_link(token, language):
    with translation.override(language):
        return site_url(reverse("interest:mine", args=[token]))


def mail(template, context, recipients, language):
    with translation.override(language):
        send_mail(
            subject=render_to_string(f"interest/email/{template}_subject.txt", context).strip(),
            message=render_to_string(f"interest/email/{template}.txt", context),
            from_email=None,
            recipient_list=recipients,
        )


@task(backend=BACKEND)
def send_confirmation(registration_id):
    """The visitor's receipt with the private link to see and withdraw the registration."""
    registration = InterestRegistration.objects.filter(pk=registration_id).first()
    if registration is None or not registration.email:
        return 0
    context = {
        "registration": registration,
        "link": private_link(link_key(registration.submission_key), registration.language),
        "retention_days": settings.INTEREST_RETENTION_DAYS,
    }
    mail("confirmation", context, [registration.email], registration.language)
    return 1


def admin_list_url(**filters):
    return site_url(reverse("interest_admin:index")) + "?" + urlencode(filters)


@task(backend=BACKEND)
def tell_organisations(registration_id):
    """The organisations it was sent to learn that a registration waits (no personal data, a link), and
    those covering a topic and place where enough people now wait are told so, once."""
    registration = (
        InterestRegistration.objects.filter(pk=registration_id).select_related("topic", "municipality__county").first()
    )
    if registration is None:
        return 0
    sent = 0
    for organisation in registration.organisations.all():
        for editor in editors_of(organisation):
            mail(
                "new_registration",
                {"organisation": organisation, "link": admin_list_url(status="new")},
                [editor.email],
                preferred_language(editor),
            )
            sent += 1
    for organisation, place in matching.enough_for_a_group(registration):
        GroupNotice.objects.create(organisation=organisation, topic=registration.topic, **place)
        sent += tell_enough(organisation, registration.topic, place)
    return sent


def tell_enough(organisation, topic, place):
    where = place["municipality"] or place["county"]
    filters = {"topic": topic.pk}
    if place["municipality"] is not None:
        filters["municipality"] = place["municipality"].pk
    else:
        filters["county"] = place["county"].pk
    sent = 0
    for editor in editors_of(organisation):
        mail(
            "enough_for_a_group",
            {
                "organisation": organisation,
                "topic": topic,
                "place": where.name_norwegian if isinstance(where, Municipality) else where.name,
                "threshold": settings.INTEREST_GROUP_THRESHOLD,
                "link": admin_list_url(**filters),
            },
            [editor.email],
            preferred_language(editor),
        )
        sent += 1
    return sent


def delete_registrations(registrations, user=None):
    """Delete registrations for good, recording who (None: the visitor or the retention rule)."""
    ids = list(registrations.values_list("pk", flat=True))
    RegistrationAccess.record(user, RegistrationAccess.Action.DELETED, ids)
    InterestRegistration.objects.filter(pk__in=ids).delete()
    return len(ids)


def delete_expired_now(now=None):
    deleted = delete_registrations(InterestRegistration.objects.expired(now))
    matching.forget_passed_notices()
    return deleted


@task(backend=BACKEND)
def delete_expired():
    """Every night: registrations without activity for ``INTEREST_RETENTION_DAYS`` are deleted."""
    deleted = delete_expired_now()
    queue_next(delete_expired, RUN_AT)
    return deleted


def schedule(sender=None, **kwargs):
    """One waiting run of the nightly deletion (none added if one is waiting or running)."""
    keep_one_waiting(delete_expired, RUN_AT)
