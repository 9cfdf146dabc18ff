from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    name = "directory"
    verbose_name = _("Directory")

    def ready(self):
        from django.db.models.signals import post_migrate, post_save

        import pagecache

        from . import partners, signals
        from .models import ContactPerson, Event, Organisation, SelfHelpGroup

        post_migrate.connect(signals.grant_moderators_the_directory, dispatch_uid="directory_moderators")
        post_migrate.connect(partners.ensure_all_partner_rights, dispatch_uid="directory_partner_rights")
        post_save.connect(partners.organisation_saved, sender=Organisation, dispatch_uid="organisation_collection")
        # One record, shown in both written forms; a person is shown on their organisation's page.
        pagecache.track(Organisation, "o")
        for model, prefix in ((ContactPerson, "c"), (SelfHelpGroup, "g"), (Event, "e")):
            # Shown on their organisation's page.
            pagecache.track(
                model, prefix, related=lambda record: {pagecache.tags.tag_for(Organisation, record.organisation_id)}
            )
