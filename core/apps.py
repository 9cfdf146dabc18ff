from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "core"
    verbose_name = _("Topics")

    def ready(self):
        import pagecache

        from .models import Topic, forget_topic_menus

        pagecache.track(Topic, "t", on_change=forget_topic_menus)
