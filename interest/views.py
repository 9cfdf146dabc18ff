"""The visitor's side: the interest form, the privacy notice, and the private link where a person
sees and withdraws their registration.

Nothing here is ever cached (``never_cache``: private, no-store), and what was posted is kept out of
error reports (``sensitive_post_parameters``). The private link's key is made from the form's one-time
key with the site's secret (``models.link_key``), so the same form sent twice leads to the same
registration and link.
"""

from django.conf import settings
from django.core.cache import cache
from django.db import IntegrityError, transaction
from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import get_random_string, salted_hmac
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters
from django.views.decorators.http import require_http_methods, require_POST, require_safe
from wagtail.models import Locale

from core.languages import SOURCE_FORM, current_form
from core.models import Topic
from core.text import is_number

from . import matching, tasks
from .forms import InterestForm, joinable_group
from .models import InterestRegistration, hash_token, link_key

MAX_BODY = 20_000  # bytes: the form with every field full is far less


def content_length(request):
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0  # as Django reads it: no body


def over_rate_limit(request):
    """At most ``INTEREST_RATE_LIMIT`` registrations an hour from one address (kept as a hash)."""
    address = request.META.get("REMOTE_ADDR", "")
    key = "interest:rate:" + salted_hmac("interest.rate-limit", address, algorithm="sha256").hexdigest()[:32]
    cache.add(key, 0, 60 * 60)
    try:
        count = cache.incr(key)
    except ValueError:  # expired between add and incr
        cache.set(key, 1, 60 * 60)
        count = 1
    return count > settings.INTEREST_RATE_LIMIT


def form_context(form, **extra):
    # In the order of the fields on the page (errors found in clean() come after the fields' own).
    errors = [
        {"field_id": f"id_{name}", "message": message} for name in form.fields for message in form.errors.get(name, [])
    ]
    return {
        "form": form,
        "errors": errors,
        "has_errors": bool(errors),
        "retention_months": retention_months(),
        **extra,
    }


def retention_months():
    return max(1, round(settings.INTEREST_RETENTION_DAYS / 30.4))


@never_cache
@sensitive_post_parameters()
@require_http_methods(["GET", "HEAD", "POST"])
def register(request):
    locale = Locale.objects.get(language_code=current_form())
    if request.method != "POST":
        # Links from a group card or the directory fill in what they know (the form checks it on sending).
        group_id = request.GET.get("gruppe", "")
        group = joinable_group(int(group_id)) if is_number(group_id) and len(group_id) < 12 else None
        initial = {
            "submission_key": get_random_string(40),
            "wish": "join",
            "topic": request.GET.get("tema", "")[:80],
            "postal_code": request.GET.get("postnummer", "")[:10],
            "group": group.pk if group else None,
        }
        form = InterestForm(initial=initial, locale_id=locale.pk)
        return render(request, "interest/register.html", form_context(form, group=group))

    if content_length(request) > MAX_BODY:
        return render(request, "interest/refused.html", {"reason": "size"}, status=400)
    form = InterestForm(request.POST, locale_id=locale.pk)
    if form.spam:
        # Answered as if received, so a robot learns nothing; nothing is stored or sent.
        return render(request, "interest/refused.html", {"reason": "received"})
    if not form.is_valid():
        return render(request, "interest/register.html", form_context(form, group=form.chosen_group), status=400)
    key = form.cleaned_data["submission_key"]
    token = link_key(key)
    if InterestRegistration.objects.filter(submission_key=key).exists():
        return redirect(reverse("interest:mine", args=[token]) + "?mottatt=1")  # sent twice: the same one
    if over_rate_limit(request):
        return render(request, "interest/refused.html", {"reason": "rate"}, status=429)
    try:
        registration = save(form, token)
    except IntegrityError:  # the same form sent twice at once
        pass
    else:
        transaction.on_commit(lambda: send_mails(registration.pk))
    return redirect(reverse("interest:mine", args=[token]) + "?mottatt=1")


@transaction.atomic
def save(form, token):
    data = form.cleaned_data
    topic = data["topic_object"]
    group = form.chosen_group
    if topic is None and group is not None:
        link = group.topic_links.select_related("topic").first()
        topic = link.topic if link is not None else None
    if topic is not None:
        topic = Topic.by_slug(SOURCE_FORM).get(topic.slug, topic)  # stored once, in bokmål
    registration = InterestRegistration.objects.create(
        wish=data["wish"],
        topic=topic,
        group=group,
        municipality=form.place,
        postal_code=form.postal_code,
        name=data["name"].strip(),
        email=data["email"],
        phone=data["phone"],
        message=data["message"].strip(),
        language=current_form(),
        consent_given_at=timezone.now(),
        token_hash=hash_token(token),
        submission_key=data["submission_key"],
    )
    registration.organisations.set(matching.recipients(registration))
    return registration


def send_mails(registration_id):
    tasks.send_confirmation.enqueue(registration_id)
    tasks.tell_organisations.enqueue(registration_id)


def registration_for(token):
    if len(token) > 100:
        raise Http404
    registration = (
        InterestRegistration.objects.filter(token_hash=hash_token(token))
        .select_related("topic", "municipality", "group", "placed_in")
        .first()
    )
    if registration is None:
        raise Http404
    return registration


@never_cache
@require_safe
def mine(request, token):
    registration = registration_for(token)
    topic = registration.topic
    if topic is not None:
        topic = Topic.by_slug(current_form()).get(topic.slug, topic)
    return render(
        request,
        "interest/mine.html",
        {
            "registration": registration,
            "topic": topic,
            "organisations": list(registration.organisations.order_by("name")),
            "received": "mottatt" in request.GET,
            "token": token,
        },
    )


@never_cache
@require_POST
def withdraw(request, token):
    registration = registration_for(token)
    tasks.delete_registrations(InterestRegistration.objects.filter(pk=registration.pk))
    return render(request, "interest/withdrawn.html")


@never_cache
@require_safe
def privacy(request):
    return render(
        request,
        "interest/privacy.html",
        {"retention_months": retention_months(), "contact_email": settings.SITE_CONTACT_EMAIL},
    )
