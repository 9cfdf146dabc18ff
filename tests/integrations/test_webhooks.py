"""Webhooks: a signed POST to a real receiver on this machine after each change a subscriber asked
for; retries with backoff, a delivery log, "send again", a subscriber turned off after repeated
failures; no personal data in a body; no delivery to this server or a private network in production."""

import json
import re
import socket
from datetime import timedelta

import pytest
from django.core import mail
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from directory.models import ContactPerson
from home.models import ArticlePage
from integrations import tasks, webhooks
from integrations.models import Delivery, Subscriber
from tests.admin_forms import submit
from tests.conftest import make_user
from tests.receiver import example

pytestmark = pytest.mark.django_db


@pytest.fixture
def public_dns(monkeypatch):
    """Host names resolve to a public address (the test machine may have no DNS)."""

    def resolve(host, port, *args, **kwargs):
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.215.14", port))]

    monkeypatch.setattr("integrations.addresses.socket.getaddrinfo", resolve)


SECRET_FIELD = "secret"


def subscribe(url, types=("page", "organisation", "contact", "group", "event"), events=None):
    events = events or ["published", "unpublished", "deleted", "privacy_withdrawn"]
    return Subscriber.objects.create(name="Kommunen", url=url, types=list(types), events=events)


def test_a_withdrawn_contact_person_reaches_the_subscriber_in_one_signed_delivery(receiver, publish, run_tasks, nb):
    subscriber = subscribe(receiver.url, types=["contact"])
    person = ContactPerson.objects.public().first()
    person.show_publicly = False
    publish(lambda: person.save_revision().publish())
    run_tasks()

    assert len(receiver.requests) == 1
    request = receiver.requests[0]
    verify = example("verify_webhook").verify
    assert verify(subscriber.secret, request["headers"], request["body"])
    assert not verify("another secret", request["headers"], request["body"])
    assert not verify(subscriber.secret, request["headers"], request["body"] + b" ")
    old = int(request["headers"]["Selvhjelp-Timestamp"]) + 301
    assert not verify(subscriber.secret, request["headers"], request["body"], now=old)

    body = json.loads(request["body"])
    assert body["event"] == "privacy_withdrawn" and body["type"] == "contact" and body["id"] == person.pk
    assert body["api_url"] == f"http://testserver/api/v2/contacts/{person.pk}/"
    assert set(body) == {"event", "type", "id", "locale", "translation_key", "api_url", "at", "cursor"}
    for personal in (person.name, person.email, person.phone):
        assert not personal or personal.encode() not in request["body"]
    assert request["headers"]["Selvhjelp-Event"] == "privacy_withdrawn"
    assert request["headers"]["Content-Type"] == "application/json; charset=utf-8"

    delivery = Delivery.objects.get(subscriber=subscriber)
    assert request["headers"]["Selvhjelp-Delivery"] == str(delivery.pk)
    assert (delivery.status, delivery.response_code, delivery.tries) == ("delivered", 204, 1)
    # The task stored the delivery's number only.
    stored = json.dumps(list(DBTaskResult.objects.values_list("args_kwargs", flat=True)))
    assert person.name not in stored and subscriber.secret not in stored


def test_a_subscriber_gets_only_what_it_asked_for(receiver, publish, run_tasks, nb):
    subscribe(receiver.url, types=["page"], events=["unpublished"])
    person = ContactPerson.objects.public().first()
    publish(lambda: person.save_revision().publish())  # a contact person: not asked for
    article = ArticlePage.objects.live().filter(locale__language_code="nb").first()
    publish(lambda: article.save_revision().publish())  # a page published: not asked for
    publish(lambda: article.save_revision())  # a draft: no change at all
    run_tasks()
    assert receiver.requests == []
    publish(article.unpublish)
    run_tasks()
    assert [json.loads(r["body"])["event"] for r in receiver.requests] == ["unpublished"]


