"""Mirror the content of Selvhjelp i Norge on your own site with the change feed.

Run it again and again (every few minutes): it goes on from the cursor it saved. Standard library
only; `python3 mirror.py https://selvhjelp.example` keeps `mirror.json` up to date.
"""

import json
import sys
import urllib.error
import urllib.request
from pathlib import Path


def fetch(url):
    """(HTTP status, JSON body) of a GET."""
    try:
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310 - the site you chose
            return response.status, json.load(response)
    except urllib.error.HTTPError as error:
        return error.code, json.load(error)


def follow(base_url, mirror, get=fetch):
    """Apply every change after ``mirror["cursor"]`` to ``mirror["items"]`` (keyed "type:id")."""
    while True:
        since = f"&since={mirror['cursor']}" if mirror.get("cursor") else ""
        status, feed = get(f"{base_url}/api/v2/changes/?limit=500{since}")
        if status == 400 and feed.get("parameter") == "since":
            raise SystemExit("The cursor is older than the feed keeps: mirror afresh from the listings.")
        for change in feed["items"]:
            key = f"{change['type']}:{change['id']}"
            if change["event"] in ("created", "changed"):
                status, item = get(change["api_url"])
                if status == 200:
                    mirror["items"][key] = item
                    continue
            mirror["items"].pop(key, None)  # unpublished, deleted, privacy withdrawn, or gone since
        mirror["cursor"] = feed["meta"]["next"]
        if not feed["meta"]["more"]:
            return mirror


if __name__ == "__main__":
    store = Path("mirror.json")
    state = json.loads(store.read_text()) if store.exists() else {"cursor": None, "items": {}}
    store.write_text(json.dumps(follow(sys.argv[1].rstrip("/"), state), ensure_ascii=False))
