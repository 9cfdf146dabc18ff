"""Webhooks: each change of the change feed that a subscriber asked for is sent to it as a signed POST,
after the commit, by a django-tasks task in the database queue (``TASKS["scheduled"]``).

The body is the change as the feed tells it (``api.changes.item``): event, type, id, locale,
translation key, API address, time and the feed's cursor; never a name or other content. The headers:

- ``Selvhjelp-Timestamp``: when it was signed, in whole seconds since 1970 (UTC);
- ``Selvhjelp-Signature``: ``sha256=`` and the hex HMAC-SHA256, keyed with the subscriber's secret, of
  the timestamp, a full stop and the body's bytes;
- ``Selvhjelp-Event`` and ``Selvhjelp-Delivery`` (the log's number for it; a delivery sent again gets
  a new one).

A try that does not answer 2xx within ``WEBHOOK_TIMEOUT`` is tried again after
``WEBHOOK_BACKOFF_SECONDS`` × 2ⁿ, up to ``WEBHOOK_TRIES`` tries; a redirect is a failure (never
followed). After ``WEBHOOK_TURN_OFF_AFTER`` failed deliveries in a row the subscriber is turned off
until a moderator turns it on again, and the moderators are told by e-mail. A task's stored arguments
are the delivery's id only.
"""

import hashlib
import hmac
import json
import time
from datetime import timedelta

import requests
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task

from api.changes import item
from editorial.verification import preferred_language

from .addresses import refusal
from .models import Delivery, Subscriber

BACKEND = "scheduled"
USER_AGENT = "selvhjelp-webhooks/1"


def base_url():
    return (settings.WAGTAILAPI_BASE_URL or settings.WAGTAILADMIN_BASE_URL).rstrip("/")


def signature(secret, timestamp, body):
    """The ``Selvhjelp-Signature`` of a body (bytes) signed at ``timestamp`` (a string of digits)."""
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return f"sha256={digest}"


def on_change(sender, instance, created=False, raw=False, **kwargs):
    """A new row of the change feed: one delivery to each active subscriber that asked for it."""
    if not created or raw:
        return
    subscribers = [subscriber for subscriber in Subscriber.objects.filter(active=True) if subscriber.wants(instance)]
    if not subscribers:
        return
    body = json.dumps(item(instance, base_url()), ensure_ascii=False)
    for subscriber in subscribers:
        queue(Delivery.objects.create(subscriber=subscriber, change_id=instance.pk, body=body))


def queue(delivery, run_after=None):
    enqueue = deliver.using(run_after=run_after).enqueue if run_after else deliver.enqueue
    transaction.on_commit(lambda: enqueue(delivery.pk), robust=True)


def send_again(delivery):
    """A new delivery of the same change (its own log line and number, a fresh signature)."""
    again = Delivery.objects.create(subscriber=delivery.subscriber, change_id=delivery.change_id, body=delivery.body)
    queue(again)
    return again


def send(delivery):
    """One try: (response code or None, a short reason when it failed)."""
    subscriber = delivery.subscriber
    reason = refusal(subscriber.url)
    if reason:
        return None, reason
    body = delivery.body.encode()
    timestamp = str(int(time.time()))
    headers = {
        "Content-Type": "application/json; charset=utf-8",
        "User-Agent": USER_AGENT,
        "Selvhjelp-Timestamp": timestamp,
        "Selvhjelp-Signature": signature(subscriber.secret, timestamp, body),
        "Selvhjelp-Event": delivery.change["event"],
        "Selvhjelp-Delivery": str(delivery.pk),
    }
    try:
        response = requests.post(
            subscriber.url, data=body, headers=headers, timeout=settings.WEBHOOK_TIMEOUT, allow_redirects=False
        )
    except requests.Timeout:
        return None, "timeout"
    except requests.RequestException as error:
        return None, type(error).__name__
    response.close()
    if 200 <= response.status_code < 300:
        return response.status_code, ""
    return response.status_code, f"HTTP {response.status_code}"


def backoff(tries):
    return timedelta(seconds=settings.WEBHOOK_BACKOFF_SECONDS * 2 ** (tries - 1))


@task(backend=BACKEND)
def deliver(delivery_id):
    """Try a delivery once; queue the next try, or count a failure against the subscriber."""
    delivery = Delivery.objects.select_related("subscriber").filter(pk=delivery_id).first()
    if delivery is None or delivery.done:
        return None
    subscriber = delivery.subscriber
    now = timezone.now()
    if not subscriber.active:
        delivery.status, delivery.error, delivery.next_try_at = Delivery.Status.FAILED, "turned off", None
        delivery.save(update_fields=["status", "error", "next_try_at"])
        return delivery.status
    code, error = send(delivery)
    delivery.tries += 1
    delivery.last_try_at, delivery.response_code, delivery.error = now, code, error[:200]
    if not error:
        delivery.status, delivery.next_try_at = Delivery.Status.DELIVERED, None
        Subscriber.objects.filter(pk=subscriber.pk).update(failures_in_row=0)
    elif delivery.tries < settings.WEBHOOK_TRIES:
        delivery.status, delivery.next_try_at = Delivery.Status.RETRYING, now + backoff(delivery.tries)
        queue(delivery, run_after=delivery.next_try_at)
    else:
        delivery.status, delivery.next_try_at = Delivery.Status.FAILED, None
    delivery.save()
    if delivery.status == Delivery.Status.FAILED:
        count_failure(delivery, now)
    return delivery.status


def count_failure(delivery, now):
    subscriber = delivery.subscriber
    Subscriber.objects.filter(pk=subscriber.pk).update(failures_in_row=F("failures_in_row") + 1)
    turned_off = Subscriber.objects.filter(
        pk=subscriber.pk, active=True, failures_in_row__gte=settings.WEBHOOK_TURN_OFF_AFTER
    ).update(active=False, turned_off_at=now)
    if turned_off:
        tell_moderators(subscriber, delivery)


def tell_moderators(subscriber, delivery):
    """The moderators learn that a subscriber was turned off, each in the written form they chose."""
    subscriber.refresh_from_db()
    moderators = (
        get_user_model()
        .objects.filter(Q(groups__name="Moderators") | Q(is_superuser=True), is_active=True)
        .exclude(email="")
    )
    link = settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse("webhook_subscribers:deliveries", args=[subscriber.pk])
    context = {
        "subscriber": subscriber,
        "failures": subscriber.failures_in_row,
        "error": delivery.error_text,
        "link": link,
    }
    for moderator in moderators.distinct():
        with translation.override(preferred_language(moderator)):
            send_mail(
                subject=render_to_string("integrations/email/turned_off_subject.txt", context).strip(),
                message=render_to_string("integrations/email/turned_off.txt", context),
                from_email=None,
                recipient_list=[moderator.email],
            )
