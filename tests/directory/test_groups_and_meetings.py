"""Groups and meetings: owned by an organisation, edited by its editors through review, shown on the
site, in the API, as iCalendar and JSON-LD, and gone by themselves when they have ended."""

import json
import re
from datetime import timedelta

import pytest
from django.core.cache import cache
from django.test import RequestFactory
from django.utils import timezone
from icalendar import Calendar

from directory.models import Event, GroupStatus, Municipality, SelfHelpGroup
from pagecache.responses import response_key
from tests.admin_forms import submit
from tests.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

GROUPS = "/admin/snippets/directory/selfhelpgroup/"
EVENTS = "/admin/snippets/directory/event/"


def nesbyen():
    return Municipality.objects.get(number="3322")


def make_group(organisation, **fields):
    values = {
        "name": "Samtalegruppe om uro",
        "description": "For deg som kjenner på uro.",
        "status": GroupStatus.FORMING,
        "municipality": nesbyen(),
        "place": "Biblioteket",
        "live": True,
    }
    values.update(fields)
    return SelfHelpGroup.objects.create(organisation=organisation, **values)


def make_event(organisation, in_days=5, **fields):
    starts = timezone.now() + timedelta(days=in_days)
    values = {
        "title": "Informasjonsmøte",
        "description": "Kaffe og vafler.",
        "starts_at": starts,
        "ends_at": starts + timedelta(hours=1),
        "municipality": nesbyen(),
        "place": "Biblioteket",
        "live": True,
    }
    values.update(fields)
    return Event.objects.create(organisation=organisation, **values)


@pytest.fixture
def other(db):
    return OrganisationFactory(name="Likepersoner i Fjordby", slug="likepersoner-i-fjordby")


def test_ended_groups_and_past_meetings_leave_by_themselves(own):
    forming = make_group(own)
    make_group(own, name="Avsluttet", status=GroupStatus.ENDED)
    make_group(own, name="Sluttet i går", ends_on=timezone.localdate() - timedelta(days=1))
    coming = make_event(own)
    make_event(own, in_days=-1, title="Over")
    mine = {"organisation": own, "name__in": ["Samtalegruppe om uro", "Avsluttet", "Sluttet i går"]}
    assert list(SelfHelpGroup.objects.public().filter(**mine)) == [forming]
    assert list(Event.objects.public().filter(organisation=own, title__in=["Informasjonsmøte", "Over"])) == [coming]


def test_the_organisation_page_shows_its_groups_and_meetings_in_both_forms(client, own, nn):
    make_group(own, name_nn="Samtalegruppe om uro (nynorsk)")
    make_group(own, name="Usynlig utkast", live=False)
    make_event(own)
    page = client.get("/nb/finn-hjelp/frisklivssentralen-nesbyen/").content.decode()
    assert "Samtalegruppe om uro" in page and "Informasjonsmøte" in page and "Usynlig utkast" not in page
    assert "meld-interesse/?gruppe=" in page
    assert "Samtalegruppe om uro (nynorsk)" in client.get("/nn/finn-hjelp/frisklivssentralen-nesbyen/").content.decode()


def test_groups_you_can_join_nearest_first(client, own):
    local = make_group(own, name="Lokal gruppe")
    digital = make_group(own, name="Digital gruppe", municipality=None, digital=True)
    make_group(own, name="Full gruppe", status=GroupStatus.FULL)
    far = make_group(own, name="Gruppe i Bergen", municipality=Municipality.objects.get(number="4601"))
    html = client.get("/nb/finn-hjelp/grupper/?postnummer=3540").content.decode()
    assert html.index(local.name) < html.index(digital.name)
    assert "Full gruppe" not in html and far.name not in html
    assert "autofocus" in html  # the result summary


def test_a_wrong_postal_code_on_the_group_list_is_an_accessible_error(client, own):
    response = client.get("/nb/finn-hjelp/grupper/?postnummer=12")
    html = response.content.decode()
    assert response.status_code == 200
    assert re.search(r"<title>\s*Feil: ", html) and "ds-error-summary" in html and 'aria-invalid="true"' in html


def test_group_and_meeting_pages_carry_json_ld(client, own):
    group = make_group(own, starts_on=timezone.localdate() + timedelta(days=10))
    event = make_event(own)
    for address, kind, required in (
        (f"/nb/finn-hjelp/grupper/{group.pk}/", "EventSeries", ("name", "startDate", "location", "organizer")),
        (f"/nn/finn-hjelp/moter/{event.pk}/", "Event", ("name", "startDate", "endDate", "location", "organizer")),
    ):
        html = client.get(address).content.decode()
        data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1))
        assert data["@context"] == "https://schema.org" and data["@type"] == kind
        assert all(data[name] for name in required)
        assert data["location"]["address"]["addressLocality"] == "Nesbyen"


