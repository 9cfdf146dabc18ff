"""The demo's pages: the home page, sections, articles with their images and brochure, the directory
page and each partner's own section (bokmål; nynorsk comes through demo/translation.py)."""

import os
from urllib.parse import urlsplit

from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, Site

from directory.models import ContactPerson, DirectoryPage
from home.models import ArticlePage, ArticlePageTopic, HomePage, SectionPage

from .data import load, pick
from .media import draw_illustration, make_pdf
from .translation import stream_data

CONTENT = load("content")
DIRECTORY = load("directory")


class PageContent:
    def ensure_home(self):
        home = HomePage.objects.filter(locale=self.nb).first()
        values = pick(CONTENT["home"], "nb")
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

    def ensure_images(self):
        Image = get_image_model()
        images = {}
        for row in CONTENT["images"]:
            key, title, palette = row["key"], row["title"], [tuple(colour) for colour in row["palette"]]
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
        data = CONTENT["brochure"]
        document = Document.objects.filter(title=data["title"]).first()
        if document is None:
            document = Document(title=data["title"])
            document.file = ContentFile(make_pdf(data["heading"], data["lines"]), name=data["filename"])
            document._set_document_file_metadata()
            document.save()
            self.created += 1
        return document

    def ensure_sections(self):
        sections = []
        for data in CONTENT["sections"]:
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
        for data in CONTENT["articles"]:
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
        for article, data in zip(articles, CONTENT["articles"], strict=True):
            values = pick(data, "nb")
            wanted = stream_data(self.body_data(values["body"], links=ids))
            current = article.specific.body
            if len(current) == len(wanted):
                continue
            article = article.specific
            article.body = wanted
            article.save_revision().publish()

    def ensure_editor_sections(self):
        """Each partner with an editor gets its own section: its part of the page tree."""
        sections = {}
        for slug in self.editor_organisations():
            organisation = self.organisations[slug]
            section = SectionPage.objects.child_of(self.home).filter(slug=slug).first()
            if section is None:
                section = self.home.add_child(
                    instance=SectionPage(
                        title=organisation.name,
                        slug=slug,
                        intro=DIRECTORY["editor_section_intro"]["nb"].format(name=organisation.name),
                        show_in_menus=False,
                    )
                )
                section.save_revision().publish()
                self.created += 1
            sections[slug] = section
        return sections

    def ensure_directory_page(self):
        values = pick(DIRECTORY["directory_page"], "nb")
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
