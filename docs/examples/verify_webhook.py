"""Receive the webhooks of Selvhjelp i Norge and check that each one is really from us.

Standard library only. `python3 verify_webhook.py 8080 SECRET` listens on port 8080 and prints each
change it receives; a request with a wrong or old signature gets 401 and is ignored.
"""

import hashlib
import hmac
import json
import sys
import time
from http.server import BaseHTTPRequestHandler, HTTPServer

TOLERANCE_SECONDS = 300  # refuse a delivery signed longer ago than this (a replayed one)


def verify(secret, headers, body, now=None):
    """True when ``body`` (bytes) was signed with ``secret`` within the last five minutes."""
    timestamp = headers.get("Selvhjelp-Timestamp", "")
    signature = headers.get("Selvhjelp-Signature", "")
    if not timestamp.isdigit() or abs((now or time.time()) - int(timestamp)) > TOLERANCE_SECONDS:
        return False
    digest = hmac.new(secret.encode(), timestamp.encode() + b"." + body, hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"sha256={digest}", signature)


def receiver(secret, handle):
    """A request handler that calls ``handle(change)`` for each delivery with a valid signature."""

    class Receiver(BaseHTTPRequestHandler):
        def do_POST(self):
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            if not verify(secret, self.headers, body):
                self.send_response(401)
                self.end_headers()
                return
            handle(json.loads(body))  # {"event", "type", "id", "locale", "api_url", "translation_key", ...}
            self.send_response(204)  # answer 2xx quickly; do slow work later
            self.end_headers()

    return Receiver


if __name__ == "__main__":
    port, secret = int(sys.argv[1]), sys.argv[2]
    HTTPServer(("", port), receiver(secret, print)).serve_forever()
