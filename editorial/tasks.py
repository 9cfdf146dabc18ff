"""Scheduled work, run by django-tasks' database backend (``TASKS["scheduled"]``) and its worker
(``manage.py db_worker --backend scheduled``; ``make run`` starts one).

The daily reminder run puts its own next run in the queue, for tomorrow morning; ``schedule()``
(after every migration) makes sure one run is waiting, so a fresh site and a worker that was away
both get back into the rhythm.
"""

from datetime import datetime, time, timedelta

from django.utils import timezone
from django_tasks import task

from . import verification

BACKEND = "scheduled"
RUN_AT = time(7, 0)  # Norwegian time: before the working day


def next_morning(now=None):
    now = timezone.localtime(now)
    run = timezone.make_aware(datetime.combine(now.date(), RUN_AT))
    return run if run > now else run + timedelta(days=1)


@task(backend=BACKEND)
def send_verification_reminders():
    sent = verification.send_reminders()
    send_verification_reminders.using(run_after=next_morning()).enqueue()
    return sent


def schedule(sender=None, **kwargs):
    """One waiting run of the daily reminders (none added if one is waiting or running)."""
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(
        task_path=send_verification_reminders.module_path, status__in=["READY", "RUNNING"]
    )
    if not waiting.exists():
        send_verification_reminders.using(run_after=next_morning()).enqueue()
