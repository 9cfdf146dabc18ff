"""What a visitor or editor types into a search box is searched as plain words, never as query syntax.

SQLite's FTS5 and PostgreSQL's tsquery both read quotes, operators (AND, OR, NOT, NEAR), stars and
colons as syntax, and a NUL byte as an error: a lone ``"`` was enough for a 500. ``plain_words``
keeps letters and digits only. ``SearchBackend`` is the database backend Wagtail would choose, with
every query string passed through ``plain_words`` first, so the site's search, the API and every
admin search and chooser are covered in one place.
"""

import functools
import re

from modelsearch.backends.database import SearchBackend as database_search_backend

WORD = re.compile(r"\w+")
MAX_WORDS = 12
MAX_WORD_LENGTH = 40


def plain_words(text):
    """The words of ``text``, lower-cased (FTS5 reads upper-case AND/OR/NOT/NEAR as operators)."""
    words = WORD.findall((text or "").replace("_", " "))
    return " ".join(word.lower()[:MAX_WORD_LENGTH] for word in words[:MAX_WORDS])


class PlainWordsSearch:
    def search(self, query, model_or_queryset, *args, **kwargs):
        return super().search(_as_words(query), model_or_queryset, *args, **kwargs)

    def autocomplete(self, query, model_or_queryset, *args, **kwargs):
        return super().autocomplete(_as_words(query), model_or_queryset, *args, **kwargs)


def _as_words(query):
    return plain_words(query) if isinstance(query, str) else query


@functools.cache
def _plain_words_class(backend_class):
    return type(f"PlainWords{backend_class.__name__}", (PlainWordsSearch, backend_class), {})


def SearchBackend(params):  # noqa: N802 - the name Wagtail looks up in a backend module
    """The database backend for this connection (PostgreSQL, SQLite FTS5, ...), searching plain words."""
    backend = database_search_backend(params)
    backend.__class__ = _plain_words_class(type(backend))
    return backend