def test_unknown_or_ended_records_are_a_friendly_404(client, own):
    ended = make_group(own, status=GroupStatus.ENDED)
    for address in (f"/nb/finn-hjelp/grupper/{ended.pk}/", "/nb/finn-hjelp/moter/999999/"):
        response = client.get(address)
        assert response.status_code == 404 and "<h1" in response.content.decode()


def test_the_calendar_feeds_parse_and_filter(client, own, other):
    ours = make_event(own, title="Vårt møte")
    make_event(other, title="Deres møte", municipality=Municipality.objects.get(number="4601"))
    make_event(own, in_days=-2, title="Gammelt møte")
    for query, expected in (
        (f"?organisasjon={own.slug}", {"Vårt møte", "Verdensmøte om selvhjelp"}),
        ("?kommune=3322", {"Vårt møte", "Verdensmøte om selvhjelp"}),
        ("?postnummer=5003", {"Deres møte"}),
        ("", {"Vårt møte", "Deres møte", "Verdensmøte om selvhjelp"}),
    ):
        response = client.get(f"/nb/finn-hjelp/moter/kalender/{query}")
        assert response.status_code == 200 and response["Content-Type"].startswith("text/calendar")
        calendar = Calendar.from_ical(response.content)
        events = list(calendar.walk("VEVENT"))
        assert {str(event["SUMMARY"]) for event in events} == expected, query
        for event in events:
            assert event["UID"] and event["DTSTART"].dt and event["DTEND"].dt > event["DTSTART"].dt
    assert str(Calendar.from_ical(client.get("/nb/finn-hjelp/moter/kalender/").content).walk("VEVENT")[0]["URL"])
    assert ours.pk


@pytest.mark.parametrize("query", ["?postnummer=12", "?tema=ukjent", "?organisasjon=ukjent", "?side=2", "?kommune=x"])
def test_a_wrong_calendar_parameter_is_a_400_naming_it(client, own, query):
    response = client.get(f"/nb/finn-hjelp/moter/kalender/{query}")
    assert response.status_code == 400
    assert query[1:].split("=")[0] in response.content.decode() or "ukjent" in response.content.decode()


def test_the_api_lists_groups_and_meetings_with_the_directory_filters(client, own, other):
    make_group(own, name="Lokal gruppe")
    make_group(other, name="Gruppe i Bergen", municipality=Municipality.objects.get(number="4601"))
    make_event(own)
    groups = client.get("/api/v2/groups/?postal_code=3540&locale=nn").json()
    # Local first (by start date, undated last), then digital; not Bergen's.
    assert [item["name"] for item in groups["items"]] == ["Verdsgruppe om uro", "Lokal gruppe", "Digital verdsgruppe"]
    first = groups["items"][0]
    assert first["meta"]["html_url"].endswith(f"/nn/finn-hjelp/grupper/{first['id']}/")
    assert client.get(f"/api/v2/events/?organisation={own.pk}").json()["meta"]["total_count"] == 2
    assert client.get("/api/v2/groups/?postal_code=12").status_code == 400


def test_the_api_filters_groups_by_status_and_by_whether_newcomers_can_join(client, own):
    open_group = make_group(own, name="Åpen gruppe", status=GroupStatus.OPEN)
    full = make_group(own, name="Full gruppe", status=GroupStatus.FULL)
    make_group(own, name="Ferdig gruppe", status=GroupStatus.ENDED)

    def names(query):
        response = client.get(f"/api/v2/groups/?organisation={own.pk}&{query}")
        assert response.status_code == 200, response.content
        return {item["name"] for item in response.json()["items"]}

    assert names("status=open") == {open_group.name}
    assert open_group.name in names("joinable=true") and full.name not in names("joinable=true")
    assert names("joinable=false") == {full.name}
    for query, parameter in [("status=ended", "status"), ("status=OPEN", "status"), ("joinable=yes", "joinable")]:
        response = client.get(f"/api/v2/groups/?{query}")
        assert response.status_code == 400
        assert parameter in response.json()["message"]


