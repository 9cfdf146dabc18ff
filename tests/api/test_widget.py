"""The embeddable element's page in the API docs: its size as served, the configurator that writes the
two lines (a plain form: it works without scripts), and the docs' examples, which are the files the
tests run."""

import gzip
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib.staticfiles import finders
from django.template.defaultfilters import filesizeformat
from django.utils import translation

pytestmark = pytest.mark.django_db

GZIP_BUDGET = 5 * 1024  # bytes


def test_the_script_is_small_and_the_docs_state_its_size(client):
    data = Path(finders.find("js/finn-hjelp.js")).read_bytes()
    gzipped = len(gzip.compress(data, compresslevel=9))
    assert gzipped < GZIP_BUDGET
    with translation.override("nb"):
        stated = f"Skriptet er på {filesizeformat(gzipped)} komprimert (gzip; {filesizeformat(len(data))} ukomprimert)"
    assert stated in client.get("/api/docs/", HTTP_ACCEPT_LANGUAGE="nb").content.decode()


def test_the_configurator_writes_the_snippet_and_shows_it_working(client):
    response = client.get("/api/docs/", {"lang": "nn", "kommune": "3322", "tema": "sorg", "vis": ["grupper", "moter"]})
    assert response.status_code == 200
    html = response.content.decode()
    assert (
        "&lt;selvhjelp-finn-hjelp lang=&quot;nn&quot; kommune=&quot;3322&quot; tema=&quot;sorg&quot; "
        "vis=&quot;grupper moter&quot;&gt;" in html
    )
    assert "&lt;script src=&quot;http://testserver/static/js/finn-hjelp.js&quot; defer&gt;&lt;/script&gt;" in html
    assert 'href="http://testserver/nn/finn-hjelp/?kommune=3322&amp;tema=sorg"' in html
    assert '<selvhjelp-finn-hjelp lang="nn" kommune="3322" tema="sorg" vis="grupper moter" niva="4">' in html
    assert '<script src="/static/js/finn-hjelp.js" defer></script>' in html


def test_the_configurator_starts_with_all_of_norway_in_bokmal(client):
    html = client.get("/api/docs/").content.decode()
    assert "&lt;selvhjelp-finn-hjelp lang=&quot;nb&quot;&gt;" in html
    assert "ds-error-summary" not in html


@pytest.mark.parametrize(
    ("params", "field"),
    [({"kommune": "9999"}, "id_kommune"), ({"antall": "500"}, "id_antall"), ({"lang": "se"}, "id_lang_0")],
)
def test_a_wrong_choice_in_the_configurator_is_explained_and_linked(client, params, field):
    response = client.get("/api/docs/", params)
    assert response.status_code == 200
    html = response.content.decode()
    assert "ds-error-summary" in html and f'href="#{field}"' in html
    assert "&lt;selvhjelp-finn-hjelp lang=&quot;nb&quot;&gt;" in html  # the default snippet, never a broken one


def test_the_docs_show_the_examples_the_tests_run(client):
    html = client.get("/api/docs/").content.decode()
    for name in ("verify_webhook.py", "mirror.py"):
        code = (settings.BASE_DIR / "docs" / "examples" / name).read_text()
        first_function = code[code.index("def ") : code.index("\n\n", code.index("def "))]
        assert first_function.replace('"', "&quot;").replace("'", "&#x27;").replace(">", "&gt;") in html, name
    for header in ("Selvhjelp-Signature", "Selvhjelp-Timestamp", "Selvhjelp-Event", "Selvhjelp-Delivery"):
        assert header in html
