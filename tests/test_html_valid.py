"""The Nu HTML Checker (vnu.jar, the W3C's checker) finds no error in any public template, in
bokmål and nynorsk (the same addresses as the accessibility journeys), nor in the error pages and the
login lockout page."""

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation

from tests.browser.pages import public_pages

VNU = Path(__file__).resolve().parent.parent / "tools/html-checker/node_modules/vnu-jar/build/dist/vnu.jar"

pytestmark = pytest.mark.django_db


def _check(folder):
    if not VNU.exists():
        pytest.fail(f"{VNU} is missing: `make test` installs it (npm ci in tools/html-checker)")
    if not shutil.which("java"):
        pytest.fail("The Nu HTML Checker needs Java: install Debian's default-jre-headless (.ci/run does)")
    result = subprocess.run(  # noqa: S603 - our own files, a fixed command
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", str(folder)],  # noqa: S607
        capture_output=True,
        text=True,
        timeout=300,
    )
    messages = json.loads(result.stderr or "{}").get("messages", [])
    return [(Path(m.get("url", "")).name, m.get("lastLine"), m.get("message")) for m in messages]


def test_every_public_template_is_valid_html(client, tmp_path):
    for number, path in enumerate(public_pages()):
        response = client.get(path)
        assert response.status_code in (200, 404), path
        (tmp_path / f"{number:02}{path.replace('/', '_').replace('?', '_')}.html").write_bytes(response.content)
    request = RequestFactory().get("/nb/")
    for template in ("500.html", "503.html", "admin_locked_out.html"):
        with translation.override("nb"):
            (tmp_path / template).write_text(render_to_string(template, {"request": request}))
    assert _check(tmp_path) == []


def test_the_checker_finds_errors(tmp_path):
    """The check above can fail: the checker reports a broken page."""
    (tmp_path / "broken.html").write_text("<!DOCTYPE html><html lang=nb><title>x</title><p><div></p>")
    assert _check(tmp_path)
