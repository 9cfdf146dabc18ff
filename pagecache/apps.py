from django.apps import AppConfig


class PagecacheConfig(AppConfig):
    name = "pagecache"
    verbose_name = "Page cache"

    def ready(self):
        from django.db.models.signals import post_init
        from wagtail.documents import get_document_model
        from wagtail.images import get_image_model
        from wagtail.models import Page

        from . import checks, track  # noqa: F401 - checks registers the system checks
        from .invalidation import connect_pages
        from .tags import record_instance, register

        register(Page, "p")  # published, unpublished, moved and deleted pages: connect_pages()
        connect_pages()
        track(get_image_model(), "i")
        track(get_document_model(), "d")
        post_init.connect(record_instance, dispatch_uid="page_cache_record_instance")
