"""The accessibility statement claims only checks that exist: every test it names is a real test, and
every WCAG 2.1 A and AA criterion is listed, the most often broken ones with a test."""

import importlib
import re

import pytest

from core import accessibility

# WCAG 2.1's success criteria at levels A and AA (50), as Norwegian regulations require them.
WCAG_21_A_AA = [
    "1.1.1",
    "1.2.1",
    "1.2.2",
    "1.2.3",
    "1.2.4",
    "1.2.5",
    "1.3.1",
    "1.3.2",
    "1.3.3",
    "1.3.4",
    "1.3.5",
    "1.4.1",
    "1.4.2",
    "1.4.3",
    "1.4.4",
    "1.4.5",
    "1.4.10",
    "1.4.11",
    "1.4.12",
    "1.4.13",
    "2.1.1",
    "2.1.2",
    "2.1.4",
    "2.2.1",
    "2.2.2",
    "2.3.1",
    "2.4.1",
    "2.4.2",
    "2.4.3",
    "2.4.4",
    "2.4.5",
    "2.4.6",
    "2.4.7",
    "2.5.1",
    "2.5.2",
    "2.5.3",
    "2.5.4",
    "3.1.1",
    "3.1.2",
    "3.2.1",
    "3.2.2",
    "3.2.3",
    "3.2.4",
    "3.3.1",
    "3.3.2",
    "3.3.3",
    "3.3.4",
    "4.1.1",
    "4.1.2",
    "4.1.3",
]


def test_every_criterion_is_listed_once():
    assert [number for number, *_ in accessibility.CRITERIA] == WCAG_21_A_AA


def test_every_test_the_statement_names_exists():
    for module_path, name in accessibility.TESTS:
        module = importlib.import_module(module_path.removesuffix(".py").replace("/", "."))
        assert callable(getattr(module, name, None)), f"{module_path}::{name}"


def test_the_most_often_broken_criteria_are_checked_by_tests():
    checks = {number: checks for number, _level, _nb, _nn, checks in accessibility.CRITERIA}
    for number in accessibility.MOST_OFTEN_BROKEN:
        assert isinstance(checks[number], list) and checks[number], number


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("url", "heading", "criterion"),
    [
        ("/nb/tilgjengelighet/", "Tilgjengelighetserklæring", "1.4.10 Dynamisk tilpasning (reflow)"),
        ("/nn/tilgjengelighet/", "Tilgjengeerklæring", "1.4.10 Dynamisk tilpassing (reflow)"),
    ],
)
def test_the_statement_page_lists_each_criterion_in_the_readers_form(client, url, heading, criterion):
    html = client.get(url).content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert len(re.findall(r'<p class="criteria__name"><strong>\d\.\d+\.\d+ ', html)) == len(WCAG_21_A_AA)
    assert f"<strong>{criterion}</strong>" in html
    assert 'href="https://www.uutilsynet.no/"' in html
    assert (
        'href="/' + url.split("/")[1] + '/tilgjengelighet/"' in client.get(url.rsplit("/", 2)[0] + "/").content.decode()
    )
