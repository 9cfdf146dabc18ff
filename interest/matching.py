"""Who a registration goes to, and when enough people wait for a group.

A registration goes to the public organisations that cover its place and work on its topic: those
serving its municipality, its county, or the whole country, as the directory lists them for that
place. A registration about one group goes to that group's organisation only.

When ``INTEREST_GROUP_THRESHOLD`` (6) open registrations share a topic and a municipality, the
covering organisations are told once; where people are few (fewer in the municipality), the county
counts instead.
"""

from django.conf import settings

from directory.models import Organisation
from directory.models.filters import DirectoryFilters

from .models import GroupNotice, InterestRegistration


def covering_organisations(municipality, topic):
    """The organisations the directory lists for ``municipality`` and ``topic`` (local, county-wide and
    national ones working on the topic): they all get it."""
    filters = DirectoryFilters({}, locale_id=None, municipalities=[municipality], topic=topic)
    return Organisation.objects.filter(pk__in=filters.queryset().values("pk"))


def recipients(registration):
    if registration.group_id is not None:
        return Organisation.objects.filter(pk=registration.group.organisation_id)
    return covering_organisations(registration.municipality, registration.topic)


def waiting(topic, municipality=None, county=None):
    registrations = InterestRegistration.objects.open().filter(topic__slug=topic.slug)
    if municipality is not None:
        return registrations.filter(municipality=municipality)
    return registrations.filter(municipality__county=county)


def enough_for_a_group(registration):
    """[(organisation, place)] to tell that enough people wait, where not told before. ``place`` is the
    municipality, or the county where the municipality alone has too few."""
    topic = registration.topic
    if topic is None:
        return []
    threshold = settings.INTEREST_GROUP_THRESHOLD
    municipality = registration.municipality
    if waiting(topic, municipality=municipality).count() >= threshold:
        place = {"municipality": municipality, "county": None}
    elif waiting(topic, county=municipality.county).count() >= threshold:
        place = {"municipality": None, "county": municipality.county}
    else:
        return []
    told = GroupNotice.objects.filter(topic__slug=topic.slug, **place).values("organisation_id")
    return [(organisation, place) for organisation in covering_organisations(municipality, topic).exclude(pk__in=told)]


def forget_passed_notices():
    """Notices for a topic and place where fewer than the threshold wait now: a new wave is told again."""
    threshold = settings.INTEREST_GROUP_THRESHOLD
    for notice in GroupNotice.objects.select_related("topic"):
        if waiting(notice.topic, municipality=notice.municipality, county=notice.county).count() < threshold:
            notice.delete()
