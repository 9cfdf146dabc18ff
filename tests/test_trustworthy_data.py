"""Issue “Trustworthy data”: each finding reproduced the way an editor, an admin or a visitor meets it.

Editors act through the admin's own forms (tests.admin_forms submits them as a browser would);
visitors and consumer sites read HTML and JSON with the page cache on, as in production.
"""

import pytest
from django.test import Client
from wagtail.models import PageViewRestriction

from directory.models import ContactPerson, Organisation
from tests.admin_forms import form_data, submit
from tests.helpers import ARTICLE_NB, ARTICLE_NN, ORGS, PEOPLE, article

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]

API = "/api/v2"


@pytest.fixture
def other():
    return Organisation.objects.get(slug="frisklivssentralen-bergen")


def public_text(organisation):
    """What visitors and consumer sites see of an organisation, in both forms."""
    anonymous = Client()
    return "".join(
        [
            anonymous.get(f"/nb/finn-hjelp/{organisation.slug}/").content.decode(),
            anonymous.get(f"/nn/finn-hjelp/{organisation.slug}/").content.decode(),
            anonymous.get(f"{API}/contacts/", {"locale": "nn", "limit": 100}).content.decode(),
            anonymous.get(f"{API}/organisations/{organisation.pk}/", {"locale": "nn"}).content.decode(),
        ]
    )


# --- 1. A draft never changes what the public sees ---------------------------------------------------
def test_1_a_draft_with_a_consent_date_publishes_nobody(editor, own, django_capture_on_commit_callbacks):
    person = own.contact_persons.filter(consent_given_on__isnull=True).first() or own.contact_persons.first()
    ContactPerson.objects.filter(pk=person.pk).update(consent_given_on=None, show_publicly=True)
    assert person.name not in public_text(own)
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(editor, f"{PEOPLE}edit/{person.pk}/", consent_given_on="2026-11-30")
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.consent_given_on is None and person.has_unpublished_changes
    assert person.name not in public_text(own)


def test_1_a_draft_that_ticks_active_shows_no_inactive_organisation(moderator, django_capture_on_commit_callbacks):
    client = moderator
    inactive = Organisation.objects.filter(active=False, live=True).first()
    assert client.get(f"/nn/finn-hjelp/{inactive.slug}/").status_code == 404
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, f"{ORGS}edit/{inactive.pk}/", active="on")
    assert response.status_code == 302
    client.logout()
    assert client.get(f"/nn/finn-hjelp/{inactive.slug}/").status_code == 404
    assert client.get(f"/nb/finn-hjelp/{inactive.slug}/").status_code == 404
    assert client.get(f"{API}/organisations/{inactive.pk}/").status_code == 404


# --- 2. A withdrawn person never comes back ---------------------------------------------------------
def test_2_translating_an_article_does_not_bring_a_withdrawn_person_back(
    admin_client, django_capture_on_commit_callbacks
):
    from wagtail_localize.models import TranslationSource

    page = article("sorg-etter-et-dodsfall")
    person = next(block.value["contact_person"] for block in page.body if block.block_type == "contact_person_card")
    assert person.name in admin_client.get(ARTICLE_NN).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        # Untick “show publicly” and publish, in the admin.
        response = submit(admin_client, f"{PEOPLE}edit/{person.pk}/", "action-publish", show_publicly=None)
        assert response.status_code == 302
        # An admin syncs the article's nynorsk translation and publishes it (wagtail-localize's view).
        source = TranslationSource.objects.get_for_instance(page)
        response = admin_client.post(f"/admin/localize/update/{source.pk}/", {"publish_translations": "on"})
        assert response.status_code == 302
    person.refresh_from_db()
    assert person.show_publicly is False
    anonymous = Client()
    for url in (
        ARTICLE_NB,
        ARTICLE_NN,
        f"/nb/finn-hjelp/{person.organisation.slug}/",
        f"/nn/finn-hjelp/{person.organisation.slug}/",
    ):
        assert person.name not in anonymous.get(url).content.decode()
    assert person.name not in anonymous.get(f"{API}/contacts/", {"limit": 100}).content.decode()


# --- 3. The two forms can never show different facts ----------------------------------------------
def test_3_a_published_phone_number_is_the_same_in_both_forms_at_once(moderator, django_capture_on_commit_callbacks):
    client = moderator
    organisation = Organisation.objects.get(slug="etterlatte-sammen")
    with django_capture_on_commit_callbacks(execute=True):
        response = submit(client, f"{ORGS}edit/{organisation.pk}/", "action-publish", phone="000 99 123")
    assert response.status_code == 302
    client.logout()
    for form in ("nb", "nn"):
        assert "000 99 123" in client.get(f"/{form}/finn-hjelp/etterlatte-sammen/").content.decode()
        data = client.get(f"{API}/organisations/{organisation.pk}/", {"locale": form}).json()
        assert data["phone"] == "000 99 123"


