"""The admin in bokmål and nynorsk: the project's own catalogs for Wagtail's and wagtail-localize's
strings (locale/admin/, loaded before theirs through LOCALE_PATHS).

* ``locale/admin/nb``: bokmål written by hand for the strings their own nb catalogs lack or get
  wrong. This command adds every such string that is still missing, untranslated, for a person to
  fill in (``--check`` counts them instead: the strings a partner editor meets are all there).
* ``locale/admin/nn``: Wagtail has no nynorsk. This command makes it from the bokmål (Wagtail's nb
  catalogs with ours on top) with Apertium, the same translator the editors use. Entries marked
  ``reviewed`` (a translator comment) were checked by hand and are kept as they are; the rest is
  machine translated and made again on every run. A string Apertium cannot carry over with its
  placeholders intact is left out, so the admin shows it in bokmål (Django falls back to nb).
"""

import re
from pathlib import Path

import polib
import wagtail
import wagtail_localize
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from editorial.apertium import ApertiumTranslator

SOURCES = [Path(wagtail.__file__).parent, Path(wagtail_localize.__file__).parent]
DOMAINS = ("django", "djangojs")
# Kept out of Apertium's reach and put back in place: Python placeholders and HTML tags (Apertium would
# balance a tag that is only mentioned in the text, such as "<b>", across the whole run).
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}|%%|<[^<>]*>")
REVIEWED = "reviewed"
MACHINE = "machine translated by Apertium from bokmål"


def admin_locale_dir():
    return Path(settings.BASE_DIR) / "locale" / "admin"


def key(entry):
    return (entry.msgctxt or "", entry.msgid)


def source_catalogs(domain, language):
    """Wagtail's and wagtail-localize's catalogs of one domain in one language (en: the sources)."""
    for source in SOURCES:
        for path in sorted(source.glob(f"**/locale/{language}/LC_MESSAGES/{domain}.po")):
            yield polib.pofile(str(path))


def translated(entry):
    return entry.translated() and "fuzzy" not in entry.flags


def texts_of(entry):
    """The msgstr (or plural forms) of an entry, in order."""
    if entry.msgid_plural:
        return [entry.msgstr_plural[index] for index in sorted(entry.msgstr_plural)]
    return [entry.msgstr]