def test_a_failing_receiver_is_tried_again_with_growing_waits_and_logged(
    receiver, publish, run_tasks, settings, moderator, nb
):
    settings.WEBHOOK_TRIES, settings.WEBHOOK_BACKOFF_SECONDS = 3, 60
    receiver.answers = [500]
    subscriber = subscribe(receiver.url, types=["page"])
    article = ArticlePage.objects.live().filter(locale__language_code="nb").first()
    publish(lambda: article.save_revision().publish())
    run_tasks()

    delivery = Delivery.objects.get(subscriber=subscriber)
    assert (delivery.status, delivery.response_code, delivery.tries, delivery.error) == ("retrying", 500, 1, "HTTP 500")
    waits = []
    for tries in (2, 3):
        retry = DBTaskResult.objects.filter(task_path=webhooks.deliver.module_path, status="READY").get()
        waits.append(round((retry.run_after - delivery.last_try_at).total_seconds()))
        retry.delete()
        status = publish(lambda: webhooks.deliver.call(delivery.pk))  # the worker, at run_after
        delivery.refresh_from_db()
        assert delivery.tries == tries and status == delivery.status
    assert waits == [60, 120]
    assert (delivery.status, len(receiver.requests)) == ("failed", 3)
    subscriber.refresh_from_db()
    assert subscriber.failures_in_row == 1 and subscriber.active

    # The log shows it; "send again" makes a new delivery, which now gets through.
    log = moderator.get(f"/admin/webhooks/deliveries/{subscriber.pk}/")
    assert log.status_code == 200
    html = log.content.decode()
    assert "Mislyktes" in html or "Failed" in html
    assert re.search(r"<td>\s*500\s*</td>", html)
    receiver.answers = [204]
    response = publish(lambda: moderator.post(f"/admin/webhooks/deliveries/{subscriber.pk}/again/{delivery.pk}/"))
    assert response.status_code == 302
    run_tasks()
    again = Delivery.objects.filter(subscriber=subscriber).latest("id")
    assert again.pk != delivery.pk and (again.status, again.response_code) == ("delivered", 204)
    assert again.body == delivery.body
    subscriber.refresh_from_db()
    assert subscriber.failures_in_row == 0
    assert moderator.get(f"/admin/webhooks/deliveries/{subscriber.pk}/again/{delivery.pk}/").status_code == 405


def test_a_subscriber_is_turned_off_after_repeated_failed_deliveries(receiver, publish, run_tasks, settings, nb):
    moderator = make_user("moderator", "Moderators")
    settings.WEBHOOK_TRIES, settings.WEBHOOK_TURN_OFF_AFTER = 1, 2
    receiver.answers = [503]
    subscriber = subscribe(receiver.url, types=["page"])
    articles = ArticlePage.objects.live().filter(locale__language_code="nb")[:3]
    for article in articles[:2]:
        publish(lambda article=article: article.save_revision().publish())
    run_tasks()
    subscriber.refresh_from_db()
    assert not subscriber.active and subscriber.turned_off_at is not None
    publish(lambda: articles[2].save_revision().publish())
    run_tasks()
    assert len(receiver.requests) == 2  # nothing more is sent to it

    # The moderators are told once, with a link to the log (and never the secret).
    told = [message for message in mail.outbox if "Kommunen" in message.subject]
    assert [message.to for message in told] == [[moderator.email]]
    assert "er slått av" in told[0].subject
    assert f"http://testserver/admin/webhooks/deliveries/{subscriber.pk}/" in told[0].body
    assert "HTTP 503" in told[0].body and subscriber.secret not in told[0].body


def test_a_receiver_that_does_not_answer_is_cut_off_by_the_timeout(receiver, publish, run_tasks, settings, nb):
    settings.WEBHOOK_TIMEOUT = 0.5
    receiver.answers = ["hang"]
    subscriber = subscribe(receiver.url, types=["page"])
    article = ArticlePage.objects.live().filter(locale__language_code="nb").first()
    publish(lambda: article.save_revision().publish())
    run_tasks()
    delivery = Delivery.objects.get(subscriber=subscriber)
    assert (delivery.status, delivery.error, delivery.response_code) == ("retrying", "timeout", None)


