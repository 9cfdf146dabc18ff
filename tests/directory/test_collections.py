"""Each partner organisation has its own collection of images and documents: its editors upload,
choose and edit there and see nobody else's files."""

import io

import pytest
from django.contrib.auth.models import Group
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image as PILImage
from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection, GroupCollectionPermission

from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db


def png(name="bilde.png"):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), "teal").save(buffer, "PNG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/png")


@pytest.fixture
def other(db):
    """Another partner with its own editor group and a picture in its own collection."""
    organisation = OrganisationFactory(
        name="Likepersoner i Fjordby", editor_group=Group.objects.create(name="Redaktører: Fjordby")
    )
    organisation.refresh_from_db()
    Image.objects.create(title="Fjordbys hemmelige bilde", file=png(), collection=organisation.collection)
    Document.objects.create(
        title="Fjordbys referat", file=SimpleUploadedFile("referat.txt", b"tekst"), collection=organisation.collection
    )
    return organisation


def test_a_partner_organisation_has_its_own_collection_for_its_editor_group(own):
    assert own.collection.name == own.name
    assert own.collection.get_parent() == Collection.get_first_root_node()
    granted = GroupCollectionPermission.objects.filter(collection=own.collection)
    assert {p.group_id for p in granted} == {own.editor_group_id}
    assert {p.permission.codename for p in granted} == {
        "add_image",
        "change_image",
        "choose_image",
        "add_document",
        "change_document",
        "choose_document",
    }


def test_an_organisation_without_editors_gets_no_collection(db):
    assert OrganisationFactory().collection is None


def test_editor_uploads_an_image_into_their_own_collection(editor, own):
    response = editor.post("/admin/images/add/", {"title": "Samtalegruppe", "file": png(), "alt_text": "To stoler"})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Image.objects.get(title="Samtalegruppe").collection == own.collection


def test_editor_uploads_a_document_into_their_own_collection(editor, own):
    upload = SimpleUploadedFile("program.pdf", b"%PDF-1.4 program", content_type="application/pdf")
    response = editor.post("/admin/documents/add/", {"title": "Program", "file": upload})
    assert response.status_code == 302, response.content.decode()[:2000]
    assert Document.objects.get(title="Program").collection == own.collection


def test_editor_sees_and_chooses_only_their_own_images(editor, own, other):
    Image.objects.create(title="Nesbyens bilde", file=png(), collection=own.collection)
    for url in ("/admin/images/", "/admin/images/chooser/"):
        html = editor.get(url).content.decode()
        assert "Nesbyens bilde" in html, url
        assert "Fjordbys hemmelige bilde" not in html, url
    theirs = Image.objects.get(title="Fjordbys hemmelige bilde")
    assert editor.get(f"/admin/images/{theirs.pk}/").status_code != 200
    assert editor.get(f"/admin/images/chooser/{theirs.pk}/").status_code != 200


def test_editor_sees_and_chooses_only_their_own_documents(editor, other):
    for url in ("/admin/documents/", "/admin/documents/chooser/"):
        assert "Fjordbys referat" not in editor.get(url).content.decode(), url
    theirs = Document.objects.get(title="Fjordbys referat")
    assert editor.get(f"/admin/documents/edit/{theirs.pk}/").status_code != 200


def test_a_new_editor_group_takes_the_rights_with_it(own):
    old_group = own.editor_group
    own.editor_group = Group.objects.create(name="Redaktører: nye Nesbyen")
    own.name = "Frisklivssentralen i Nesbyen og Flå"
    own.save()
    own.collection.refresh_from_db()
    assert own.collection.name == "Frisklivssentralen i Nesbyen og Flå"
    granted = GroupCollectionPermission.objects.filter(collection=own.collection)
    assert {p.group for p in granted} == {own.editor_group}
    assert not GroupCollectionPermission.objects.filter(group=old_group).exists()


def test_a_picture_for_a_draft_stays_out_of_the_api_until_the_page_is_published(
    own, client, nb, fragments_on, django_capture_on_commit_callbacks
):
    """Found in the browser: a partner's upload for a draft article was listed by /api/v2/images/."""
    from home.models import SectionPage
    from tests.factories import ArticlePageFactory

    image = Image.objects.create(title="Bilde til et utkast", file=png(), collection=own.collection)
    section = SectionPage.objects.get(slug="frisklivssentralen-nesbyen", locale=nb)
    body = [{"type": "image", "value": {"image": image.pk, "alt_text": "To stoler", "decorative": False}}]
    page = ArticlePageFactory(parent=section, title="Utkast med bilde", body=body, live=False)
    page.save_revision()

    def listed():
        titles = [item["title"] for item in client.get("/api/v2/images/", {"limit": 100}).json()["items"]]
        return "Bilde til et utkast" in titles

    assert not listed()
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):  # the cache is emptied after the commit
        page.get_latest_revision().publish()
    assert listed()
    assert client.get(f"/api/v2/images/{image.pk}/").status_code == 200
