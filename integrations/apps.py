from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class IntegrationsConfig(AppConfig):
    name = "integrations"
    verbose_name = _("Partner sites")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        from changes.models import Change
        from core import previews

        from . import permissions, preview, tasks, webhooks

        post_save.connect(webhooks.on_change, sender=Change, dispatch_uid="integrations_webhooks")
        previews.register(preview.PartnerPreview())
        post_migrate.connect(tasks.schedule, sender=self, dispatch_uid="integrations_schedule")
        post_migrate.connect(permissions.grant_moderators, dispatch_uid="integrations_moderators")
