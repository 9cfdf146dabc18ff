"""Settings shared by every environment.

Safe for production by default: DEBUG is off, secrets and hosts come from the environment, and only
``dev.py`` and ``test.py`` relax that.
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
SITE_DIR = BASE_DIR / "site"  # templates and static files; a folder, not a Python package


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=()):
    value = os.environ.get(name, "")
    items = [item.strip() for item in value.split(",") if item.strip()]
    return items or list(default)


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = env_bool("DEBUG", False)
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "integrations",
    "changes",
    "interest",
    "editorial",
    "home",
    "directory",
    "core",
    "pagecache",
    "api.apps.APIConfig",
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.api.v2",
    "rest_framework",
    "corsheaders",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "wagtail.contrib.frontend_cache",
    "django_tasks_db",
    "axes",
    "csp",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # Outermost: answers anonymous GETs from the page cache before anything else runs, and stores whole
    # responses (security headers included). pagecache/wsgi.py answers hits even earlier in production.
    "pagecache.middleware.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.NoNulInQueryMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",  # ETag, and 304 for a matching If-None-Match
    "api.middleware.APICacheHeadersMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.SiteLocaleMiddleware",
    "core.sites.SiteMiddleware",  # the request's Wagtail site, from the cache
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.AdminPreviewFramingMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last: counts failed logins and answers a locked-out login form.
    "axes.middleware.AxesMiddleware",
]

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [SITE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Without DATABASE_URL the site runs on an SQLite file in the project folder (git-ignored).
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=True,  # a connection broken by a database restart is replaced, not reused
    )
}

# Cache: Redis when REDIS_URL is set (shared by every app server), else this process's memory.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "selvhjelp",
            "OPTIONS": {
                # A Redis outage costs a request a second at most and is treated as a miss (Wagtail
                # keeps its site lookups in the cache too); /healthz reports it.
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    # Login sessions are read from Redis and written through to the database, so a Redis restart
    # does not log editors out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "selvhjelp"}}

# Whole-response cache for anonymous visitors and API consumers (pagecache/); invalidated by
# tags when content is published, so the lifetime is only a safety net.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", str(24 * 60 * 60)))
# Parts many responses share (menus, routes, cards, API items) are kept too, invalidated by the same
# tags (pagecache/fragments.py); unlike whole pages, also for logged-in editors.
PAGE_CACHE_FRAGMENTS = env_bool("PAGE_CACHE_FRAGMENTS", True)
# Entries and fragments a process also keeps in its own memory, trusted while nothing has been
# invalidated anywhere since (pagecache/local.py): a request then asks Redis once. 0 turns it off.
PAGE_CACHE_LOCAL_ENTRIES = int(os.environ.get("PAGE_CACHE_LOCAL_ENTRIES", "2000"))
# The Redis the cache uses, read directly for the generation (Redis tells the process when it changes).
PAGE_CACHE_REDIS_URL = REDIS_URL
# What a hit gets again for its own request: CORS for its Origin, and a 304 for its If-None-Match.
PAGE_CACHE_PER_REQUEST_MIDDLEWARE = [
    "corsheaders.middleware.CorsMiddleware",
    "django.middleware.http.ConditionalGetMiddleware",
]
# The request headers those middleware read: a hit without any of them is answered as it was stored.
PAGE_CACHE_PER_REQUEST_HEADERS = [
    "HTTP_ORIGIN",
    "HTTP_IF_NONE_MATCH",
    "HTTP_IF_MODIFIED_SINCE",
    "HTTP_IF_MATCH",
    "HTTP_IF_UNMODIFIED_SINCE",
]
# Topic and place menus: changes empty them at once; the lifetime bounds what a process-local cache
# (no REDIS_URL, several workers) can show after a change in another process.
MENU_CACHE_SECONDS = int(os.environ.get("MENU_CACHE_SECONDS", "600"))
# What an HTTP cache in front (Varnish) may keep a page for; purged by tag on publish.
EDGE_CACHE_SECONDS = int(os.environ.get("EDGE_CACHE_SECONDS", str(24 * 60 * 60)))
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages (each named in its own form): the site speaks Norwegian in its two written forms. bokmål is the source form.
LANGUAGE_CODE = "nb"
LANGUAGES = [
    ("nb", "Bokmål"),
    ("nn", "Nynorsk"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The site's own catalogs first, then the admin's (Wagtail's and wagtail-localize's strings in bokmål
# where theirs lack them, and in nynorsk, which they do not have: editorial/management/commands/
# admin_catalogs.py); both are read before the apps' own. Untranslated nynorsk falls back to bokmål.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "admin"]
LANGUAGE_COOKIE_NAME = "sprak"
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_SAMESITE = "Lax"
TIME_ZONE = "Europe/Oslo"
USE_I18N = True
USE_TZ = True

# Wagtail 8.0's autosave is off. Its first autosave of a new page or snippet creates it, and only
# when the answer comes back does the form switch to the edit address; "Send til godkjenning" or
# "Publiser" pressed meanwhile posts the add form again, which made the page twice (a server error,
# "the slug is already in use"; seen in the browser journey in CI). Editors save with "Lagre kladd",
# and Wagtail warns before they leave a page with unsaved changes.
WAGTAIL_AUTOSAVE_INTERVAL = int(os.environ.get("WAGTAIL_AUTOSAVE_INTERVAL", "0"))
WAGTAILADMIN_USER_LOGIN_FORM = "editorial.forms.LoginForm"  # a translated "Password" label
WAGTAILADMIN_PERMITTED_LANGUAGES = [("nb", "Norsk bokmål"), ("nn", "Norsk nynorsk"), ("en", "English")]

STATICFILES_DIRS = [SITE_DIR / "static"]
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Uploaded images and documents go to S3-compatible object storage when a bucket is named, so that
# several app servers share them (django-storages); otherwise to MEDIA_ROOT.
S3_BUCKET = os.environ.get("S3_BUCKET", "")
if S3_BUCKET:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": S3_BUCKET,
            "endpoint_url": os.environ.get("S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("S3_REGION") or None,
            "access_key": os.environ.get("S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("S3_SECRET_ACCESS_KEY") or None,
            # Public images get plain, cacheable URLs; documents are served through the app (below).
            "custom_domain": os.environ.get("S3_CUSTOM_DOMAIN") or None,
            "querystring_auth": False,
            "file_overwrite": False,
        },
    }

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
# No calls from editors' browsers to other hosts: no Gravatar (it would learn editors' e-mail hashes)
# and no update check.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_SITE_NAME = "Selvhjelp i Norge"
# Where visitors send feedback on accessibility (the accessibility statement shows it; empty: not shown).
SITE_CONTACT_EMAIL = os.environ.get("SITE_CONTACT_EMAIL", "")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "core.search",
        # Used on PostgreSQL: stems Norwegian words ("grupper" finds "gruppe").
        "SEARCH_CONFIG": "norwegian",
    }
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
# Documents always go through Wagtail's view, which checks the privacy settings of their collection.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAIL_ALLOW_UNICODE_SLUGS = False
WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Content API: limit/offset pagination, at most 100 items a request.
WAGTAILAPI_LIMIT_MAX = 100
WAGTAILAPI_BASE_URL = os.environ.get("WAGTAILAPI_BASE_URL", "")
REST_FRAMEWORK = {"DEFAULT_RENDERER_CLASSES": ["rest_framework.renderers.JSONRenderer"]}
API_CACHE_SECONDS = int(os.environ.get("API_CACHE_SECONDS", "60"))
# CORS, the change feed, webhooks and partner previews (other sites that build on the content).
from .partners import *  # noqa: E402, F403

# Background work: Wagtail's own tasks run at once, in the request (as before); scheduled work, such as
# the daily reminders to check listings, waits in the database for the worker
# (`manage.py db_worker --backend scheduled`, which `make run` starts).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "scheduled": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Interest registrations (interest/): deleted this many days after the last activity; the covering
# organisations are told when this many open registrations share a topic and a place; at most this
# many registrations an hour from one address.
INTEREST_RETENTION_DAYS = int(os.environ.get("INTEREST_RETENTION_DAYS", "183"))
INTEREST_GROUP_THRESHOLD = int(os.environ.get("INTEREST_GROUP_THRESHOLD", "6"))
INTEREST_RATE_LIMIT = int(os.environ.get("INTEREST_RATE_LIMIT", "5"))

# Machine translation bokmål → nynorsk on this server, with Apertium (editorial/apertium.py).
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "editorial.apertium.ApertiumTranslator",
    "OPTIONS": {"MODE": os.environ.get("APERTIUM_MODE", "nob-nno_e"), "TIMEOUT": 60},
}
# wagtail-localize publishes translations straight away; the nn tree mirrors nb until translated.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = True

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True
# Uploaded images and documents may come from object storage on another host (see STORAGES).
MEDIA_ORIGIN = os.environ.get("MEDIA_ORIGIN", "")

# Content Security Policy (django-csp) for the public site: nothing inline, nothing from other hosts.
# The admin gets its own, looser policy (core.middleware.ContentSecurityPolicyMiddleware).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
ADMIN_CONTENT_SECURITY_POLICY = {
    "default-src": ["'self'"],
    # Wagtail 8's page and snippet editors still write inline scripts (checked in Chromium).
    "script-src": ["'self'", "'unsafe-inline'"],
    "style-src": ["'self'", "'unsafe-inline'"],
    "img-src": ["'self'", "data:", "blob:", *([MEDIA_ORIGIN] if MEDIA_ORIGIN else [])],
    "font-src": ["'self'", "data:"],
    "connect-src": ["'self'"],
    "frame-src": ["'self'"],  # page previews
    "object-src": ["'none'"],
    "base-uri": ["'self'"],
    "form-action": ["'self'"],
    "frame-ancestors": ["'self'"],
}

# Editors' logins (django-axes): five wrong passwords for one user name from one address locks that
# pair out for 15 minutes. The answer is the same whether the user exists or not.
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = float(os.environ.get("AXES_COOLOFF_HOURS", "0.25"))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "admin_locked_out.html"
AXES_HTTP_RESPONSE_CODE = 429
AXES_VERBOSE = False  # axes would log user names and addresses
AXES_DISABLE_ACCESS_LOG = True  # no record of successful logins by address
AXES_IPWARE_PROXY_COUNT = int(os.environ.get("AXES_PROXY_COUNT", "0")) or None

# Purging an HTTP cache in front of the app (Varnish, see deploy/varnish/) when content changes.
VARNISH_URL = os.environ.get("VARNISH_URL", "")
WAGTAILFRONTENDCACHE = (
    {"varnish": {"BACKEND": "pagecache.varnish.VarnishBackend", "LOCATION": VARNISH_URL}} if VARNISH_URL else {}
)

# Logs carry no personal data: no e-mail addresses, phone numbers or query strings (search words,
# postal codes), and no client addresses (core/logging.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"redact": {"()": "core.logging.RedactPersonalData"}},
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s %(message)s"},
        "server": {"()": "django.utils.log.ServerFormatter", "format": "[{server_time}] {message}", "style": "{"},
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler", "filters": ["redact"], "formatter": "plain"},
        "server": {"class": "logging.StreamHandler", "filters": ["redact"], "formatter": "server"},
    },
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Django's own handlers wrote these unredacted (make run's access log; with DEBUG, a copy of each
        # request warning). ADMINS is not set, so Django's mail_admins handler had nothing to send.
        "django": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING"), "propagate": False},
        "django.server": {"handlers": ["server"], "level": "INFO", "propagate": False},
        "axes": {"level": "ERROR"},
        "django.security.DisallowedHost": {"level": "ERROR"},
    },
}
