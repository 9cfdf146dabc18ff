from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InterestConfig(AppConfig):
    name = "interest"
    verbose_name = _("Interest registrations")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import permissions, tasks

        permissions.register_partner_rights()
        post_migrate.connect(tasks.schedule, sender=self, dispatch_uid="interest_schedule")
        post_migrate.connect(permissions.grant_moderators, dispatch_uid="interest_moderators")
