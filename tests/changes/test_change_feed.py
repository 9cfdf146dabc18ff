"""The change feed: a consumer that mirrors the content from /api/v2/changes/ alone holds exactly
what the API serves, after publishing, unpublishing, deleting and a withdrawn consent; a cursor
restarts where it stopped; bad input is a 400 naming the parameter."""

from datetime import timedelta

import pytest
from django.utils import timezone

from changes import tasks
from changes.models import Change
from directory.models import ContactPerson, Organisation, SelfHelpGroup
from home.models import ArticlePage
from tests.receiver import example as docs_example

pytestmark = pytest.mark.django_db

ENDPOINTS = {"pages": "page", "organisations": "organisation", "contacts": "contact", "groups": "group"}
ENDPOINTS["events"] = "event"


def api_state(client):
    """(type, id) of everything the API lists, in both written forms."""
    state = set()
    for endpoint, object_type in ENDPOINTS.items():
        for locale in ("nb", "nn") if endpoint == "pages" else ("nb",):
            offset = 0
            while True:
                data = client.get(f"/api/v2/{endpoint}/", {"limit": 100, "offset": offset, "locale": locale}).json()
                state |= {(object_type, item["id"]) for item in data["items"]}
                offset += 100
                if offset >= data["meta"]["total_count"]:
                    break
    return state


class Mirror:
    """A consumer site: follows the feed, fetches what was created or changed, drops the rest."""

    def __init__(self, client):
        self.client, self.held, self.cursor, self.events = client, {}, None, []

    def follow(self):
        while True:
            params = {"limit": 7} | ({"since": self.cursor} if self.cursor else {})
            response = self.client.get("/api/v2/changes/", params)
            assert response.status_code == 200, response.content
            data = response.json()
            for change in data["items"]:
                self.events.append((change["event"], change["type"], change["id"]))
                key = (change["type"], change["id"])
                if change["event"] in ("created", "changed"):
                    fetched = self.client.get(change["api_url"])
                    assert fetched.status_code == 200, change
                    self.held[key] = fetched.json()
                else:
                    self.held.pop(key, None)
            self.cursor = data["meta"]["next"]
            if not data["meta"]["more"]:
                return self


def test_a_mirror_built_from_the_feed_matches_the_api_through_every_kind_of_change(client, publish, nb):
    mirror = Mirror(client).follow()
    assert set(mirror.held) == api_state(client)
    assert len(mirror.held) > 50

    # A contact person's changed role, then her withdrawn consent to be shown.
    person = ContactPerson.objects.public().first()
    person.role = "Ny rolle"
    publish(lambda: person.save_revision().publish())
    assert mirror.follow().held[("contact", person.pk)]["role"] == "Ny rolle"
    person.show_publicly = False
    publish(lambda: person.save_revision().publish())
    mirror.follow()
    assert mirror.events[-1] == ("privacy_withdrawn", "contact", person.pk)
    assert set(mirror.held) == api_state(client)

    # An organisation unpublished takes its people, groups and meetings with it; published again, back.
    organisation = Organisation.objects.public().filter(groups__isnull=False).first()
    publish(organisation.unpublish)
    mirror.follow()
    assert ("organisation", organisation.pk) not in mirror.held
    assert set(mirror.held) == api_state(client)
    organisation.refresh_from_db()
    publish(lambda: organisation.get_latest_revision().publish())
    assert set(mirror.follow().held) == api_state(client)

    # A group deleted; an article unpublished; a draft of another changes nothing.
    group = SelfHelpGroup.objects.public().first()
    group_id = group.pk
    publish(group.delete)
    article = ArticlePage.objects.live().filter(locale__language_code="nb").first()
    publish(article.unpublish)
    draft = ArticlePage.objects.live().exclude(pk=article.pk).first()
    before = len(mirror.events)
    draft.title = "Et utkast"
    publish(lambda: draft.save_revision())
    mirror.follow()
    assert mirror.events[before:] == [("deleted", "group", group_id), ("unpublished", "page", article.pk)]
    assert set(mirror.held) == api_state(client)
    publish(lambda: article.get_latest_revision().publish())
    assert set(mirror.follow().held) == api_state(client)


