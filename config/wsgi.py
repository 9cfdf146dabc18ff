import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")

django_application = get_wsgi_application()

from pagecache.wsgi import PageCacheWSGIApplication  # noqa: E402 - needs the settings configured above

# Page cache hits are answered before Django's middleware runs (pagecache/wsgi.py).
application = PageCacheWSGIApplication(django_application)
