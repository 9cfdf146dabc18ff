"""Where a webhook may be sent: in production only to a public address on the internet, over https.

A subscriber's address is checked when a moderator saves it and again before every try (a name may
come to point somewhere else). Every address the name resolves to must be global: loopback, private,
link-local, shared, reserved and multicast ranges are refused, so a subscriber cannot make this
server call itself or the network it stands in (SSRF). Redirects are never followed (webhooks.send).
``WEBHOOK_ALLOW_PRIVATE`` (development and tests only) lifts the check.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.utils.translation import gettext as _


def is_public(address):
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def refusal(url):
    """Why a webhook may not go to ``url``, or None."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError:
        return _("The address is not valid.")
    allow_private = settings.WEBHOOK_ALLOW_PRIVATE
    if parts.scheme != "https" and not (allow_private and parts.scheme == "http"):
        return _("Use an https address.")
    if not parts.hostname:
        return _("The address has no host name.")
    if allow_private:
        return None
    try:
        found = socket.getaddrinfo(parts.hostname, port or 443, type=socket.SOCK_STREAM)
    except (socket.gaierror, UnicodeError):
        return _("The host name could not be found.")
    if not found or not all(is_public(info[4][0]) for info in found):
        return _("The address points to this server or a private network, which is not allowed.")
    return None
