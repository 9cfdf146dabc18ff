"""The demo's data files (demo/data/*.json, or those of the DEMO_DATA_DIR setting: the tests have their
own), read as they are: a text written in both forms is ``{"nb": ..., "nn": ...}``, and ``pick`` takes
one form out of any structure."""

import functools
import json
from pathlib import Path

from django.conf import settings

DATA_DIR = Path(__file__).resolve().parent / "data"
FORMS = ("nb", "nn")


@functools.cache
def load(name):
    folder = Path(getattr(settings, "DEMO_DATA_DIR", None) or DATA_DIR)
    with (folder / f"{name}.json").open(encoding="utf-8") as file:
        data = json.load(file)
    data.pop("_about", None)
    return data


def is_pair(value):
    return isinstance(value, dict) and set(value) == set(FORMS)


def pick(value, form):
    """``value`` with every nb/nn pair replaced by its text in ``form``."""
    if is_pair(value):
        return value[form]
    if isinstance(value, dict):
        return {key: pick(item, form) for key, item in value.items()}
    if isinstance(value, list):
        return [pick(item, form) for item in value]
    return value
