"""Scheduled work, run by django-tasks' database backend (``TASKS["scheduled"]``) and its worker
(``manage.py db_worker --backend scheduled``; ``make run`` starts one).

The daily reminder run puts its own next run in the queue, for tomorrow morning; ``schedule()``
(after every migration) makes sure one run is waiting, so a fresh site and a worker that was away
both get back into the rhythm.
"""

from datetime import time

from django_tasks import task

from core.daily import keep_one_waiting, queue_next

from . import verification

BACKEND = "scheduled"
RUN_AT = time(7, 0)  # Norwegian time: before the working day


@task(backend=BACKEND)
def send_verification_reminders():
    sent = verification.send_reminders()
    queue_next(send_verification_reminders, RUN_AT)
    return sent


def schedule(sender=None, **kwargs):
    """One waiting run of the daily reminders (none added if one is waiting or running)."""
    keep_one_waiting(send_verification_reminders, RUN_AT)