def test_a_redirect_is_not_followed(receiver, publish, run_tasks, nb):
    receiver.answers = [302]
    subscriber = subscribe(receiver.url, types=["page"])
    article = ArticlePage.objects.live().filter(locale__language_code="nb").first()
    publish(lambda: article.save_revision().publish())
    run_tasks()
    assert [request["path"] for request in receiver.requests] == ["/hooks"]
    assert Delivery.objects.get(subscriber=subscriber).status == "retrying"


@pytest.mark.parametrize(
    "url",
    [
        "https://127.0.0.1/hooks",
        "https://localhost:8443/hooks",
        "https://10.1.2.3/",
        "https://192.168.0.10/",
        "https://169.254.169.254/latest/meta-data/",
        "https://[::1]/",
        "https://[::ffff:127.0.0.1]/",
        "https://100.64.0.1/",
        "https://0.0.0.0/",
    ],
)
def test_an_address_on_this_server_or_a_private_network_is_refused_in_production(moderator, url, settings):
    settings.WEBHOOK_ALLOW_PRIVATE = False
    response = moderator.post(
        "/admin/webhooks/new/",
        {"name": "Inni", "url": url, "types": ["page"], "events": ["published"], "active": "on"},
    )
    assert response.status_code == 200
    assert "private network" in response.content.decode() or "privat nett" in response.content.decode()
    assert not Subscriber.objects.exists()


def test_plain_http_is_refused_in_production(moderator, settings):
    settings.WEBHOOK_ALLOW_PRIVATE = False
    response = moderator.post(
        "/admin/webhooks/new/",
        {"name": "Klartekst", "url": "http://93.184.215.14/", "types": ["page"], "events": ["published"]},
    )
    assert response.status_code == 200 and not Subscriber.objects.exists()
    assert "https" in response.content.decode()


def test_an_address_that_turned_private_gets_nothing(receiver, publish, run_tasks, settings, nb):
    subscriber = subscribe(receiver.url, types=["page"])
    settings.WEBHOOK_ALLOW_PRIVATE = False  # as in production: the name now points to this machine
    article = ArticlePage.objects.live().filter(locale__language_code="nb").first()
    publish(lambda: article.save_revision().publish())
    run_tasks()
    assert receiver.requests == []
    delivery = Delivery.objects.get(subscriber=subscriber)
    assert delivery.status == "retrying" and delivery.response_code is None and delivery.error


def test_the_secret_is_shown_once_after_saving_and_never_in_a_form(moderator, public_dns):
    response = moderator.post(
        "/admin/webhooks/new/",
        {
            "name": "Bergen kommune",
            "url": "https://example.com/hooks",
            "types": ["group", "event"],
            "events": ["published", "deleted"],
            "active": "on",
        },
    )
    subscriber = Subscriber.objects.get()
    assert response.status_code == 302 and response["Location"] == f"/admin/webhooks/secret/{subscriber.pk}/"
    assert (subscriber.types, subscriber.events) == (["group", "event"], ["published", "deleted"])
    shown = moderator.get(response["Location"])
    assert subscriber.secret in shown.content.decode() and "no-store" in shown["Cache-Control"]
    assert subscriber.secret not in moderator.get(response["Location"]).content.decode()
    for address in ("/admin/webhooks/", f"/admin/webhooks/edit/{subscriber.pk}/"):
        page = moderator.get(address)
        assert page.status_code == 200 and subscriber.secret not in page.content.decode()

    # A new secret replaces the old one, shown once.
    old = subscriber.secret
    response = moderator.post(f"/admin/webhooks/secret/{subscriber.pk}/new/")
    subscriber.refresh_from_db()
    assert subscriber.secret != old and subscriber.secret in moderator.get(response["Location"]).content.decode()


