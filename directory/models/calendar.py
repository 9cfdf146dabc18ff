"""Coming meetings as iCalendar (RFC 5545) feeds that calendar programs subscribe to: per organisation
(?organisasjon=slug), place (?postnummer=, ?kommune=, ?fylke=) and topic (?tema=), in the written form
of the directory page they are under. A wrong parameter is a 400 that names it."""

from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, vText
from icalendar import Event as CalendarEvent

from .filters import DirectoryFilters
from .groups import Event, over_at, shown_until
from .organisations import Organisation

FEED_PARAMETERS = {"organisasjon", "postnummer", "kommune", "fylke", "tema"}


def calendar_response(request, directory_page):
    unknown = sorted(set(request.GET) - FEED_PARAMETERS)
    if unknown:
        return bad_request(_("Unknown parameter: %(name)s") % {"name": unknown[0][:40]})
    filters = DirectoryFilters(request.GET, directory_page.locale_id)
    if filters.errors:
        name = next(iter(filters.errors))
        return bad_request(
            _("%(name)s: we do not know the value “%(value)s”.") % {"name": name, "value": request.GET[name][:40]}
        )
    events = filters.events()
    name = _("Upcoming meetings")
    slug = request.GET.get("organisasjon", "").strip()
    if slug:
        organisation = Organisation.objects.public().filter(slug=slug[:150]).first()
        if organisation is None:
            return bad_request(_("We do not know the organisation “%(slug)s”.") % {"slug": slug[:150]})
        events = events.filter(organisation=organisation)
        name = f"{name}: {organisation.local_name}"
    events = list(events[:200])
    shown_until(request, events)
    directory_url = directory_page.get_full_url(request)
    response = HttpResponse(feed(events, name, directory_url), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = 'inline; filename="moter.ics"'
    return response


def where(event):
    if event.digital:
        return _("Digital")
    return ", ".join(part for part in (event.place, event.municipality.name if event.municipality else "") if part)


def bad_request(message):
    return HttpResponse(message, status=400, content_type="text/plain; charset=utf-8")


def feed(events: list[Event], name, directory_url):
    calendar = Calendar()
    calendar.add("prodid", "-//Selvhjelp i Norge//Moter//NO")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", name)
    calendar.add("method", "PUBLISH")
    stamp = timezone.now()
    for event in events:
        entry = CalendarEvent()
        entry.add("uid", f"event-{event.pk}@selvhjelp")
        entry.add("dtstamp", stamp)
        entry.add("dtstart", event.starts_at)
        entry.add("dtend", over_at(event))
        entry.add("summary", event.local_title)
        entry.add("description", event.local_description)
        entry.add("location", vText(where(event)))
        entry.add("url", f"{directory_url}moter/{event.pk}/")
        if event.organisation.email:
            entry.add(
                "organizer", f"mailto:{event.organisation.email}", parameters={"cn": event.organisation.local_name}
            )
        if event.last_published_at:
            entry.add("last-modified", event.last_published_at)
        calendar.add_component(entry)
    return calendar.to_ical()