def test_3_translating_an_article_keeps_the_organisations_editor_group(own, django_capture_on_commit_callbacks):
    from wagtail_localize.models import Translation, TranslationSource

    group = own.editor_group
    page = article("sorg-etter-et-dodsfall")
    with django_capture_on_commit_callbacks(execute=True):
        source, _created = TranslationSource.update_or_create_from_instance(page)
        for translation in Translation.objects.filter(source=source):
            translation.save_target(publish=True)
    own.refresh_from_db()
    assert own.editor_group == group
    assert Organisation.objects.filter(slug=own.slug).count() == 1


# --- 4. A page made private leaves every cache at once -----------------------------------------------
@pytest.mark.parametrize("restriction", [PageViewRestriction.PASSWORD, PageViewRestriction.LOGIN])
def test_4_a_page_made_private_is_not_served_from_the_cache(
    client, admin_client, restriction, django_capture_on_commit_callbacks
):
    page = article("sorg-etter-et-dodsfall")
    api_url = f"{API}/pages/{page.pk}/"
    for url in (ARTICLE_NB, api_url, "/sitemap.xml"):
        client.get(url)
        assert client.get(url)["X-Page-Cache"] == "hit"
    data = {"restriction_type": restriction, "password": "hemmelig-123"}
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(f"/admin/pages/{page.pk}/privacy/", data)
    assert response.status_code == 200
    assert PageViewRestriction.objects.filter(page=page).exists()
    html = client.get(ARTICLE_NB)
    assert html.status_code in (200, 302) and page.intro not in html.content.decode()
    assert client.get(api_url).status_code == 404
    assert ARTICLE_NB not in client.get("/sitemap.xml").content.decode()


# --- 5. Only moderators choose who edits an organisation ---------------------------------------------
def test_5_an_editor_cannot_give_their_organisation_away(editor, own, other, django_capture_on_commit_callbacks):
    html = editor.get(f"{ORGS}edit/{own.pk}/").content.decode()
    assert 'name="editor_group"' not in html
    data = form_data(html, editor_group=str(other.editor_group_id))
    data["action-publish"] = ["1"]
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(f"{ORGS}edit/{own.pk}/", data)
    assert response.status_code == 302
    own.refresh_from_db()
    assert own.editor_group.name == "Redaktører: Frisklivssentralen i Nesbyen"
    assert editor.get(f"{ORGS}edit/{own.pk}/").status_code == 200


def test_5_a_moderator_chooses_the_editor_group(moderator, own):
    assert 'name="editor_group"' in moderator.get(f"{ORGS}edit/{own.pk}/").content.decode()


# --- 6. An editor sees only their own organisation's people, everywhere -------------------------------
def hidden_people(other):
    return list(other.contact_persons.values_list("name", flat=True))


@pytest.mark.parametrize(
    "url",
    [
        "/admin/snippets/choose/directory/contactperson/",
        "/admin/snippets/choose/directory/contactperson/results/",
        "/admin/snippets/choose/directory/organisation/",
        "/admin/reports/site-history/",
        "/admin/reports/site-history/results/",
        PEOPLE,
        "/admin/localize/api/snippets/directory/contactperson/",
    ],
)
def test_6_other_organisations_people_are_invisible_to_an_editor(editor, own, other, url):
    response = editor.get(url)
    html = response.content.decode()
    assert not any(name in html for name in hidden_people(other))
    assert other.name not in html or url.endswith("organisation/")  # the chooser offers only what may be used


def test_6_chosen_and_bulk_delete_refuse_another_organisations_person(editor, other):
    person = other.contact_persons.first()
    assert editor.get(f"/admin/snippets/choose/directory/contactperson/chosen/{person.pk}/").status_code in (403, 404)
    response = editor.get("/admin/bulk/directory/contactperson/delete/", {"id": [person.pk]})
    assert person.name not in response.content.decode()


@pytest.mark.parametrize("model", ["contactperson", "organisation"])
def test_6_the_choosers_create_address_answers_without_a_server_error(editor, own, model):
    """The choosers offer no creation form (people are added in the Directory menu)."""
    data = {"organisation": own.pk, "name": "Ny Person", "role": "Likeperson", "sort_order": "5"}
    response = editor.post(f"/admin/snippets/choose/directory/{model}/create/", data)
    assert response.status_code == 404
    assert not ContactPerson.objects.filter(name="Ny Person").exists()


# --- 7. A hidden person's photo is not in the public image API ----------------------------------------
def test_7_photo_of_a_person_who_is_not_public_is_not_listed(client):
    from wagtail.images import get_image_model

    person = ContactPerson.objects.public().first()
    image = get_image_model().objects.first()
    person.photo = image
    person.show_publicly = False
    person.save_revision().publish()
    ids = {item["id"] for item in client.get(f"{API}/images/", {"limit": 100}).json()["items"]}
    assert image.pk not in ids
    assert client.get(f"{API}/images/{image.pk}/").status_code == 404


# --- 8. Input that broke the site -------------------------------------------------------------------
HOSTILE = ['"', '"""', "'\"><script>", "\x00", "sorg AND", "NEAR(", "*", ":", "sorg^2", "-", "OR"]


