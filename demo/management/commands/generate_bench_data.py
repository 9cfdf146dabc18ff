"""A scaled, fictional data set for `make bench`: 500 articles in both written forms, 5,000
organisations and 20,000 contact persons (one record each, with its nynorsk texts).

Deterministic (the same numbers give the same rows) and fast: organisations and people are written
in bulk, pages with treebeard one by one. Runs on top of the demo content (its home pages, topics and
images); run it once on a fresh database, it refuses to run twice.
"""

import random
import uuid
from datetime import date

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale

from core.models import Topic
from demo.data import load
from directory.models import ContactPerson, Municipality, Organisation, OrganisationTopic
from home.models import ArticlePage, HomePage, SectionPage
from pagecache.invalidation import invalidate_everything

SEED = 2026
BENCH_SLUG = "ytelsestest"
BENCH = load("bench")
TYPES, THEMES, PARAGRAPHS = BENCH["types"], BENCH["themes"], BENCH["paragraphs"]
FIRST, LAST = BENCH["first_names"], BENCH["last_names"]


class Command(BaseCommand):
    help = "Generate the scaled benchmark data set (500 articles x 2 forms, 5,000 organisations, 20,000 people)."

    def add_arguments(self, parser):
        parser.add_argument("--articles", type=int, default=500)
        parser.add_argument("--organisations", type=int, default=5000)
        parser.add_argument("--people", type=int, default=20000)
        parser.add_argument("--if-missing", action="store_true", help="Do nothing when the data set is there.")

    def handle(self, *args, articles, organisations, people, if_missing=False, **options):
        if SectionPage.objects.filter(slug=BENCH_SLUG + "-1").exists():
            if if_missing:
                self.stdout.write("The benchmark data set is already there.")
                return
            raise CommandError("The benchmark data set is already there.")
        self.random = random.Random(SEED)  # noqa: S311 - repeatable test data, not secrets
        self.nb = Locale.objects.get(language_code="nb")
        self.nn = Locale.objects.get(language_code="nn")
        with transaction.atomic():
            orgs = self.organisations(organisations)
            self.people(orgs, people)
            self.articles(articles, orgs)
        invalidate_everything()
        self.stdout.write(
            f"Benchmark data: {articles} articles in nb and nn, {organisations} organisations and "
            f"{people} contact persons."
        )

    # --- Directory -------------------------------------------------------------------------------
    def organisations(self, count):
        """``count`` organisations, one record each with a nynorsk name (as an editor would write it)."""
        municipalities = list(Municipality.objects.select_related("county").order_by("number"))
        topics = list(Topic.objects.filter(locale=self.nb).order_by("pk"))
        now = timezone.now()
        rows, areas = [], []
        for number in range(1, count + 1):
            municipality = municipalities[self.random.randrange(len(municipalities))]
            share = self.random.random()
            area = "national" if share < 0.02 else "counties" if share < 0.22 else "municipalities"
            theme = THEMES[number % len(THEMES)]
            rows.append(
                Organisation(
                    name=f"Selvhjelpsgruppe {theme} {municipality.name} {number}",
                    name_nn=f"Sjølvhjelpsgruppe {theme} {municipality.name} {number}",
                    slug=f"test-{theme}-{number}",
                    organisation_type=TYPES[number % len(TYPES)],
                    short_description=PARAGRAPHS["nb"][number % 4],
                    short_description_nn=PARAGRAPHS["nn"][number % 4],
                    municipality=municipality,
                    service_area=area,
                    phone=f"000 {number:05d}",
                    email=f"post{number}@test.example",
                    active=True,
                    live=True,
                    first_published_at=now,
                    last_published_at=now,
                    last_verified=date(2026, 1 + number % 12, 1 + number % 28),
                )
            )
            areas.append((area, municipality))
        Organisation.objects.bulk_create(rows, batch_size=2000)
        created = list(Organisation.objects.filter(slug__startswith="test-").order_by("pk"))
        through_m = Organisation.served_municipalities.through
        through_c = Organisation.served_counties.through
        served_municipalities, served_counties, topic_links = [], [], []
        for organisation, (area, municipality) in zip(created, areas, strict=True):
            if area == "municipalities":
                served_municipalities.append(
                    through_m(organisation_id=organisation.pk, municipality_id=municipality.pk)
                )
            elif area == "counties":
                served_counties.append(through_c(organisation_id=organisation.pk, county_id=municipality.county_id))
            topic = topics[organisation.pk % len(topics)]
            topic_links.append(OrganisationTopic(organisation=organisation, topic=topic, sort_order=0))
        through_m.objects.bulk_create(served_municipalities, batch_size=5000)
        through_c.objects.bulk_create(served_counties, batch_size=5000)
        OrganisationTopic.objects.bulk_create(topic_links, batch_size=5000)
        return created

    def people(self, organisations, count):
        rows = []
        for number in range(1, count + 1):
            rows.append(
                ContactPerson(
                    organisation=organisations[number % len(organisations)],
                    name=f"{FIRST[number % len(FIRST)]} {LAST[(number * 7) % len(LAST)]}",
                    role="Kontaktperson",  # the same word in bokmål and nynorsk
                    email=f"person{number}@test.example",
                    phone=f"000 {number:05d}",
                    sort_order=number % 5,
                    consent_given_on=date(2026, 1, 1 + number % 28),
                    show_publicly=number % 5 != 0,
                    live=True,
                )
            )
        ContactPerson.objects.bulk_create(rows, batch_size=5000)

    # --- Pages -----------------------------------------------------------------------------------
    def articles(self, count, orgs):
        image = get_image_model().objects.order_by("pk").first()
        topics = {locale.pk: list(Topic.objects.filter(locale=locale).order_by("pk")) for locale in (self.nb, self.nn)}
        per_section = 50
        sections = (count + per_section - 1) // per_section
        for locale in (self.nb, self.nn):
            home = HomePage.objects.get(locale=locale)
            language = locale.language_code
            section_keys = [uuid.UUID(int=SEED * 1000 + number) for number in range(sections)]
            for index in range(sections):
                section = SectionPage(
                    title=f"Ytelsestest {index + 1}",
                    slug=f"{BENCH_SLUG}-{index + 1}",
                    intro=PARAGRAPHS[language][index % 4],
                    locale=locale,
                    translation_key=section_keys[index],
                    show_in_menus=False,
                    listing_image=image,
                )
                home.add_child(instance=section)
                for offset in range(per_section):
                    number = index * per_section + offset
                    if number >= count:
                        break
                    organisation = orgs[number]
                    paragraphs = PARAGRAPHS[language]
                    body = [{"type": "paragraph", "value": f"<p>{paragraphs[(number + k) % 4]}</p>"} for k in range(4)]
                    body.insert(2, {"type": "image", "value": {"image": image.pk, "alt_text": "", "decorative": True}})
                    body.append({"type": "organisation_card", "value": {"organisation": organisation.pk}})
                    article = ArticlePage(
                        title=f"Artikkel {number + 1}" if language == "nb" else f"Artikkel nr. {number + 1}",
                        slug=f"artikkel-{number + 1}",
                        intro=paragraphs[number % 4],
                        audience="everyone",
                        locale=locale,
                        translation_key=uuid.UUID(int=SEED * 100000 + number),
                        listing_image=image,
                        organisation=organisation,
                        body=body,
                        first_published_at=timezone.now(),
                    )
                    section.add_child(instance=article)
                    local_topics = topics[locale.pk]
                    article.topic_links.create(
                        topic=local_topics[number % len(local_topics)], locale=locale, sort_order=0
                    )
