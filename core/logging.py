"""Keeps personal data out of the logs, whatever a library decides to log.

Removes e-mail addresses, phone numbers, postal codes, query strings (search words), IP addresses and
long keys in paths (the private link to an interest registration)
from every record's message and arguments before it is written, paths included (/nb/3540/). The
gunicorn access log passes its request parts through the same ``redact`` (``RedactingLogger``, named
in config/gunicorn.py).
"""

import logging
import re

from gunicorn.glogging import Logger

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
# A path segment counts too ("/" is no boundary); a date or time of day does not ("-", ":", ".").
PHONE = re.compile(r"(?<![\w.-])(\+?47[\s-]?)?(\d[\s-]?){8}(?![\w.-])")
POSTAL_CODE = re.compile(r"(?<![\w:.+-])\d{4}(?![\w:.-])")
QUERY = re.compile(r"\?[^\s\"']*")
IPV4 = re.compile(r"\b\d{1,3}(\.\d{1,3}){3}\b")
# A long key in a path (an interest registration's private link) opens personal data.
KEY = re.compile(r"(?<=/)[A-Za-z0-9_-]{32,}(?=/|\s|$|\?|\")")


def redact(text):
    text = EMAIL.sub("[e-post]", text)
    text = KEY.sub("[nøkkel]", text)
    text = QUERY.sub("?[...]", text)
    text = IPV4.sub("[ip]", text)
    text = PHONE.sub("[telefon]", text)
    return POSTAL_CODE.sub("[postnummer]", text)


class RedactPersonalData(logging.Filter):
    def filter(self, record):
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a broken record is still logged, just unformatted
            message = str(record.msg)
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            # Tracebacks may quote values (a query, a form field): format them now, then redact.
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = redact(record.exc_text)
        return True


REQUEST_ATOMS = ("U", "r", "q", "f")  # path, request line, query string, referrer


class RedactingLogger(Logger):
    """gunicorn's logger, with the access log's request parts redacted like every other log line."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for name in REQUEST_ATOMS:
            if isinstance(atoms.get(name), str):
                atoms[name] = redact(atoms[name])
        return atoms
