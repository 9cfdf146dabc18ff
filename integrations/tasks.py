"""The webhooks' upkeep: the delivery log is kept ``WEBHOOK_LOG_DAYS``, by a nightly task in the
database queue (``TASKS["scheduled"]``)."""

from datetime import time, timedelta

from django.conf import settings
from django.utils import timezone
from django_tasks import task

from core.daily import keep_one_waiting, queue_next

from .models import Delivery

BACKEND = "scheduled"
RUN_AT = time(3, 50)  # Norwegian time


def tidy_now(now=None):
    now = now or timezone.now()
    old = Delivery.objects.filter(created_at__lt=now - timedelta(days=settings.WEBHOOK_LOG_DAYS))
    return old.exclude(status__in=[Delivery.Status.WAITING, Delivery.Status.RETRYING]).delete()[0]


@task(backend=BACKEND)
def tidy():
    removed = tidy_now()
    queue_next(tidy, RUN_AT)
    return removed


def schedule(sender=None, **kwargs):
    keep_one_waiting(tidy, RUN_AT)
