"""System checks: the page cache is only as right as the cache it is kept in."""

from django.conf import settings
from django.core.checks import Error, Tags, Warning, register

MIDDLEWARE = "pagecache.middleware.PageCacheMiddleware"
PROCESS_LOCAL_CACHES = (
    "django.core.cache.backends.locmem.LocMemCache",
    "django.core.cache.backends.dummy.DummyCache",
)


@register(Tags.caches, deploy=True)
def check_shared_cache(app_configs, **kwargs):
    """With several worker processes, each keeps its own local cache and never hears of another's
    invalidation: a page published in one would stay stale in the others."""
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if settings.PAGE_CACHE_ENABLED and backend in PROCESS_LOCAL_CACHES:
        return [
            Warning(
                "The page cache is on without a shared cache.",
                hint="Set REDIS_URL (every worker then shares the cache), or PAGE_CACHE_ENABLED=false.",
                id="pagecache.W001",
            )
        ]
    return []


@register(Tags.caches)
def check_middleware_order(app_configs, **kwargs):
    """The cache answers before sessions are read; after them, every hit would touch the database."""
    middleware = list(settings.MIDDLEWARE)
    if MIDDLEWARE not in middleware:
        if settings.PAGE_CACHE_ENABLED:
            return [Error(f"PAGE_CACHE_ENABLED is on but {MIDDLEWARE} is not in MIDDLEWARE.", id="pagecache.E001")]
        return []
    session = "django.contrib.sessions.middleware.SessionMiddleware"
    if session in middleware and middleware.index(session) < middleware.index(MIDDLEWARE):
        return [Error(f"{MIDDLEWARE} must come before {session}.", id="pagecache.E002")]
    return []
