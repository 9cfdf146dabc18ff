"""Local development: debug on, a throwaway key, loopback hosts only."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY") or "dev-only-insecure-key-do-not-use-in-production"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"])
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

# Demo and benchmark content (`make run`, `make bench`): not part of production.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405

# The demo's address for feedback on accessibility (a reserved domain: nothing is sent anywhere).
SITE_CONTACT_EMAIL = os.environ.get("SITE_CONTACT_EMAIL", "tilgjengelighet@selvhjelp.example")

# A webhook receiver on this machine is allowed here (never in production).
WEBHOOK_ALLOW_PRIVATE = True
