"""A draft previewed in a partner site's design: a moderator sets up the partner's preview address,
Wagtail's preview opens it with a signed token bound to the saved draft, and the partner fetches that
draft from /api/v2/preview/; without a valid token no draft is shown."""

import re
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import signing

from home.models import ArticlePage
from integrations import preview
from integrations.models import PartnerSite
from tests.admin_forms import new_article
from tests.api.test_schema import validate

pytestmark = pytest.mark.django_db


@pytest.fixture
def partner(moderator):
    response = moderator.post(
        "/admin/partner-sites/new/", {"name": "Nesbyen kommune", "preview_url": "https://nesbyen.example/forhandsvis"}
    )
    assert response.status_code == 302
    return PartnerSite.objects.get()


@pytest.fixture
def article(nb):
    return ArticlePage.objects.live().filter(locale=nb).first()


def token_of(url):
    assert url.startswith("https://nesbyen.example/forhandsvis?token=")
    return parse_qs(urlsplit(url).query)["token"][0]


def draft(page, title):
    return new_article(title, ["<p>Et avsnitt i utkastet.</p>"], intro="Utkast", slug=page.slug)


def save_draft(client, page, title):
    response = client.post(f"/admin/pages/{page.pk}/edit/", draft(page, title))
    assert response.status_code == 302
    return response


def partner_preview(client, page, partner, in_panel=True):
    """What Wagtail's preview panel shows in the partner's mode, for the editor's form as it stands."""
    assert client.post(f"/admin/pages/{page.pk}/edit/preview/", draft(page, "Ulagret")).json()["is_valid"]
    query = {"mode": f"partner-{partner.pk}"} | ({"in_preview_panel": "true"} if in_panel else {})
    return client.get(f"/admin/pages/{page.pk}/edit/preview/", query)


def test_an_editor_previews_a_draft_in_the_partner_design_through_a_token(client, admin_user, partner, article):
    client.force_login(admin_user)
    published_title = article.title
    save_draft(client, article, "Et utkast for partneren")
    article.refresh_from_db()
    assert client.get(f"/api/v2/pages/{article.pk}/").json()["title"] == published_title

    edit = client.get(f"/admin/pages/{article.pk}/edit/").content.decode()
    assert f'value="partner-{partner.pk}"' in edit and "Nesbyen kommune" in edit

    panel = partner_preview(client, article, partner)
    assert panel.status_code == 200 and "private" in panel["Cache-Control"]
    link = re.search(r'href="(https://nesbyen\.example/forhandsvis\?token=[^"]+)"', panel.content.decode()).group(1)
    token = token_of(link.replace("&amp;", "&"))
    new_tab = partner_preview(client, article, partner, in_panel=False)
    assert new_tab.status_code == 302 and token_of(new_tab["Location"])

    client.logout()  # the partner's server, with no login
    draft = client.get("/api/v2/preview/", {"token": token})
    assert draft.status_code == 200 and "no-store" in draft["Cache-Control"]
    data = draft.json()
    assert data["title"] == "Et utkast for partneren" and data["id"] == article.pk
    assert data["meta"]["revision"]["id"] == article.latest_revision_id
    validate(data, "/api/v2/preview/")
    # The public API is unchanged by the draft.
    assert client.get(f"/api/v2/pages/{article.pk}/").json()["title"] == published_title

    # The token stays bound to its revision: a later draft needs a new preview.
    client.force_login(admin_user)
    save_draft(client, article, "Et nyere utkast")
    client.logout()
    assert client.get("/api/v2/preview/", {"token": token}).json()["title"] == "Et utkast for partneren"


def test_without_a_valid_token_no_draft_is_shown(client, settings, article):
    revision = article.save_revision()
    good = preview.make_token(revision.pk, 1)
    assert client.get("/api/v2/preview/", {"token": good}).status_code == 200
    for params, parameter in (
        ({}, "token"),
        ({"token": ""}, "token"),
        ({"token": good[:-2] + "xx"}, "token"),
        ({"token": signing.dumps({"r": revision.pk}, salt="another")}, "token"),
        ({"token": preview.make_token("1", 1)}, "token"),
        ({"token": good, "id": "1"}, "id"),
    ):
        response = client.get("/api/v2/preview/", params)
        assert response.status_code == 400, params
        assert response.json()["parameter"] == parameter
        validate(response.json(), "/api/v2/preview/", "400")
    settings.PREVIEW_TOKEN_SECONDS = -1
    expired = client.get("/api/v2/preview/", {"token": good})
    assert expired.status_code == 400 and "expired" in expired.json()["message"]


def test_a_token_for_a_draft_that_is_gone_is_a_404(client, article):
    revision = article.save_revision()
    token = preview.make_token(revision.pk, 1)
    revision.delete()
    response = client.get("/api/v2/preview/", {"token": token})
    assert response.status_code == 404 and response.json()["message"]


def test_a_new_page_must_be_saved_before_a_partner_preview(client, admin_user, partner, nb):
    client.force_login(admin_user)
    section = ArticlePage.objects.live().filter(locale=nb).first().get_parent()
    add = f"/admin/pages/add/home/articlepage/{section.pk}/"
    assert client.post(add + "preview/", new_article("Ny side", ["<p>Tekst.</p>"])).json()["is_valid"]
    response = client.get(add + "preview/", {"mode": f"partner-{partner.pk}", "in_preview_panel": "true"})
    assert response.status_code == 200
    assert "nesbyen.example" not in response.content.decode()


def test_a_partner_preview_address_needs_https(moderator):
    response = moderator.post(
        "/admin/partner-sites/new/", {"name": "Usikker", "preview_url": "http://usikker.example/"}
    )
    assert response.status_code == 200 and not PartnerSite.objects.exists()
    assert "https" in response.content.decode()


def test_partner_editors_have_no_part_in_partner_sites(editor):
    assert editor.get("/admin/partner-sites/").status_code in (302, 403)
    assert editor.post("/admin/partner-sites/new/", {"name": "X", "preview_url": "https://x.example/"}).status_code in (
        302,
        403,
    )
    assert not PartnerSite.objects.exists()


def test_a_draft_is_never_kept_in_the_response_cache(client, page_cache_on, article):
    published_title = article.title
    article.title = "Kladd som ikke skal caches"
    token = preview.make_token(article.save_revision().pk, 1)
    for _ in range(2):
        response = client.get("/api/v2/preview/", {"token": token})
        assert response.status_code == 200 and response.get("X-Page-Cache") != "hit"
        assert "no-store" in response["Cache-Control"] and response.json()["title"] == "Kladd som ikke skal caches"
    # The public detail is cached as before, and shows the published page.
    client.get(f"/api/v2/pages/{article.pk}/")
    public = client.get(f"/api/v2/pages/{article.pk}/")
    assert public["X-Page-Cache"] == "hit" and public.json()["title"] == published_title


@pytest.mark.parametrize("mode", ["partner-x", "partner-", "partner-99999999999999999999", "partner-²", "partner-999"])
def test_a_preview_mode_of_no_partner_says_so(client, admin_user, article, mode):
    client.force_login(admin_user)
    assert client.post(f"/admin/pages/{article.pk}/edit/preview/", draft(article, "Ulagret")).json()["is_valid"]
    response = client.get(f"/admin/pages/{article.pk}/edit/preview/", {"mode": mode, "in_preview_panel": "true"})
    assert response.status_code == 200
    assert "ikke lenger satt opp" in response.content.decode()
