"""What a visitor types, made safe to use: no control characters, no runs of spaces, bounded length."""

import re

_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]+")


def clean_text(raw, max_length):
    text = " ".join(_CONTROL_CHARS.sub(" ", raw or "").split())
    return text[:max_length].strip()


def is_number(value):
    """Digits 0-9 only. ``str.isdigit`` also takes "²" and other digits that ``int`` refuses."""
    return value.isascii() and value.isdigit()
