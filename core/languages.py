"""The site's two written forms, bokmål (nb, the source) and nynorsk (nn): the one list of their
codes, which form is being shown, and texts that are written in both."""

from django.conf import settings
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)
SOURCE_FORM = settings.LANGUAGE_CODE  # bokmål: what is written first, and every fallback


def current_form():
    """The written form being shown: "nn" or "nb" (the active language, set from the page or ?locale=)."""
    return "nn" if (translation.get_language() or "").startswith("nn") else SOURCE_FORM


def form_of_path(path):
    """The form a path's prefix names (/nn/...), else bokmål."""
    prefix = path.lstrip("/").split("/", 1)[0]
    return prefix if prefix in LANGUAGE_CODES else SOURCE_FORM


def form_from_accept_header(header):
    """'nn' or 'nb' for an Accept-Language header, honouring the visitor's order.

    Nynorsk: nn, nn-NO, no-NN. Everything else Norwegian (nb, nb-NO, no, no-NO) is bokmål, and so is
    any header that names neither.
    """
    for tag, _quality in parse_accept_lang_header(header or ""):
        tag = tag.lower()
        if tag == "nn" or tag.startswith("nn-") or tag == "no-nn":
            return "nn"
        if tag in {"nb", "no"} or tag.startswith(("nb-", "no-")):
            return "nb"
    return SOURCE_FORM


def text_in_form(instance, field, form):
    """A text written twice: ``<field>`` holds bokmål, ``<field>_nn`` nynorsk; an empty nynorsk text
    falls back to bokmål."""
    if form == "nn":
        return getattr(instance, f"{field}_nn") or getattr(instance, field)
    return getattr(instance, field)


class InCurrentForm:
    """``local_<field> = InCurrentForm("<field>")``: the text in the form being shown."""

    def __init__(self, field):
        self.field = field

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return text_in_form(instance, self.field, current_form())
