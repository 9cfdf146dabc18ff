"""Settings for other sites that build on the content (read into base.py): the change feed, webhooks
and previews of drafts in a partner's design."""

import os

# Other sites may read the API from the browser (the "find help" element does): GET from any origin
# unless CORS_ALLOWED_ORIGINS is set (comma-separated).
CORS_URLS_REGEX = r"^/api/.*$"
CORS_ALLOW_METHODS = ["GET", "HEAD", "OPTIONS"]
CORS_ALLOWED_ORIGINS = [
    origin.strip() for origin in os.environ.get("CORS_ALLOWED_ORIGINS", "").split(",") if origin.strip()
]
CORS_ALLOW_ALL_ORIGINS = not CORS_ALLOWED_ORIGINS
CORS_ALLOW_CREDENTIALS = False

CHANGES_KEPT_DAYS = int(os.environ.get("CHANGES_KEPT_DAYS", "90"))  # the change feed's rows (tombstones too)

# Webhooks (integrations/webhooks.py): each delivery is tried this many times, waiting
# WEBHOOK_BACKOFF_SECONDS × 2ⁿ between tries (1, 2, 4, 8 and 16 minutes), each try cut after
# WEBHOOK_TIMEOUT seconds; a subscriber is turned off after this many failed deliveries in a row. The
# log of deliveries is kept WEBHOOK_LOG_DAYS.
WEBHOOK_TRIES = int(os.environ.get("WEBHOOK_TRIES", "6"))
WEBHOOK_BACKOFF_SECONDS = int(os.environ.get("WEBHOOK_BACKOFF_SECONDS", "60"))
WEBHOOK_TIMEOUT = float(os.environ.get("WEBHOOK_TIMEOUT", "10"))
WEBHOOK_TURN_OFF_AFTER = int(os.environ.get("WEBHOOK_TURN_OFF_AFTER", "5"))
WEBHOOK_LOG_DAYS = int(os.environ.get("WEBHOOK_LOG_DAYS", "30"))
# Only for development and tests: a subscriber may be on this machine or a private network (and on
# http). In production an address that resolves to loopback, a private or a reserved range is refused.
WEBHOOK_ALLOW_PRIVATE = os.environ.get("WEBHOOK_ALLOW_PRIVATE", "").strip().lower() in {"1", "true", "yes", "on"}

# A link to a partner's preview of a draft works this long (seconds), for that one revision.
PREVIEW_TOKEN_SECONDS = int(os.environ.get("PREVIEW_TOKEN_SECONDS", "3600"))
