"""Add or correct entries in the nb and nn catalogs: python tools/add_translations.py FILE.json

FILE holds {"msgid": ["bokmål", "nynorsk"], ...}. Then run `make messages` (or make test) to compile.
"""

import json
import sys
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent


def main(path):
    entries = json.loads(Path(path).read_text(encoding="utf-8"))
    for index, form in enumerate(("nb", "nn")):
        catalog_path = ROOT / "locale" / form / "LC_MESSAGES" / "django.po"
        catalog = polib.pofile(str(catalog_path))
        for msgid, texts in entries.items():
            entry = catalog.find(msgid)
            if entry is None:
                catalog.append(polib.POEntry(msgid=msgid, msgstr=texts[index]))
            else:
                entry.msgstr = texts[index]
                entry.flags = [flag for flag in entry.flags if flag != "fuzzy"]
        catalog.save(str(catalog_path))


if __name__ == "__main__":
    main(sys.argv[1])
