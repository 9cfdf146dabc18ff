"""The feed's upkeep, as a nightly django-tasks task in the database queue (``TASKS["scheduled"]``):
rows older than ``CHANGES_KEPT_DAYS`` are dropped, and groups and meetings that left the API by
themselves (a meeting that is over, a group past its end date) are said to be unpublished."""

from datetime import time, timedelta

from django.conf import settings
from django.db.models import OuterRef, Subquery
from django.utils import timezone
from django_tasks import task

from core.daily import keep_one_waiting, queue_next

from . import recording
from .models import SHOWN, Change

BACKEND = "scheduled"
RUN_AT = time(3, 45)  # Norwegian time


def left_by_themselves():
    """Groups and meetings a consumer still has (their last row says shown) that the API no longer serves."""
    count = 0
    for object_type in ("group", "event"):
        last = Change.objects.filter(object_type=object_type, object_id=OuterRef("object_id")).order_by("-id")
        shown = set(
            Change.objects.filter(object_type=object_type)
            .annotate(last_event=Subquery(last.values("event")[:1]))
            .filter(last_event__in=SHOWN)
            .values_list("object_id", flat=True)
        )
        public = set(recording.public(object_type).filter(pk__in=shown).values_list("pk", flat=True))
        for pk in shown - public:
            recording.write(object_type, pk, "", None)
            count += 1
    return count


def tidy_now(now=None):
    now = now or timezone.now()
    said = left_by_themselves()
    Change.objects.filter(at__lt=now - timedelta(days=settings.CHANGES_KEPT_DAYS)).delete()
    return said


@task(backend=BACKEND)
def tidy():
    said = tidy_now()
    queue_next(tidy, RUN_AT)
    return said


def schedule(sender=None, **kwargs):
    """One waiting run of the nightly upkeep (none added if one is waiting or running)."""
    keep_one_waiting(tidy, RUN_AT)
