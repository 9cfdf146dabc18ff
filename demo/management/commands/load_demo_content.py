"""Build the demo site: nb tree, nn translations through wagtail-localize, topics, images, a brochure,
the directory and its partner editors, from the data files in demo/data/.

Idempotent: whatever already exists (found by slug or title) is left alone, so a second run changes
nothing.
"""

import os

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import transaction
from wagtail.models import Locale
from wagtail_localize.models import LocaleSynchronization
from wagtail_localize.synctree import synchronize_tree

from core.languages import text_in_form
from pagecache.invalidation import invalidate_everything

from ...data import load, pick
from ...directory import DirectoryContent
from ...groups import GroupContent
from ...pages import PageContent
from ...translation import Translating

CONTENT = load("content")
DIRECTORY = load("directory")
DEMO_ADMIN_USERNAME = "admin"


class Command(DirectoryContent, GroupContent, PageContent, Translating, BaseCommand):
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
        self.translate(self.home, pick(CONTENT["home"], "nn"))
        self.translate(directory_page, pick(DIRECTORY["directory_page"], "nn"))
        for slug, section in self.editor_sections.items():
            name = text_in_form(self.organisations[slug], "name", "nn")
            intro = DIRECTORY["editor_section_intro"]["nn"].format(name=name)
            self.translate(section, {"title": name, "slug": slug, "intro": intro})
        for section, data in zip(sections, CONTENT["sections"], strict=True):
            self.translate(section, pick(data, "nn"))
        for article, data in zip(articles, CONTENT["articles"], strict=True):
            if data.get("translate", True):
                self.translate(article, pick(data, "nn"))
        self.ensure_editor_groups()
        self.ensure_groups_and_events()
        self.ensure_registrations()
        if with_admin:
            self.ensure_admin()
            self.ensure_editor_accounts()
        invalidate_everything()  # pages cached before the load
        self.stdout.write(self.style.SUCCESS(f"Demo content ready ({self.created} new objects and translations)."))

    # --- Locales and accounts ------------------------------------------------------------------
    def ensure_locales(self):
        nb, _ = Locale.objects.get_or_create(language_code="nb")
        nn, _ = Locale.objects.get_or_create(language_code="nn")
        LocaleSynchronization.objects.get_or_create(locale=nn, defaults={"sync_from": nb})
        return nb, nn

    def ensure_admin(self):
        User = get_user_model()
        password = os.environ.get("DEMO_ADMIN_PASSWORD", "selvhjelp-demo")
        if not User.objects.filter(username=DEMO_ADMIN_USERNAME).exists():
            User.objects.create_superuser(DEMO_ADMIN_USERNAME, "admin@selvhjelp.example", password)
            self.stdout.write(f"Created the local demo administrator “{DEMO_ADMIN_USERNAME}”.")
        if not settings.DEBUG:
            self.stdout.write(self.style.WARNING("The demo administrator is for local use only."))
