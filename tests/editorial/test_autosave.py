"""Wagtail 8.0's autosave stays off (config/settings/base.py): its first autosave of a new page
creates it, and a submit pressed before that answer arrives posted the add form a second time
("the slug is already in use", a server error in the editor's browser)."""

import pytest

from home.models import SectionPage

pytestmark = pytest.mark.django_db


def test_the_add_and_edit_forms_do_not_autosave(editor, nb):
    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    for address in (
        f"/admin/pages/add/home/articlepage/{section.pk}/",
        f"/admin/pages/{section.pk}/edit/",
        "/admin/snippets/directory/contactperson/add/",
    ):
        response = editor.get(address)
        assert response.status_code == 200, address
        assert "data-w-autosave-interval-value" not in response.content.decode(), address
