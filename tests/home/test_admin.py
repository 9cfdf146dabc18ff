"""Editors' side: the admin forms of every page type and snippet open, and a new article can be
created with its topics; wagtail-localize then mirrors it into the nynorsk tree."""

import pytest
from django.contrib.auth import get_user_model

from core.models import Topic
from home.models import ArticlePage
from tests.admin_forms import new_article
from tests.helpers import article, home, section

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("redaktor", "redaktor@selvhjelp.example", "passord-123")
    client.force_login(user)
    return client


def test_edit_forms_of_every_page_type_open(admin_client):
    for page in (home(), section("for-fagfolk"), article("hva-er-en-selvhjelpsgruppe")):
        assert admin_client.get(f"/admin/pages/{page.id}/edit/").status_code == 200


def test_nn_translation_can_be_edited_in_the_translation_editor(admin_client, nn):
    translation = article("hva-er-en-selvhjelpsgruppe").get_translation(nn)
    response = admin_client.get(f"/admin/pages/{translation.id}/edit/")
    assert response.status_code == 200
    assert "Kva er ei sjølvhjelpsgruppe?" in response.content.decode()


def test_topics_are_managed_as_snippets(admin_client):
    response = admin_client.get("/admin/snippets/core/topic/")
    assert response.status_code == 200
    assert "Avhengighet i familien" in response.content.decode()


def test_editor_creates_article_with_topic_and_nn_mirror_appears(admin_client, nb, nn):
    parent = section("start-en-gruppe")
    topic = Topic.objects.get(slug="sorg", locale=nb)
    intro = "Om grupper for unge mellom 16 og 25 år."
    body = ["<p>Mange unge ønsker å møte andre.</p>"]
    data = new_article("Grupper for unge", body, intro=intro, topics=[topic], age_group="16–25", publish=True)
    response = admin_client.post(f"/admin/pages/add/home/articlepage/{parent.id}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]

    created = ArticlePage.objects.get(slug="grupper-for-unge", locale=nb)
    assert created.live
    assert [link.topic for link in created.topic_links.all()] == [topic]
    mirror = created.get_translation(nn)
    assert mirror.alias_of_id == created.id


def test_article_without_intro_cannot_be_published(admin_client):
    parent = section("start-en-gruppe")
    data = new_article("Uten ingress", publish=True)
    response = admin_client.post(f"/admin/pages/add/home/articlepage/{parent.id}/", data)
    assert response.status_code == 200
    assert "error-message" in response.content.decode()
    assert not ArticlePage.objects.filter(slug="uten-ingress").exists()
