from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Topics")

    def ready(self):
        from django.db.models.signals import post_delete, post_save
        from wagtail.models import Site
        from wagtail.signals import page_published, post_page_move

        import pagecache

        from .models import Topic, forget_topic_menus
        from .sites import forget_sites_for_root_page, site_changed

        pagecache.track(Topic, "t", on_change=forget_topic_menus)
        post_save.connect(site_changed, sender=Site, dispatch_uid="core_sites_saved")
        post_delete.connect(site_changed, sender=Site, dispatch_uid="core_sites_deleted")
        page_published.connect(forget_sites_for_root_page, dispatch_uid="core_sites_root_published")
        post_page_move.connect(forget_sites_for_root_page, dispatch_uid="core_sites_root_moved")
