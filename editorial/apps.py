from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EditorialConfig(AppConfig):
    name = "editorial"
    verbose_name = _("Editorial work")

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import review, tasks

        post_migrate.connect(review.ensure_review_workflow, dispatch_uid="editorial_review_workflow")
        post_migrate.connect(tasks.schedule, sender=self, dispatch_uid="editorial_schedule")
        review.send_approvals_with_comments()
        norwegian_dates_in_the_translation_editor()


def norwegian_dates_in_the_translation_editor():
    """wagtail-localize writes "Translated with Apertium 2 December 2026" with strftime's English month
    names; a numeric date reads the same in bokmål and nynorsk."""
    from wagtail_localize import models
    from wagtail_localize.views import edit_translation

    models.DATE_FORMAT = edit_translation.DATE_FORMAT = "%d.%m.%Y"