def test_the_feed_holds_no_content_and_names_the_translation(client, publish, nb):
    article = ArticlePage.objects.live().filter(locale__language_code="nb").first()
    publish(lambda: article.save_revision().publish())
    item = client.get("/api/v2/changes/").json()
    last = Change.objects.order_by("-id").first()
    assert last.object_id == article.pk and last.event == "changed"
    data = client.get("/api/v2/changes/", {"limit": 500}).json()
    while data["meta"]["more"]:
        data = client.get("/api/v2/changes/", {"since": data["meta"]["next"], "limit": 500}).json()
    change = data["items"][-1]
    assert change["locale"] == "nb" and change["translation_key"] == str(article.translation_key)
    assert change["api_url"].endswith(f"/api/v2/pages/{article.pk}/")
    assert set(change) == {"cursor", "event", "type", "id", "locale", "translation_key", "api_url", "at"}
    assert item["meta"]["kept_days"] == 90


def test_a_consumer_restarts_where_it_stopped_and_nothing_new_is_an_empty_answer(client, publish, nb):
    first = Mirror(client).follow()
    again = client.get("/api/v2/changes/", {"since": first.cursor}).json()
    assert again["items"] == [] and again["meta"]["next"] == first.cursor and again["meta"]["more"] is False


@pytest.mark.parametrize(
    ("query", "parameter"),
    [
        ({"since": "ikke-en-markør"}, "since"),
        ({"since": ""}, "since"),
        ({"since": "MTIz"}, "since"),
        ({"limit": "0"}, "limit"),
        ({"limit": "501"}, "limit"),
        ({"limit": "x"}, "limit"),
        ({"locale": "nb"}, "locale"),
    ],
)
def test_bad_input_is_a_400_naming_the_parameter(client, query, parameter):
    response = client.get("/api/v2/changes/", query)
    assert response.status_code == 400
    assert response.json()["parameter"] == parameter


def test_a_cursor_older_than_the_feed_keeps_is_refused(client, settings, nb):
    from api.changes import cursor

    old = Change(id=1, at=timezone.now() - timedelta(days=settings.CHANGES_KEPT_DAYS + 1))
    response = client.get("/api/v2/changes/", {"since": cursor(old)})
    assert response.status_code == 400 and "mirror afresh" in response.json()["message"]


def test_the_nightly_upkeep_drops_old_rows_and_says_when_a_meeting_is_over(publish, nb):
    from directory.models import Event

    meeting = Event.objects.public().first()
    publish(lambda: meeting.save_revision().publish())
    Change.objects.filter(at__lt=timezone.now()).update(at=timezone.now() - timedelta(days=91))
    Event.objects.filter(pk=meeting.pk).update(starts_at=timezone.now() - timedelta(days=2), ends_at=None)
    tasks.tidy_now()
    assert list(Change.objects.values_list("event", "object_type", "object_id")) == [
        ("unpublished", "event", meeting.pk)
    ]


def test_a_section_made_private_leaves_the_mirror_with_its_pages_and_comes_back(client, publish, nb):
    from wagtail.models import PageViewRestriction

    from home.models import SectionPage

    mirror = Mirror(client).follow()
    section = SectionPage.objects.live().filter(locale__language_code="nb").first()
    subtree = set(section.get_descendants(inclusive=True).live().values_list("pk", flat=True))
    restriction = publish(lambda: PageViewRestriction.objects.create(page=section, restriction_type="login"))
    mirror.follow()
    assert not {pk for kind, pk in mirror.held if kind == "page"} & subtree
    assert set(mirror.held) == api_state(client)
    publish(restriction.delete)
    assert set(mirror.follow().held) == api_state(client)
    assert subtree <= {pk for kind, pk in mirror.held if kind == "page"}


def test_the_nightly_upkeep_is_always_queued_once():
    from django_tasks_db.models import DBTaskResult

    tasks.schedule()
    tasks.schedule()
    assert DBTaskResult.objects.filter(task_path=tasks.tidy.module_path, status="READY").count() == 1


def test_the_documented_consumer_example_mirrors_the_api(client, publish, nb):
    """docs/examples/mirror.py, as the README shows it, run against this site."""
    example = docs_example("mirror")

    def get(url):
        response = client.get(url.removeprefix("http://testserver"))
        return response.status_code, response.json()

    state = example.follow("http://testserver", {"cursor": None, "items": {}}, get=get)
    person = ContactPerson.objects.public().first()
    person.consent_given_on = None
    publish(lambda: person.save_revision().publish())
    state = example.follow("http://testserver", state, get=get)
    held = {tuple(key.split(":")) for key in state["items"]}
    assert {(kind, int(pk)) for kind, pk in held} == api_state(client)
    assert f"contact:{person.pk}" not in state["items"]
