"""The demo's directory: topics, fictional organisations and contact persons, and the partner editors
who may edit only their own organisation and section."""

import os
from datetime import date

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.utils.text import slugify
from wagtail.models import GroupPagePermission

from core.models import Topic
from directory.models import ContactPerson, County, Municipality, Organisation, OrganisationTopic, PostalCode
from directory.partners import ensure_partner_rights
from home.models import SectionPage

from .data import load

CONTENT = load("content")
DIRECTORY = load("directory")
DEMO_CONSENT_DATE = date(2026, 9, 1)
DEMO_VERIFIED_DATE = date(2026, 10, 15)


class DirectoryContent:
    def ensure_topics(self):
        topics = {}
        for row in CONTENT["topics"]:
            slug, name, description = row["slug"], row["name"], row["description"]
            topic = Topic.objects.filter(slug=slug, locale=self.nb).first()
            if topic is None:
                topic = Topic.objects.create(slug=slug, name=name["nb"], description=description["nb"], locale=self.nb)
                self.created += 1
            if not Topic.objects.filter(translation_key=topic.translation_key, locale=self.nn).exists():
                translation = topic.copy_for_translation(self.nn)
                translation.name = name["nn"]
                translation.description = description["nn"]
                translation.save()
                self.created += 1
            topics[slug] = topic
        return topics

    def organisation_texts(self, row, form):
        kind = row["type"]
        phrase = DIRECTORY["topic_phrases"][row["topics"][0]][form]
        description = DIRECTORY["descriptions"][kind][form]
        texts = {
            "name": row["name"][form],
            "short_description": description.format(place=self.place_for(row), topic_nb=phrase, topic_nn=phrase),
            "how_to_take_part": f"<p>{DIRECTORY['how_to_take_part'][kind][form]}</p>",
            "meeting_info": "",
        }
        if kind in ("self_help_group", "volunteer_centre"):
            meetings = DIRECTORY["meetings"]
            texts["meeting_info"] = meetings[sum(map(ord, row["slug"])) % len(meetings)][form]
        return texts

    def place_for(self, row):
        served = row["served"]
        if row["service_area"] == "counties":
            return " og ".join(County.objects.get(number=number).name for number in served)
        if row["service_area"] == "municipalities" and len(served) > 1:
            return "Hallingdal"
        return (
            PostalCode.objects.select_related("municipality").get(code=row["postal_code"]).municipality.name_norwegian
        )

    def ensure_organisations(self):
        organisations = {}
        for row in DIRECTORY["organisations"]:
            slug, area, served = row["slug"], row["service_area"], row["served"]
            organisation = Organisation.objects.filter(slug=slug).first()
            if organisation is None:
                number = len(organisations) + 1
                texts = self.organisation_texts(row, "nb")
                nynorsk = self.organisation_texts(row, "nn")
                organisation = Organisation(
                    slug=slug,
                    organisation_type=row["type"],
                    service_area=area,
                    visiting_address=f"Demoveien {number}",
                    visiting_postal_code=PostalCode.objects.get(code=row["postal_code"]),
                    phone=f"000 00 {number:03d}",
                    email=f"post@{slug}.example",
                    website=f"https://{slug}.example/",
                    active=row.get("active", True),
                    last_verified=DEMO_VERIFIED_DATE,
                    live=False,
                    **texts,
                    # Only a text that really differs is written twice; an empty one shows the bokmål.
                    **{f"{field}_nn": text for field, text in nynorsk.items() if text != texts[field]},
                )
                if area == "counties":
                    organisation.served_counties = list(County.objects.filter(number__in=served))
                elif area == "municipalities":
                    organisation.served_municipalities = list(Municipality.objects.filter(number__in=served))
                for topic_slug in row["topics"]:
                    organisation.topic_links.add(OrganisationTopic(topic=self.topics[topic_slug]))
                organisation.save()
                organisation.save_revision().publish()
                self.created += 1
            organisations[slug] = organisation
        return organisations

    def ensure_contact_persons(self):
        """Two people per organisation. Some have not given consent or are switched off: they exist in
        the admin but are never shown."""
        number = 0
        first_names, last_names = DIRECTORY["first_names"], DIRECTORY["last_names"]
        for slug, organisation in self.organisations.items():
            for index, role in enumerate(DIRECTORY["roles"][organisation.organisation_type]):
                number += 1
                first = first_names[number % len(first_names)]
                last = last_names[(number * 7) % len(last_names)]
                name = f"{first} {last}"
                person = ContactPerson.objects.filter(organisation=organisation, sort_order=index).first()
                if person is None:
                    local_part = "post" if index == 0 else slugify(first.replace("å", "aa")).replace("-", "")
                    person = ContactPerson.objects.create(
                        organisation=organisation,
                        name=name,
                        role=role["nb"],
                        role_nn=role["nn"] if role["nn"] != role["nb"] else "",
                        email=f"{local_part}@{slug}.example",
                        phone=f"000 01 {number:03d}",
                        sort_order=index,
                        consent_given_on=None if number % 7 == 0 else DEMO_CONSENT_DATE,
                        show_publicly=number % 11 != 0,
                        live=False,
                    )
                    person.save_revision().publish()
                    self.created += 1

    def editor_organisations(self):
        return [editor["organisation"] for editor in DIRECTORY["editors"]]

    def editor_group_name(self, slug):
        return f"Redaktører: {self.organisations[slug].name}"

    def ensure_editor_groups(self):
        """One group per partner organisation: it may edit that organisation, its contact persons and
        the pages of its own section."""
        for slug in self.editor_organisations():
            organisation = self.organisations[slug]
            group, _created = Group.objects.get_or_create(name=self.editor_group_name(slug))
            Organisation.objects.filter(pk=organisation.pk).update(editor_group=group)
            organisation.refresh_from_db()
            ensure_partner_rights(organisation)  # a partner editor's rights, its own images and documents
            for section in SectionPage.objects.filter(translation_key=self.editor_sections[slug].translation_key):
                for codename in ("add_page", "change_page"):
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=section, permission=Permission.objects.get(codename=codename)
                    )

    def ensure_editor_accounts(self):
        """Two demo editors, one per partner (local use only)."""
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "selvhjelp-demo")
        User = get_user_model()
        for editor in DIRECTORY["editors"]:
            username, slug = editor["username"], editor["organisation"]
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(username, f"{username}@selvhjelp.example", password)
                self.stdout.write(f"Created the demo editor “{username}” for {self.organisations[slug].name}.")
            user.groups.add(Group.objects.get(name=self.editor_group_name(slug)))
