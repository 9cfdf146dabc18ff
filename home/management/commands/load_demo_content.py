"""Build the demo site: nb tree, nn translations through wagtail-localize, topics, images, a brochure.

Idempotent: whatever already exists (found by slug or title) is left alone, so a second run changes
nothing.
"""

import os
from datetime import date
from urllib.parse import urlsplit

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.text import slugify
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import GroupPagePermission, Locale, Page, Site
from wagtail_localize.models import LocaleSynchronization, StringSegment, StringTranslation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.synctree import synchronize_tree

from core.languages import text_in_form
from directory.models import (
    ContactPerson,
    County,
    DirectoryPage,
    Municipality,
    Organisation,
    OrganisationTopic,
    PostalCode,
    Topic,
)
from home.demo import content
from home.demo import organisations as demo_orgs
from home.demo.content import pick
from home.demo.media import draw_illustration, make_pdf
from home.models import ArticlePage, ArticlePageTopic, HomePage, SectionPage
from pagecache.invalidation import invalidate_everything

DEMO_ADMIN_USERNAME = "admin"
DEMO_CONSENT_DATE = date(2026, 9, 1)
DEMO_VERIFIED_DATE = date(2026, 10, 15)
# Fields whose nynorsk text the demo provides (the rest is synchronised from bokmål).
TRANSLATED_FIELDS = {
    "title", "slug", "intro", "hero_heading", "hero_text", "age_group", "body",
    "name", "short_description", "how_to_take_part", "meeting_info", "role",
}  # fmt: skip


def stream_data(raw):
    """Body data in the form Wagtail saves: every block and list item with an id.

    wagtail-localize addresses each translatable string by these ids, so list items need them too.
    """
    stream = ArticlePage._meta.get_field("body").to_python(raw)
    for child in stream:
        child.value  # noqa: B018 (converts the lazy raw block, so that get_prep_value re-serialises it)
    return stream.get_prep_value()


