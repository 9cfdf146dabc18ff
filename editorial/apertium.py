"""A machine translator for wagtail-localize backed by Apertium's bokmål→nynorsk pair.

Apertium (Debian's ``apertium-nno-nob``) runs on this machine: no key, no network call, nothing sent
anywhere. It is HTML-aware (``-f html``), so the inline tags wagtail-localize keeps in a segment (links,
bold) come back where they belong. All segments of a page go through one Apertium process, each
after a numbered marker (an HTML comment, which Apertium passes through untouched).

Where Apertium or the language pair is not installed, ``can_translate`` is false, so wagtail-localize
offers no machine translation, and the admin says why (``missing_message``).
"""

import re
import shutil
import subprocess
from functools import cache

from django.utils.translation import gettext_lazy as _
from wagtail_localize.machine_translators.base import BaseMachineTranslator
from wagtail_localize.strings import StringValue, lstrip_keep, rstrip_keep

MARKER = re.compile(r"<!--selvhjelp-segment-(\d+)-->")
# nob-nno_e: nynorsk with e-infinitives and "vi" (dele, snakke), the forms the site's own nynorsk uses;
# nob-nno gives a-infinitives and "me".
DEFAULT_MODE = "nob-nno_e"


class ApertiumError(Exception):
    pass


def program():
    return shutil.which("apertium")


@cache
def installed_modes():
    """The language pairs Apertium has on this machine (empty without Apertium)."""
    if program() is None:
        return frozenset()
    try:
        listed = subprocess.run(  # noqa: S603 - Apertium itself, listing its pairs
            [program(), "-l"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except (OSError, subprocess.TimeoutExpired):
        return frozenset()
    return frozenset(listed.split())


def language(locale):
    return locale.language_code.split("-")[0]


class ApertiumTranslator(BaseMachineTranslator):
    display_name = "Apertium"
    missing_message = _(
        "Machine translation to nynorsk is not installed on this server: install Debian’s package "
        "“apertium-nno-nob” (make run and CI do it where apt is available)."
    )

    @property
    def mode(self):
        return self.options.get("MODE", DEFAULT_MODE)

    def is_installed(self):
        return self.mode in installed_modes()

    def can_translate(self, source_locale, target_locale):
        return (language(source_locale), language(target_locale)) == ("nb", "nn") and self.is_installed()

    def translate_html(self, fragments):
        """Translate a list of HTML fragments in one Apertium run; returns them in the same order."""
        if not fragments:
            return []
        # Each segment in a paragraph of its own, so that Apertium reads it as a sentence of its own (a
        # title without a full stop would otherwise run into the next segment's first word).
        text = "".join(
            f"<!--selvhjelp-segment-{number}--><p>{fragment}</p>" for number, fragment in enumerate(fragments)
        )
        if program() is None:
            raise ApertiumError("Apertium is not installed")
        try:
            result = subprocess.run(  # noqa: S603 - Apertium with a fixed mode; the text goes to stdin
                [program(), "-u", "-f", "html", self.mode],
                input=text,
                capture_output=True,
                text=True,
                timeout=self.options.get("TIMEOUT", 60),
                check=True,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise ApertiumError(str(error)) from error
        parts = MARKER.split(result.stdout)
        translated = dict(zip(map(int, parts[1::2]), map(unwrap, parts[2::2]), strict=True))
        if sorted(translated) != list(range(len(fragments))):
            raise ApertiumError("Apertium did not return every segment")
        return [keep_whitespace(fragments[number], translated[number]) for number in range(len(fragments))]

    def translate(self, source_locale, target_locale, strings):
        strings = list(strings)
        translated = self.translate_html([string.data for string in strings])
        return {string: StringValue(text) for string, text in zip(strings, translated, strict=True)}


def unwrap(part):
    part = part.strip()
    if not (part.startswith("<p>") and part.endswith("</p>")):
        raise ApertiumError("Apertium changed a segment's paragraph")
    return part[3:-4]


def keep_whitespace(original, translated):
    """The source's leading and trailing whitespace around the translation (a segment may be part of
    a sentence), without what Apertium adds at the end."""
    _text, left = lstrip_keep(original)
    _text, right = rstrip_keep(original)
    return left + translated.strip() + right
