"""The demo's groups (one in every status), meetings in the coming weeks and a few interest
registrations, all fictional. Dates are counted from the day the demo is loaded."""

from datetime import datetime, time, timedelta

from django.utils import timezone
from django.utils.crypto import get_random_string

from directory.models import ContactPerson, Event, EventTopic, GroupTopic, Municipality, PostalCode, SelfHelpGroup
from interest.matching import recipients
from interest.models import InterestRegistration, hash_token, link_key

from .data import load

DIRECTORY = load("directory")


def nynorsk_if_different(text):
    return text["nn"] if text["nn"] != text["nb"] else ""


class GroupContent:
    def ensure_groups_and_events(self):
        today = timezone.localdate()
        municipalities = {m.number: m for m in Municipality.objects.all()}
        for row in DIRECTORY.get("groups", []):
            organisation = self.organisations[row["organisation"]]
            if SelfHelpGroup.objects.filter(organisation=organisation, name=row["name"]["nb"]).exists():
                continue
            days = row.get("starts_in_days")
            group = SelfHelpGroup(
                organisation=organisation,
                name=row["name"]["nb"],
                name_nn=nynorsk_if_different(row["name"]),
                description=row["description"]["nb"],
                description_nn=nynorsk_if_different(row["description"]),
                status=row["status"],
                starts_on=today + timedelta(days=days) if days is not None else None,
                rhythm=row["rhythm"]["nb"],
                rhythm_nn=nynorsk_if_different(row["rhythm"]),
                digital=row.get("digital", False),
                municipality=municipalities.get(row.get("municipality")),
                place=row.get("place", ""),
                size=row.get("size", 8),
                audience=row["audience"],
                age_group=row["age_group"],
                starter=ContactPerson.objects.public().filter(organisation=organisation).first()
                if row.get("starter")
                else None,
                live=False,
            )
            group.topic_links = [GroupTopic(topic=self.topics[slug]) for slug in row["topics"]]
            group.save()
            group.save_revision().publish()
            self.created += 1
        for row in DIRECTORY.get("events", []):
            organisation = self.organisations[row["organisation"]]
            if Event.objects.filter(organisation=organisation, title=row["title"]["nb"]).exists():
                continue
            hour, minute = map(int, row["time"].split(":"))
            starts_at = timezone.make_aware(
                datetime.combine(today + timedelta(days=row["in_days"]), time(hour, minute))
            )
            sign_up_info = row.get("sign_up_info", {"nb": "", "nn": ""})
            event = Event(
                organisation=organisation,
                kind=row["kind"],
                title=row["title"]["nb"],
                title_nn=nynorsk_if_different(row["title"]),
                description=row["description"]["nb"],
                description_nn=nynorsk_if_different(row["description"]),
                starts_at=starts_at,
                ends_at=starts_at + timedelta(minutes=row["minutes"]),
                digital=row.get("digital", False),
                municipality=municipalities.get(row.get("municipality")),
                place=row.get("place", ""),
                sign_up=row["sign_up"],
                sign_up_info=sign_up_info["nb"],
                sign_up_info_nn=nynorsk_if_different(sign_up_info),
                live=False,
            )
            event.topic_links = [EventTopic(topic=self.topics[slug]) for slug in row["topics"]]
            event.save()
            event.save_revision().publish()
            self.created += 1

    def ensure_registrations(self):
        """A few registrations waiting for the demo editors (nobody has their private links)."""
        if InterestRegistration.objects.exists():
            return
        for row in DIRECTORY.get("registrations", []):
            postal_code = PostalCode.objects.select_related("municipality").get(code=row["postal_code"])
            registration = InterestRegistration.objects.create(
                wish=row["wish"],
                topic=self.topics[row["topic"]],
                municipality=postal_code.municipality,
                postal_code=postal_code,
                name=row["name"],
                email=row.get("email", ""),
                phone=row.get("phone", ""),
                message=row["message"],
                consent_given_at=timezone.now(),
                token_hash=hash_token(link_key(key := get_random_string(40))),
                submission_key=key,
            )
            registration.organisations.set(recipients(registration))
            self.created += 1
