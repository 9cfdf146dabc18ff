"""``/api/v2/changes/``: the change feed, for a consumer site that mirrors the content.

Every change in commit order: created, changed, unpublished, deleted, privacy withdrawn (the rows of
``changes``). A consumer keeps ``meta.next`` and asks again with ``?since=`` that cursor; it restarts
where it stopped, and never misses a deletion while the cursor is younger than ``CHANGES_KEPT_DAYS``
(an older one is refused, and the consumer mirrors afresh from the listings). The cursor is opaque:
it is a position in the feed, and its form may change.
"""

import base64
import binascii
from datetime import UTC, datetime, timedelta

from django.conf import settings
from django.http import JsonResponse
from django.utils import timezone
from django.views.decorators.http import require_safe

from changes.models import Change
from changes.recording import TYPES

from .errors import is_number
from .router import ENDPOINTS

# A feed type's endpoint, from the router: "contact" is served by /api/v2/contacts/.
ENDPOINT_OF = {TYPES[viewset.model]: name for name, viewset in ENDPOINTS.items() if viewset.model in TYPES}

DEFAULT_LIMIT = 100
MAX_LIMIT = 500
KNOWN = {"since", "limit"}


def cursor(change):
    """An opaque position: the row's id and when it was written (to refuse one older than the feed keeps)."""
    raw = f"{change.id}.{int(change.at.timestamp())}".encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def position(value):
    """(id, written at) from a cursor, or None when it is no cursor of ours."""
    if not value or len(value) > 64:
        return None
    try:
        raw = base64.urlsafe_b64decode(value + "=" * (-len(value) % 4)).decode("ascii")
    except (binascii.Error, UnicodeDecodeError, ValueError):
        return None
    number, _, seconds = raw.partition(".")
    if not (is_number(number) and is_number(seconds)) or len(number) > 18 or len(seconds) > 12:
        return None
    return int(number), datetime.fromtimestamp(int(seconds), tz=UTC)


def bad(parameter, message):
    return JsonResponse({"message": message, "parameter": parameter}, status=400)


def item(change, base_url):
    """A change as the feed and the webhooks tell it (``base_url``: this site's, without a slash at the end)."""
    return {
        "cursor": cursor(change),
        "event": change.event,
        "type": change.object_type,
        "id": change.object_id,
        "locale": change.locale or None,
        "translation_key": str(change.translation_key) if change.translation_key else None,
        "api_url": f"{base_url}/api/v2/{ENDPOINT_OF[change.object_type]}/{change.object_id}/",
        "at": change.at.isoformat(timespec="seconds"),
    }


@require_safe
def changes_view(request):
    unknown = sorted(set(request.GET) - KNOWN)
    if unknown:
        return bad(unknown[0], f"{unknown[0]}: not a parameter of this endpoint (since, limit)")
    repeated = [name for name in request.GET if len(request.GET.getlist(name)) > 1]
    if repeated:
        return bad(repeated[0], f"{repeated[0]}: give the parameter once")

    limit = request.GET.get("limit", str(DEFAULT_LIMIT))
    if not is_number(limit) or len(limit) > 4 or not 1 <= int(limit) <= MAX_LIMIT:
        return bad("limit", f"limit: a whole number from 1 to {MAX_LIMIT}")
    limit = int(limit)

    changes = Change.objects.order_by("id")
    if "since" in request.GET:
        found = position(request.GET["since"])
        if found is None:
            return bad("since", "since: give meta.next from an earlier answer of this feed")
        after, written = found
        if written < timezone.now() - timedelta(days=settings.CHANGES_KEPT_DAYS):
            return bad(
                "since",
                f"since: older than the {settings.CHANGES_KEPT_DAYS} days the feed keeps; mirror afresh from the "
                "listings and follow from this answer's position",
            )
        changes = changes.filter(id__gt=after)

    rows = list(changes[: limit + 1])
    more = len(rows) > limit
    rows = rows[:limit]
    if rows:
        next_cursor = cursor(rows[-1])
    elif "since" in request.GET:
        next_cursor = request.GET["since"]
    else:
        latest = Change.objects.order_by("-id").first()
        next_cursor = cursor(latest) if latest else cursor(Change(id=0, at=timezone.now()))
    base_url = request.build_absolute_uri("/").rstrip("/")
    response = JsonResponse(
        {
            "meta": {"next": next_cursor, "more": more, "kept_days": settings.CHANGES_KEPT_DAYS},
            "items": [item(change, base_url) for change in rows],
        },
        json_dumps_params={"ensure_ascii": False},
    )
    response["Cache-Control"] = "no-cache"  # always asked again (an ETag answers 304 when nothing is new)
    return response