def new_catalog(language, note):
    catalog = polib.POFile(wrapwidth=0)
    catalog.metadata = {
        "Project-Id-Version": "selvhjelp admin",
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    catalog.header = note
    return catalog


def catalog_at(path, language, note):
    if path.exists():
        catalog = polib.pofile(str(path), wrapwidth=0)
        catalog.header = note
        return catalog
    path.parent.mkdir(parents=True, exist_ok=True)
    return new_catalog(language, note)


NB_NOTE = (
    "Bokmål for Wagtail's and wagtail-localize's admin strings that their own nb catalogs lack or get\n"
    "wrong; written by hand. `manage.py admin_catalogs` adds new ones, empty, to fill in."
)
NN_NOTE = (
    "Nynorsk for Wagtail's and wagtail-localize's admin (they have none), made by\n"
    "`manage.py admin_catalogs` from the bokmål with Apertium. Entries with the comment\n"
    "'reviewed' were checked by hand and are kept; the others are made again on every run."
)


class Command(BaseCommand):
    help = "Update the admin's bokmål catalog (missing strings) and make the nynorsk one with Apertium."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Only count the bokmål strings still missing.")
        parser.add_argument("--nb-only", action="store_true", help="Leave the nynorsk catalog alone.")

    def handle(self, *args, check=False, nb_only=False, **options):
        missing = 0
        bokmal = {}
        for domain in DOMAINS:
            bokmal[domain], count = self.update_bokmal(domain, write=not check)
            missing += count
        if check:
            self.stdout.write(f"{missing} admin string(s) without bokmål.")
            return
        self.stdout.write(f"Bokmål: {missing} string(s) still to translate by hand in locale/admin/nb.")
        if nb_only:
            return
        translator = ApertiumTranslator(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR.get("OPTIONS", {}))
        if not translator.is_installed():
            raise CommandError(str(ApertiumTranslator.missing_message))
        for domain in DOMAINS:
            made, kept, left_out = self.make_nynorsk(domain, bokmal[domain], translator)
            self.stdout.write(
                f"Nynorsk {domain}: {made} machine translated, {kept} reviewed by hand kept, "
                f"{left_out} left in bokmål (placeholders)."
            )

    def update_bokmal(self, domain, write):
        """Our bokmål catalog with an empty entry for each string Wagtail's nb lacks; returns every
        bokmål text known for the domain ({key: entry}) and how many are still empty."""
        path = admin_locale_dir() / "nb" / "LC_MESSAGES" / f"{domain}.po"
        ours = catalog_at(path, "nb", NB_NOTE)
        known = {}
        for catalog in source_catalogs(domain, "nb"):
            for entry in catalog:
                if translated(entry):
                    known.setdefault(key(entry), entry)
        own = {key(entry): entry for entry in ours}
        for catalog in source_catalogs(domain, "en"):
            for entry in catalog:
                if key(entry) in known or key(entry) in own or entry.obsolete:
                    continue
                blank = polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgid_plural=entry.msgid_plural)
                if entry.msgid_plural:
                    blank.msgstr_plural = {0: "", 1: ""}
                ours.append(blank)
                own[key(entry)] = blank
        if write:
            ours.save(str(path))
        for entry_key, entry in own.items():
            if translated(entry):
                known[entry_key] = entry  # ours wins over Wagtail's
        return known, sum(1 for entry in own.values() if not translated(entry))

    def make_nynorsk(self, domain, bokmal, translator):
        path = admin_locale_dir() / "nn" / "LC_MESSAGES" / f"{domain}.po"
        previous = catalog_at(path, "nn", NN_NOTE)
        reviewed = {key(entry): entry for entry in previous if REVIEWED in (entry.tcomment or "")}
        catalog = new_catalog("nn", NN_NOTE)
        todo = [entry for entry_key, entry in sorted(bokmal.items()) if entry_key not in reviewed]
        fragments, spans = [], []
        for entry in todo:
            texts = texts_of(entry)
            spans.append((len(fragments), len(texts)))
            fragments += [protect(text) for text in texts]
        results = translator.translate_html([fragment for fragment, _placeholders in fragments])
        made = left_out = 0
        for entry, (start, count) in zip(todo, spans, strict=True):
            nynorsk = []
            for (_fragment, placeholders), result in zip(
                fragments[start : start + count], results[start : start + count], strict=True
            ):
                nynorsk.append(restore(result, placeholders))
            if any(text is None for text in nynorsk):
                left_out += 1
                continue
            made_entry = polib.POEntry(
                msgctxt=entry.msgctxt, msgid=entry.msgid, msgid_plural=entry.msgid_plural, tcomment=MACHINE
            )
            if entry.msgid_plural:
                made_entry.msgstr_plural = dict(enumerate(nynorsk))
            else:
                made_entry.msgstr = nynorsk[0]
            catalog.append(made_entry)
            made += 1
        for entry in reviewed.values():
            catalog.append(entry)
        catalog.sort(key=key)
        catalog.save(str(path))
        return made, len(reviewed), left_out


def protect(text):
    """Placeholders become empty tags, which Apertium passes through untouched; returns the text to
    translate and the placeholders in order."""
    placeholders = []

    def hide(match):
        placeholders.append(match.group(0))
        return f"<x-p{len(placeholders) - 1}></x-p{len(placeholders) - 1}>"

    return PLACEHOLDER.sub(hide, text), placeholders


def restore(text, placeholders):
    """The translation with its placeholders back, or None when Apertium lost or doubled one."""
    for number, placeholder in enumerate(placeholders):
        tag = re.compile(rf"<x-p{number}>\s*</x-p{number}>|<x-p{number}\s*/>")
        if len(tag.findall(text)) != 1:
            return None
        text = tag.sub(lambda _match, value=placeholder: value, text)
    if "<x-p" in text or "&lt;" in text or "&gt;" in text or "&amp;" in text:
        return None  # something Apertium escaped or kept: better bokmål than a broken string
    return text
