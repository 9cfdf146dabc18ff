"""schema.org descriptions of groups and meetings for search engines (JSON-LD in their pages).

A group is an ``EventSeries``: free, regular meetings with a start date and a place (or online). A
meeting is an ``Event``. Only what the page itself shows is described; the starter (a person) is left
out, as are registrations, which are never public.
"""

import json

from .groups import Event, SelfHelpGroup, over_at

ONLINE = "https://schema.org/OnlineEventAttendanceMode"
OFFLINE = "https://schema.org/OfflineEventAttendanceMode"


def to_jsonld(data):
    # Escape "<" so the JSON can never close the script element it sits in.
    return json.dumps(data, ensure_ascii=False).replace("<", "\\u003c")


def location(record):
    if record.digital:
        return {"@type": "VirtualLocation", "name": "Digital"}
    place = {"@type": "Place", "name": record.place or record.municipality.name}
    place["address"] = {
        "@type": "PostalAddress",
        "addressLocality": record.municipality.name,
        "addressCountry": "NO",
    }
    if record.place:
        place["address"]["streetAddress"] = record.place
    return place


def organiser(organisation, directory_url):
    return {
        "@type": "Organization",
        "name": organisation.local_name,
        "url": f"{directory_url}{organisation.slug}/",
    }


def group_jsonld(group: SelfHelpGroup, directory_url):
    data = {
        "@context": "https://schema.org",
        "@type": "EventSeries",
        "name": group.local_name,
        "description": group.local_description,
        "url": f"{directory_url}grupper/{group.pk}/",
        "eventAttendanceMode": ONLINE if group.digital else OFFLINE,
        "isAccessibleForFree": True,
        "location": location(group),
        "organizer": organiser(group.organisation, directory_url),
        "maximumAttendeeCapacity": group.size,
    }
    if group.starts_on:
        data["startDate"] = group.starts_on.isoformat()
    if group.ends_on:
        data["endDate"] = group.ends_on.isoformat()
    return data


def event_jsonld(event: Event, directory_url):
    return {
        "@context": "https://schema.org",
        "@type": "Event",
        "name": event.local_title,
        "description": event.local_description,
        "url": f"{directory_url}moter/{event.pk}/",
        "startDate": event.starts_at.isoformat(),
        "endDate": over_at(event).isoformat(),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": ONLINE if event.digital else OFFLINE,
        "isAccessibleForFree": True,
        "location": location(event),
        "organizer": organiser(event.organisation, directory_url),
    }