def test_the_api_never_shows_a_starter_who_may_not_be_shown(client, own):
    hidden = own.contact_persons.create(name="Skjult Person", role="Igangsetter", live=True, show_publicly=False)
    group = make_group(own, starter=hidden)
    data = client.get(f"/api/v2/groups/{group.pk}/").json()
    assert data["starter"] is None
    assert "Skjult Person" not in json.dumps(data)


def test_an_editor_adds_a_group_for_review_and_cannot_touch_another_organisations(editor, own, other):
    theirs = make_group(other, name="Deres gruppe")
    assert editor.get(f"{GROUPS}edit/{theirs.pk}/").status_code == 403
    assert editor.post(f"{GROUPS}delete/{theirs.pk}/").status_code == 403
    listing = editor.get(GROUPS).content.decode()
    assert "Deres gruppe" not in listing
    response = submit(
        editor,
        f"{GROUPS}add/",
        action="action-submit",
        organisation=str(own.pk),
        name="Ny gruppe i Nesbyen",
        description="For alle.",
        municipality=str(nesbyen().pk),
        status="forming",
        size="8",
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    group = SelfHelpGroup.objects.get(name="Ny gruppe i Nesbyen")
    assert group.workflow_in_progress and not group.live  # a moderator publishes it


def test_an_editor_cannot_give_a_group_to_another_organisation(editor, own, other):
    response = submit(
        editor,
        f"{GROUPS}add/",
        action="action-submit",
        organisation=str(other.pk),
        name="Feil eier",
        description="x",
        municipality=str(nesbyen().pk),
        status="forming",
        size="8",
    )
    assert response.status_code == 200
    assert not SelfHelpGroup.objects.filter(name="Feil eier").exists()


def test_a_group_needs_a_place_or_digital_and_a_date_when_it_starts_on_one(editor, own):
    response = submit(
        editor, f"{GROUPS}add/", action="action-submit", organisation=str(own.pk), name="Uten sted",
        description="x", municipality="", status="starting", starts_on="", size="8",
    )  # fmt: skip
    assert response.status_code == 200
    html = response.content.decode()
    assert "Velg kommunen der den møtes" in html or "trenger datoen" in html
    assert not SelfHelpGroup.objects.filter(name="Uten sted").exists()


@pytest.mark.parametrize(
    "address",
    ["/nb/finn-hjelp/frisklivssentralen-nesbyen/", "/nb/finn-hjelp/moter/?postnummer=3540", "/nb/", "/api/v2/events/"],
)
def test_a_page_showing_a_meeting_is_cached_only_until_the_meeting_is_over(client, own, page_cache_on, address):
    """Past meetings leave by themselves: no publish invalidates the page, so its cache entry must
    end when the first meeting on it does."""
    Event.objects.update(live=False)  # only the meeting made here is shown
    event = make_event(own, in_days=0, starts_at=timezone.now() + timedelta(minutes=30))
    assert event.ends_at < timezone.now() + timedelta(hours=2)
    response = client.get(address)
    assert response.status_code == 200 and response["X-Page-Cache"] == "miss"
    key = cache.make_key(response_key(RequestFactory().get(address)))
    assert cache._expire_info[key] <= event.ends_at.timestamp() + 1  # locmem: when the entry ends


def test_another_organisations_groups_and_meetings_are_out_of_an_editors_site_history_and_bulk_actions(
    editor, own, other
):
    """Their names may tell of a group not yet published: the admin's reports and bulk actions, which
    have querysets of their own, show an editor only their own organisation's."""
    from wagtail.log_actions import log

    theirs = make_group(other, name="Sorggruppe for foreldre i Fjordby", live=False)
    meeting = make_event(other, title="Informasjonsmøte i Fjordby")
    ours = make_group(own, name="Samtalegruppe i Nesbyen")
    for instance in (theirs, meeting, ours):
        log(instance, "wagtail.create")
    for url in ("/admin/reports/site-history/", "/admin/reports/site-history/results/"):
        html = editor.get(url).content.decode()
        assert theirs.name not in html and meeting.title not in html
        assert ours.name in html
    for model, instance in (("selfhelpgroup", theirs), ("event", meeting)):
        response = editor.get(f"/admin/bulk/directory/{model}/delete/", {"id": [instance.pk]})
        assert response.status_code == 403
        assert str(instance) not in response.content.decode()
        assert editor.post(f"/admin/bulk/directory/{model}/delete/?id={instance.pk}").status_code == 403
        assert type(instance).objects.filter(pk=instance.pk).exists()
