"""English text left on an admin screen: the rendered HTML scanned against the English source strings
of Wagtail's and wagtail-localize's catalogs.

A text an editor sees (an element's own text, a placeholder, a title, an aria-label, a button's
value) counts when it is exactly one of those source strings (placeholders standing for any text)
and is not also Norwegian (a word such as "Status" or "Tekst" is both).
"""

import re
from functools import cache
from html.parser import HTMLParser
from pathlib import Path

import polib
import wagtail
import wagtail_localize

SOURCES = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
ADMIN_NB = Path(__file__).resolve().parent.parent / "locale" / "admin" / "nb" / "LC_MESSAGES"
ATTRIBUTES = ("placeholder", "title", "aria-label", "alt", "data-w-progress-active-value")
HIDDEN = {"script", "style", "template", "noscript", "svg"}
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]|\{\w*\}")


@cache
def english_patterns():
    """Source string → a regular expression that matches it with any text for its placeholders."""
    patterns = {}
    for catalog in (path for source in SOURCES for path in source.glob("**/locale/en/LC_MESSAGES/*.po")):
        same_in_norwegian = set()
        for norwegian in (catalog.parent.parent.parent / "nb" / "LC_MESSAGES" / catalog.name, ADMIN_NB / catalog.name):
            if norwegian.exists():
                same_in_norwegian |= {
                    entry.msgid for entry in polib.pofile(str(norwegian)) if entry.msgstr == entry.msgid
                }
        for entry in polib.pofile(str(catalog)):
            for text in (entry.msgid, entry.msgid_plural):
                text = " ".join(text.split())
                if not re.search(r"[A-Za-z]{2}", PLACEHOLDER.sub("", text)) or text in same_in_norwegian:
                    continue
                parts = [re.escape(part) for part in PLACEHOLDER.split(text)]
                patterns[text] = re.compile(r"\A" + r".+?".join(parts) + r"\Z", re.DOTALL)
    return patterns


# Python's own words, printed where a template shows a value as it is.
PYTHON_WORDS = {"True", "False", "None"}


@cache
def exact_texts():
    return {text for text in english_patterns() if not PLACEHOLDER.search(text)} | PYTHON_WORDS


VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


class VisibleText(HTMLParser):
    """Text a person meets: not in scripts, styles or elements marked hidden."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.open = []  # (tag, hides) of the open elements
        self.texts = []

    @property
    def hidden(self):
        return any(hides for _tag, hides in self.open)

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag not in VOID:
            self.open.append((tag, tag in HIDDEN or "hidden" in attrs))
        if self.hidden:
            return
        for name in ATTRIBUTES:
            if attrs.get(name):
                self.texts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.texts.append(attrs["value"])

    def handle_endtag(self, tag):
        for index in range(len(self.open) - 1, -1, -1):
            if self.open[index][0] == tag:
                del self.open[index:]
                break

    def handle_data(self, data):
        if not self.hidden:
            self.texts.append(data)


def english_left(html):
    """The English source strings ``html`` shows, in order, each once."""
    parser = VisibleText()
    parser.feed(html)
    found = []
    for text in (" ".join(text.split()) for text in parser.texts):
        if not text or text in found:
            continue
        if text in exact_texts() or any(
            pattern.match(text) for source, pattern in english_patterns().items() if PLACEHOLDER.search(source)
        ):
            found.append(text)
    return found