def test_turning_a_subscriber_on_again_clears_its_failures(moderator, public_dns):
    subscriber = subscribe("https://example.com/hooks")
    Subscriber.objects.filter(pk=subscriber.pk).update(active=False, failures_in_row=5, turned_off_at=timezone.now())
    response = moderator.post(
        f"/admin/webhooks/edit/{subscriber.pk}/",
        {"name": "Kommunen", "url": subscriber.url, "types": ["page"], "events": ["published"], "active": "on"},
    )
    assert response.status_code == 302
    subscriber.refresh_from_db()
    assert subscriber.active and subscriber.failures_in_row == 0 and subscriber.turned_off_at is None


def test_partner_editors_have_no_part_in_webhooks(editor):
    subscriber = subscribe("https://example.com/hooks")
    for address in (
        "/admin/webhooks/",
        "/admin/webhooks/new/",
        f"/admin/webhooks/edit/{subscriber.pk}/",
        f"/admin/webhooks/secret/{subscriber.pk}/",
        f"/admin/webhooks/deliveries/{subscriber.pk}/",
        "/admin/partner-sites/",
    ):
        response = editor.get(address)
        assert response.status_code in (302, 403), address
        assert subscriber.secret not in response.content.decode()
    assert editor.post(f"/admin/webhooks/secret/{subscriber.pk}/new/").status_code in (302, 403)
    assert Subscriber.objects.get().secret == subscriber.secret
    menu = editor.get("/admin/").content.decode()
    assert "/admin/webhooks/" not in menu


def test_the_delivery_log_is_kept_for_its_days(settings):
    subscriber = subscribe("https://example.com/hooks")
    old = Delivery.objects.create(subscriber=subscriber, body="{}", status="delivered")
    Delivery.objects.filter(pk=old.pk).update(created_at=timezone.now() - timedelta(days=settings.WEBHOOK_LOG_DAYS + 1))
    recent = Delivery.objects.create(subscriber=subscriber, body="{}", status="failed")
    assert tasks.tidy_now() == 1
    assert list(Delivery.objects.values_list("pk", flat=True)) == [recent.pk]


def test_the_edit_page_leads_to_the_log_and_to_a_new_secret(moderator, public_dns):
    subscriber = subscribe("https://example.com/hooks")
    html = moderator.get(f"/admin/webhooks/edit/{subscriber.pk}/").content.decode()
    assert f'href="/admin/webhooks/deliveries/{subscriber.pk}/"' in html
    assert f'href="/admin/webhooks/secret/{subscriber.pk}/"' in html
    secret_page = moderator.get(f"/admin/webhooks/secret/{subscriber.pk}/").content.decode()
    assert subscriber.secret not in secret_page  # not right after saving: not shown
    assert f'action="/admin/webhooks/secret/{subscriber.pk}/new/"' in secret_page


def test_a_person_an_editor_hides_while_the_change_waits_for_review_reaches_the_subscriber(
    receiver, editor, own, publish, run_tasks
):
    """Hiding a person never waits for review (directory's hide_a_person_at_once): the feed and the
    webhooks must say so then, not when a moderator publishes the rest of the change."""
    subscriber = subscribe(receiver.url, types=["contact"])
    person = ContactPerson.objects.public().filter(organisation=own).first()
    url = f"/admin/snippets/directory/contactperson/edit/{person.pk}/"
    response = publish(lambda: submit(editor, url, "action-submit", show_publicly=None))
    assert response.status_code == 302
    assert editor.get(f"/api/v2/contacts/{person.pk}/").status_code == 404
    run_tasks()
    assert [json.loads(request["body"])["event"] for request in receiver.requests] == ["privacy_withdrawn"]
    request = receiver.requests[0]
    assert example("verify_webhook").verify(subscriber.secret, request["headers"], request["body"])
