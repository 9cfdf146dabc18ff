"""Varnish purging for wagtail.contrib.frontend_cache: Wagtail's PURGE of page URLs, plus bans by
the cache tags of pagecache/tags.py (lists, contact cards and API answers have no single URL).

The matching configuration is deploy/varnish/default.vcl.
"""

import logging
import re
from urllib.error import URLError
from urllib.request import Request, urlopen

from wagtail.contrib.frontend_cache.backends import HTTPBackend

logger = logging.getLogger("wagtail.frontendcache")

TAG_PATTERN = re.compile(r"^[A-Za-z0-9]+$")
TAGS_PER_BAN = 200


class VarnishBackend(HTTPBackend):
    def __init__(self, params):
        self.location = params["LOCATION"].rstrip("/")
        super().__init__(params)

    def ban_tags(self, tags):
        tags = sorted(tag for tag in tags if TAG_PATTERN.match(tag))
        for start in range(0, len(tags), TAGS_PER_BAN):
            # Tags are stored as ",p1,o2," so that "p1" never matches "p12".
            pattern = ",(" + "|".join(tags[start : start + TAGS_PER_BAN]) + "),"
            request = Request(self.location + "/", headers={"X-Ban-Tags": pattern}, method="BAN")  # noqa: S310
            try:
                urlopen(request, timeout=2)  # noqa: S310 - the location is our own setting
            except (URLError, OSError) as error:
                logger.error("Could not ban %d cache tags in Varnish: %s", len(tags), error)