@pytest.mark.parametrize("query", HOSTILE)
@pytest.mark.parametrize(
    "url",
    [
        "/nb/sok/",
        "/nn/sok/",
        f"{API}/pages/",
        f"{API}/organisations/",
        f"{API}/contacts/",
        f"{API}/images/",
        f"{API}/documents/",
    ],
)
def test_8_what_a_visitor_types_is_searched_as_words(client, url, query):
    key = "q" if url.endswith("sok/") else "search"
    response = client.get(url, {key: query})
    assert response.status_code in (200, 400)
    if response.status_code == 400:
        assert response.json()["parameter"] == "search"


@pytest.mark.parametrize("query", ['"', "'\"><script>", "\x00", "Bergen", "Ola"])
@pytest.mark.parametrize(
    "url",
    [
        ORGS,
        PEOPLE,
        "/admin/snippets/choose/directory/organisation/results/",
        "/admin/pages/search/",
        "/admin/snippets/choose/directory/contactperson/results/",
    ],
)
def test_8_admin_searches_answer_an_editor(editor, url, query):
    assert editor.get(url, {"q": query}).status_code == 200


def test_8_topic_and_search_together(client):
    response = client.get(f"{API}/organisations/", {"search": "sorg", "topic": "sorg", "locale": "nb"})
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 1


# --- 9. Every documented filter works with search -------------------------------------------------
@pytest.mark.parametrize(
    ("path", "params"),
    [
        ("pages/", {"locale": "nb"}),
        ("pages/", {"locale": "nn", "type": "home.ArticlePage"}),
        ("contacts/", {}),
        ("contacts/", {"locale": "nn"}),
        ("organisations/", {"postal_code": "3540"}),
        ("organisations/", {"municipality": "3322"}),
        ("organisations/", {"county": "33"}),
        ("organisations/", {"changed_since": "2020-01-01"}),
        ("organisations/", {"order": "name"}),
        ("organisations/", {"order": "-name", "postal_code": "3540"}),
    ],
)
def test_9_search_combines_with_every_filter(client, path, params):
    word = {"pages/": "selvhjelp", "contacts/": "a", "organisations/": "frisklivssentralen"}[path]
    response = client.get(f"{API}/{path}", {"search": word, **params})
    assert response.status_code == 200, response.content
    assert "consent" not in response.content.decode()


def test_9_search_finds_an_organisation_by_its_nynorsk_name(client):
    organisation = Organisation.objects.public().exclude(name_nn="").first()
    word = next(word for word in organisation.name_nn.split() if word not in organisation.name)
    data = client.get(f"{API}/organisations/", {"search": word, "locale": "nn"}).json()
    assert organisation.pk in [item["id"] for item in data["items"]]


def test_9_order_by_name_is_accepted_on_the_directory_endpoints(client):
    for path in ("organisations/", "contacts/"):
        assert client.get(f"{API}/{path}", {"order": "name"}).status_code == 200


# --- 10. Smaller findings ----------------------------------------------------------------------------
@pytest.mark.parametrize("url", ["/", "/nb/", "/nb/sok/", "/nn/sok/?q=sorg", "/sprak/nn/", "/healthz", f"{API}/pages/"])
def test_10_head_works_wherever_get_does(client, url):
    get = client.get(url)
    head = client.head(url)
    assert head.status_code == get.status_code
    assert head.status_code < 400


def test_10_limit_zero_is_a_400_naming_limit(client):
    response = client.get(f"{API}/organisations/", {"limit": "0"})
    assert response.status_code == 400 and response.json()["parameter"] == "limit"


def test_10_find_does_not_resolve_an_inactive_organisations_address(client):
    inactive = Organisation.objects.filter(active=False).first()
    assert client.get(f"/nb/finn-hjelp/{inactive.slug}/").status_code == 404
    response = client.get(f"{API}/pages/find/", {"html_path": f"/nb/finn-hjelp/{inactive.slug}/"})
    assert response.status_code == 404
    active = Organisation.objects.public().first()
    response = client.get(f"{API}/pages/find/", {"html_path": f"/nb/finn-hjelp/{active.slug}/"})
    assert response.status_code == 302


def test_10_the_public_api_takes_no_passwords(client, admin_user):
    import base64

    from axes.models import AccessAttempt

    def basic(password):
        token = base64.b64encode(f"{admin_user.username}:{password}".encode()).decode()
        return client.get(f"{API}/pages/", HTTP_AUTHORIZATION=f"Basic {token}")

    right, wrong = basic("password"), basic("feil-passord")
    assert right.status_code == wrong.status_code == 200
    assert right.content == wrong.content
    assert not AccessAttempt.objects.exists()


def test_10_the_admin_preview_may_be_framed_by_the_admin(admin_client, own):
    edit = f"{ORGS}edit/{own.pk}/"
    data = form_data(admin_client.get(edit).content.decode(), name="Forhåndsvist navn")
    preview = f"{ORGS}preview/{own.pk}/"
    assert admin_client.post(preview, data).json()["is_valid"] is True
    response = admin_client.get(preview, {"mode": ""})
    assert response.status_code == 200 and "Forhåndsvist navn" in response.content.decode()
    assert "frame-ancestors 'self'" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "SAMEORIGIN"
