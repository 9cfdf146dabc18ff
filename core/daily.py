"""Daily work in the database task queue (``TASKS["scheduled"]``, worked by ``manage.py db_worker
--backend scheduled``, which ``make run`` starts): a daily task queues its own next run at its hour
(Norwegian time), and ``keep_one_waiting`` (run after migrations) makes sure one run waits."""

from datetime import datetime, timedelta

from django.utils import timezone


def next_run(at, now=None):
    """The next moment it is ``at`` o'clock (a ``datetime.time``), today or tomorrow."""
    now = timezone.localtime(now)
    run = timezone.make_aware(datetime.combine(now.date(), at))
    return run if run > now else run + timedelta(days=1)


def queue_next(task, at):
    task.using(run_after=next_run(at)).enqueue()


def keep_one_waiting(task, at):
    """Queue the next run of ``task`` unless one is waiting or running."""
    from django_tasks_db.models import DBTaskResult

    waiting = DBTaskResult.objects.filter(task_path=task.module_path, status__in=["READY", "RUNNING"])
    if not waiting.exists():
        queue_next(task, at)
