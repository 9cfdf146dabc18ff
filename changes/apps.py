from django.apps import AppConfig


class ChangesConfig(AppConfig):
    name = "changes"
    verbose_name = "Change feed"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import recording, tasks

        recording.connect()
        post_migrate.connect(tasks.schedule, sender=self, dispatch_uid="changes_schedule")