class Command(BaseCommand):
    help = "Load the demo content (bokmål pages with nynorsk translations). Safe to run again."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-admin",
            action="store_true",
            help="Also create the local demo administrator (for local use only).",
        )

    def handle(self, *args, with_admin=False, **options):
        self.created = 0
        with transaction.atomic():
            self.nb, self.nn = self.ensure_locales()
            self.home = self.ensure_home()
            self.topics = self.ensure_topics()
            self.images = self.ensure_images()
            self.brochure = self.ensure_brochure()
            call_command("load_places", verbosity=0)
            self.organisations = self.ensure_organisations()
            self.ensure_contact_persons()
            sections = self.ensure_sections()
            directory_page = self.ensure_directory_page()
            self.editor_sections = self.ensure_editor_sections()
            articles = self.ensure_articles(sections)
            self.resolve_links(articles)
        # Translation publishing runs in on_commit hooks: the nb tree must be committed first.
        with transaction.atomic():
            synchronize_tree(self.nb, self.nn)
        self.translate(self.home, pick(content.HOME, "nn"))
        self.translate(directory_page, pick(demo_orgs.DIRECTORY_PAGE, "nn"))
        for slug, section in self.editor_sections.items():
            name = text_in_form(self.organisations[slug], "name", "nn")
            intro = demo_orgs.EDITOR_SECTION_INTRO.nn.format(name=name)
            self.translate(section, {"title": name, "slug": slug, "intro": intro})
        for section, data in zip(sections, content.SECTIONS, strict=True):
            self.translate(section, pick(data, "nn"))
        for article, data in zip(articles, content.ARTICLES, strict=True):
            if data.get("translate", True):
                self.translate(article, pick(data, "nn"))
        self.ensure_editor_groups()
        if with_admin:
            self.ensure_admin()
            self.ensure_editor_accounts()
        invalidate_everything()  # pages cached before the load
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({self.created} new objects and translations)."))

    # --- Locales and tree -------------------------------------------------------------------
    def ensure_locales(self):
        nb, _ = Locale.objects.get_or_create(language_code="nb")
        nn, _ = Locale.objects.get_or_create(language_code="nn")
        LocaleSynchronization.objects.get_or_create(locale=nn, defaults={"sync_from": nb})
        return nb, nn

    def ensure_home(self):
        home = HomePage.objects.filter(locale=self.nb).first()
        values = pick(content.HOME, "nb")
        if home is None:
            root = Page.get_first_root_node()
            home = root.add_child(
                instance=HomePage(
                    title=values["title"],
                    slug="home",
                    locale=self.nb,
                    hero_heading=values["hero_heading"],
                    hero_text=values["hero_text"],
                )
            )
            home.save_revision().publish()
            self.created += 1
        elif home.hero_heading != values["hero_heading"] and home.latest_revision_id is None:
            # The migration's placeholder home page: give it the demo text once.
            for field in ("title", "hero_heading", "hero_text"):
                setattr(home, field, values[field])
            home.save_revision().publish()
            self.created += 1
        if home.latest_revision_id is None:
            home.save_revision().publish()
        # Full URLs (canonical, hreflang, sitemap) are built from the default site's address.
        address = urlsplit(os.environ.get("DEMO_SITE_URL", "http://127.0.0.1:8000"))
        wanted = {
            "hostname": address.hostname,
            "port": address.port or (443 if address.scheme == "https" else 80),
            "root_page": home,
            "site_name": values["title"],
        }
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            Site.objects.create(is_default_site=True, **wanted)
        elif any(getattr(site, key) != value for key, value in wanted.items()):
            for key, value in wanted.items():
                setattr(site, key, value)
            site.save()
        # Wagtail's welcome page, if the migration left it, has no place in this tree.
        Page.objects.filter(depth=2, content_type__model="page", slug="home").delete()
        return home

    def ensure_topics(self):
        topics = {}
        for slug, name, description in content.TOPICS:
            topic = Topic.objects.filter(slug=slug, locale=self.nb).first()
            if topic is None:
                topic = Topic.objects.create(slug=slug, name=name.nb, description=description.nb, locale=self.nb)
                self.created += 1
            if not Topic.objects.filter(translation_key=topic.translation_key, locale=self.nn).exists():
                translation = topic.copy_for_translation(self.nn)
                translation.name = name.nn
                translation.description = description.nn
                translation.save()
                self.created += 1
            topics[slug] = topic
        return topics

    def ensure_images(self):
        Image = get_image_model()
        images = {}
        for key, title, palette in content.IMAGES:
            image = Image.objects.filter(title=title).first()
            if image is None:
                data = draw_illustration(key, palette)
                image = Image(title=title)
                image.file = ImageFile(ContentFile(data), name=f"demo-{key}.png")
                image.save()
                self.created += 1
            images[key] = image
        return images

    def ensure_brochure(self):
        Document = get_document_model()
        data = content.BROCHURE
        document = Document.objects.filter(title=data["title"]).first()
        if document is None:
            document = Document(title=data["title"])
            document.file = ContentFile(make_pdf(data["heading"], data["lines"]), name=data["filename"])
            document._set_document_file_metadata()
            document.save()
            self.created += 1
        return document

    # --- Directory ----------------------------------------------------------------------------
    def organisation_texts(self, row, form):
        slug, _name_nb, _name_nn, kind, _area, served, postal, topics = row
        name = row[1] if form == "nb" else row[2]
        place = self.place_for(row)
        phrase = getattr(demo_orgs.TOPIC_PHRASES[topics[0]], form)
        description = getattr(demo_orgs.DESCRIPTIONS[kind], form)
        texts = {
            "name": name,
            "short_description": description.format(place=place, topic_nb=phrase, topic_nn=phrase),
            "how_to_take_part": f"<p>{getattr(demo_orgs.HOW_TO_TAKE_PART[kind], form)}</p>",
            "meeting_info": "",
        }
        if kind in ("self_help_group", "volunteer_centre"):
            meeting = demo_orgs.MEETINGS[sum(map(ord, slug)) % len(demo_orgs.MEETINGS)]
            texts["meeting_info"] = getattr(meeting, form)
        return texts

    def place_for(self, row):
        _slug, _nb, _nn, _kind, area, served, postal, _topics = row
        if area == "counties":
            return " og ".join(County.objects.get(number=number).name for number in served)
        if area == "municipalities" and len(served) > 1:
            return "Hallingdal"
        return PostalCode.objects.select_related("municipality").get(code=postal).municipality.name_norwegian

    def ensure_organisations(self):
        organisations = {}
        for row in demo_orgs.ORGANISATIONS:
            slug, _nb, _nn, kind, area, served, postal, topics = row
            organisation = Organisation.objects.filter(slug=slug).first()
            if organisation is None:
                number = len(organisations) + 1
                texts = self.organisation_texts(row, "nb")
                nynorsk = self.organisation_texts(row, "nn")
                organisation = Organisation(
                    slug=slug,
                    organisation_type=kind,
                    service_area=area,
                    visiting_address=f"Demoveien {number}",
                    visiting_postal_code=PostalCode.objects.get(code=postal),
                    phone=f"000 00 {number:03d}",
                    email=f"post@{slug}.example",
                    website=f"https://{slug}.example/",
                    active=slug not in demo_orgs.INACTIVE,
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
                for topic_slug in topics:
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
        for slug, organisation in self.organisations.items():
            for index, role in enumerate(demo_orgs.ROLES[organisation.organisation_type]):
                number += 1
                first = demo_orgs.FIRST_NAMES[number % len(demo_orgs.FIRST_NAMES)]
                last = demo_orgs.LAST_NAMES[(number * 7) % len(demo_orgs.LAST_NAMES)]
                name = f"{first} {last}"
                person = ContactPerson.objects.filter(organisation=organisation, sort_order=index).first()
                if person is None:
                    local_part = "post" if index == 0 else slugify(first.replace("å", "aa")).replace("-", "")
                    person = ContactPerson.objects.create(
                        organisation=organisation,
                        name=name,
                        role=role.nb,
                        role_nn=role.nn if role.nn != role.nb else "",
                        email=f"{local_part}@{slug}.example",
                        phone=f"000 01 {number:03d}",
                        sort_order=index,
                        consent_given_on=None if number % 7 == 0 else DEMO_CONSENT_DATE,
                        show_publicly=number % 11 != 0,
                        live=False,
                    )
                    person.save_revision().publish()
                    self.created += 1

    def ensure_editor_sections(self):
        """Each partner with an editor gets its own section: its part of the page tree."""
        sections = {}
        for _username, slug in demo_orgs.EDITORS:
            organisation = self.organisations[slug]
            section = SectionPage.objects.child_of(self.home).filter(slug=slug).first()
            if section is None:
                section = self.home.add_child(
                    instance=SectionPage(
                        title=organisation.name,
                        slug=slug,
                        intro=demo_orgs.EDITOR_SECTION_INTRO.nb.format(name=organisation.name),
                        show_in_menus=False,
                    )
                )
                section.save_revision().publish()
                self.created += 1
            sections[slug] = section
        return sections

    def ensure_directory_page(self):
        values = pick(demo_orgs.DIRECTORY_PAGE, "nb")
        page = DirectoryPage.objects.child_of(self.home).first()
        if page is None:
            page = self.home.add_child(
                instance=DirectoryPage(
                    title=values["title"], slug=values["slug"], intro=values["intro"], show_in_menus=True
                )
            )
            page.save_revision().publish()
            self.created += 1
        return page

    def editor_group_name(self, slug):
        return f"Redaktører: {self.organisations[slug].name}"

    def ensure_editor_groups(self):
        """One group per partner organisation: it may edit that organisation, its contact persons and
        the pages of its own section."""
        for _username, slug in demo_orgs.EDITORS:
            organisation = self.organisations[slug]
            group, created = Group.objects.get_or_create(name=self.editor_group_name(slug))
            if created:
                group.permissions.add(*Permission.objects.filter(codename="access_admin"))
                group.permissions.add(
                    *Permission.objects.filter(
                        content_type__app_label="directory",
                        codename__in=[
                            "change_organisation",
                            "publish_organisation",
                            "add_contactperson",
                            "change_contactperson",
                            "delete_contactperson",
                            "publish_contactperson",
                        ],
                    )
                )
            Organisation.objects.filter(pk=organisation.pk).update(editor_group=group)
            for section in SectionPage.objects.filter(translation_key=self.editor_sections[slug].translation_key):
                for codename in ("add_page", "change_page"):
                    GroupPagePermission.objects.get_or_create(
                        group=group, page=section, permission=Permission.objects.get(codename=codename)
                    )

    def ensure_editor_accounts(self):
        """Two demo editors, one per partner (local use only)."""
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "selvhjelp-demo")
        User = get_user_model()
        for username, slug in demo_orgs.EDITORS:
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create_user(username, f"{username}@selvhjelp.example", password)
                self.stdout.write(f"Created the demo editor “{username}” for {self.organisations[slug].name}.")
            user.groups.add(Group.objects.get(name=self.editor_group_name(slug)))

    # --- Pages ------------------------------------------------------------------------------
    def ensure_sections(self):
        sections = []
        for data in content.SECTIONS:
            values = pick(data, "nb")
            section = SectionPage.objects.child_of(self.home).filter(slug=values["slug"]).first()
            if section is None:
                section = self.home.add_child(
                    instance=SectionPage(
                        title=values["title"],
                        slug=values["slug"],
                        intro=values["intro"],
                        listing_image=self.images[data["image"]],
                        show_in_menus=True,
                    )
                )
                section.save_revision().publish()
                self.created += 1
            sections.append(section)
        return sections

    def ensure_articles(self, sections):
        articles = []
        for data in content.ARTICLES:
            values = pick(data, "nb")
            parent = sections[data["section"]]
            article = ArticlePage.objects.child_of(parent).filter(slug=values["slug"]).first()
            if article is None:
                article = ArticlePage(
                    title=values["title"],
                    slug=values["slug"],
                    intro=values["intro"],
                    audience=data["audience"],
                    age_group=values["age_group"],
                    listing_image=self.images[data["image"]],
                    organisation=self.organisations.get(data.get("organisation", "")),
                    body=stream_data(self.body_data(values["body"])),
                )
                for slug in data["topics"]:
                    article.topic_links.add(ArticlePageTopic(topic=self.topics[slug]))
                parent.add_child(instance=article)
                article.save_revision().publish()
                self.created += 1
            articles.append(article)
        return articles

    def body_data(self, blocks, links=None):
        """Replace the "image:key", "document:brochure" and "article:slug" references with ids."""
        resolved = []
        for block in blocks:
            value = dict(block["value"]) if isinstance(block["value"], dict) else block["value"]
            if block["type"] == "image":
                value["image"] = self.images[value["image"].split(":", 1)[1]].id
            elif block["type"] == "document":
                value["document"] = self.brochure.id
            elif block["type"] == "organisation_card":
                value["organisation"] = self.organisations[value["organisation"].split(":", 1)[1]].id
            elif block["type"] == "contact_person_card":
                _prefix, slug, index = value["contact_person"].split(":")
                value["contact_person"] = ContactPerson.objects.get(
                    organisation=self.organisations[slug], sort_order=int(index)
                ).id
            elif block["type"] == "call_to_action" and value.get("page"):
                slug = value["page"].split(":", 1)[1]
                value["page"] = links.get(slug) if links else None
                if value["page"] is None:
                    continue  # linked once the target exists (resolve_links)
            resolved.append({"type": block["type"], "value": value})
        return resolved

    def resolve_links(self, articles):
        """Calls to action point at other articles; add them once all articles exist."""
        ids = {article.slug: article.id for article in articles}
        for article, data in zip(articles, content.ARTICLES, strict=True):
            values = pick(data, "nb")
            wanted = stream_data(self.body_data(values["body"], links=ids))
            current = article.specific.body
            if len(current) == len(wanted):
                continue
            article = article.specific
            article.body = wanted
            article.save_revision().publish()

    # --- Translation through wagtail-localize -------------------------------------------------
    def translate(self, source_object, nn_values):
        """Publish the nynorsk version of a bokmål page or snippet through wagtail-localize, giving the
        nn text as the translation of each bokmål string."""
        source_object = type(source_object).objects.get(pk=source_object.pk)
        if isinstance(source_object, Page):
            source_object = source_object.specific
        existing = source_object.get_translation_or_none(self.nn)
        if existing is not None and getattr(existing, "alias_of_id", None) is None:
            return  # already translated

        source, _ = TranslationSource.get_or_create_from_instance(source_object)
        nn_instance = self.nn_instance(source_object, nn_values)

        def strings(instance):
            return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]

        nb_strings, nn_strings = strings(source_object), strings(nn_instance)
        if len(nb_strings) != len(nn_strings):
            raise ValueError(f"The nb and nn texts of “{source_object}” do not have the same shape.")
        by_path = {(nb.path, nb.string.data): nn.string.data for nb, nn in zip(nb_strings, nn_strings, strict=True)}
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            translated = by_path.get((segment.context.path, segment.string.data))
            if translated is None:
                raise ValueError(f"No nynorsk text for “{segment.string.data}” in “{source_object}”.")
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.nn,
                context=segment.context,
                defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        with transaction.atomic():
            source.create_or_update_translation(self.nn, publish=True)
        self.created += 1

    def nn_instance(self, source_object, values):
        """An unsaved copy holding the nynorsk text, shaped like the bokmål original."""
        instance = type(source_object)(locale=self.nn)
        for model_field in source_object._meta.concrete_fields:
            if model_field.many_to_one and model_field.name != "locale":  # related objects are not text
                setattr(instance, model_field.attname, getattr(source_object, model_field.attname))
        for field, value in values.items():
            if field == "body":
                ids = {a.slug: a.id for a in ArticlePage.objects.filter(locale=self.nb)}
                value = stream_data(self.body_data(value, links=ids))
            if field in TRANSLATED_FIELDS:
                setattr(instance, field, value)
        if isinstance(source_object, Page) and not instance.slug:
            instance.slug = source_object.slug
        return instance

    def ensure_admin(self):
        User = get_user_model()
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "selvhjelp-demo")
        if not User.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
            User.objects.create_superuser(DEMO_ADMIN_USERNAME, "admin@selvhjelp.example", password)
            self.stdout.write(f"Created the local demo administrator “{DEMO_ADMIN_USERNAME}”.")
        if not settings.DEBUG:
            self.stdout.write(self.style.WARNING("The demo administrator is for local use only."))
