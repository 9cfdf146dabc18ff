import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.core.management import call_command
from django.db.models import Max
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Revision
from wagtail_localize.models import StringTranslation

from core.models import Topic
from home.models import ArticlePage, SectionPage

CATALOGS = sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po"))


def snapshot():
    return {
        "pages": Page.objects.count(),
        "revisions": Revision.objects.count(),
        "latest_revision": Revision.objects.aggregate(latest=Max("created_at"))["latest"],
        "images": get_image_model().objects.count(),
        "documents": get_document_model().objects.count(),
        "topics": Topic.objects.count(),
        "translations": StringTranslation.objects.count(),
    }


@pytest.mark.django_db
def test_demo_content_has_the_promised_shape(nb, nn):
    assert SectionPage.objects.filter(locale=nb).count() >= 3
    assert ArticlePage.objects.filter(locale=nb).count() >= 12
    nn_articles = ArticlePage.objects.filter(locale=nn)
    assert nn_articles.filter(alias_of__isnull=True).count() == ArticlePage.objects.filter(locale=nb).count() - 1
    assert nn_articles.filter(alias_of__isnull=False).count() == 1
    assert get_document_model().objects.filter(file__endswith=".pdf").exists()


@pytest.mark.django_db
def test_demo_command_is_idempotent(django_capture_on_commit_callbacks):
    before = snapshot()
    with django_capture_on_commit_callbacks(execute=True):
        call_command("load_demo_content", verbosity=0)
    assert snapshot() == before


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.parts[-3])
def test_catalog_has_no_untranslated_or_fuzzy_entries(path):
    catalog = polib.pofile(str(path))
    assert catalog.untranslated_entries() == []
    assert catalog.fuzzy_entries() == []
    assert len(catalog.translated_entries()) > 50


def test_catalogs_cover_every_string_in_the_source(tmp_path):
    """Extract the strings again (GNU gettext) in a copy of the project, and check that each one has
    an entry in both catalogs. The copy keeps the real catalogs untouched."""
    if shutil.which("xgettext") is None:
        pytest.skip("GNU gettext (xgettext) is not installed; CI installs it")
    base = Path(settings.BASE_DIR)
    copy = tmp_path / "project"
    packages = [path.parent.name for path in base.glob("*/__init__.py") if path.parent.name != "tests"]
    for name in (*packages, "site/templates", "locale"):
        shutil.copytree(base / name, copy / name, ignore=shutil.ignore_patterns("__pycache__", "*.mo", "data"))
    shutil.copy(base / "manage.py", copy / "manage.py")
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "--locale", "nb", "--locale", "nn", "--no-obsolete"],
        cwd=copy,
        env={**os.environ, "DJANGO_SETTINGS_MODULE": "config.settings.test", "PYTHONPATH": str(copy)},
        check=True,
        capture_output=True,
    )
    for language in ("nb", "nn"):
        fresh = polib.pofile(str(copy / "locale" / language / "LC_MESSAGES" / "django.po"))
        missing = [entry.msgid for entry in fresh.untranslated_entries() + fresh.fuzzy_entries()]
        assert missing == [], f"{language}: run `make makemessages` and translate these: {missing}"


@pytest.mark.django_db
def test_the_benchmark_data_set_is_served(client, django_capture_on_commit_callbacks):
    """make bench builds on it: its organisations, people and articles must be real, public records."""
    from django.core.management import call_command

    from directory.models import ContactPerson, Organisation

    with django_capture_on_commit_callbacks(execute=True):
        call_command("generate_bench_data", articles=3, organisations=12, people=30, verbosity=0)
    organisation = Organisation.objects.public().get(slug="test-rus-1")
    assert organisation.name_nn.startswith("Sjølvhjelpsgruppe")
    assert ContactPerson.objects.public().filter(organisation__slug__startswith="test-").count() == 24
    assert client.get(f"/nn/finn-hjelp/{organisation.slug}/").status_code == 200
    assert organisation.name_nn in client.get(f"/api/v2/organisations/{organisation.pk}/?locale=nn").json()["name"]
    assert client.get("/nb/ytelsestest-1/artikkel-3/").status_code == 200
    assert client.get("/nn/ytelsestest-1/artikkel-3/").status_code == 200


@pytest.mark.parametrize("folder", ["demo/data", "tests/world"])
def test_the_references_in_the_demo_data_resolve(folder):
    """The tests run on their own world (tests/world); the demo that `make run` shows is demo/data. A
    reference in either (an image, an organisation, a person, an article) names something it has."""
    import json

    from demo.data import pick

    base = Path(settings.BASE_DIR, folder)
    content = json.loads((base / "content.json").read_text(encoding="utf-8"))
    directory = json.loads((base / "directory.json").read_text(encoding="utf-8"))
    roles = directory["roles"]
    known = {"document:brochure"}
    known.update(f"image:{image['key']}" for image in content["images"])
    known.update(f"article:{pick(article['slug'], 'nb')}" for article in content["articles"])
    for organisation in directory["organisations"]:
        known.add(f"org:{organisation['slug']}")
        known.update(f"person:{organisation['slug']}:{index}" for index in range(len(roles[organisation["type"]])))
    text = json.dumps([content["sections"], content["articles"], content["home"]], ensure_ascii=False)
    used = set(re.findall(r'"((?:image|document|org|person|article):[a-z0-9-]+(?::\d+)?)"', text))
    assert used and used <= known, used - known
