"""Tests: fast hashing, local memory e-mail, DEBUG off so error pages render as in production."""

import tempfile
from pathlib import Path

from .base import *  # noqa: F403

DEBUG = False
SECRET_KEY = "test-only-key"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
WAGTAILADMIN_BASE_URL = "http://testserver"

# Uploaded files of the test run (demo images, brochure) stay out of the project folder.
MEDIA_ROOT = Path(tempfile.gettempdir()) / "selvhjelp-test-media"

# Most tests change content inside a transaction that never commits, so invalidation (which waits for
# the commit) would not run: the page cache and its fragments are off unless a test turns them on
# (the page_cache_on fixture).
PAGE_CACHE_ENABLED = False
PAGE_CACHE_FRAGMENTS = False

INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# The tests run on their own world, loaded by the demo's loader: the demo's text can change freely.
DEMO_DATA_DIR = BASE_DIR / "tests" / "world"  # noqa: F405
