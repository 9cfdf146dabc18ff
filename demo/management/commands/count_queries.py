"""Prints how many database queries each URL costs without the page cache (for `make bench`)."""

from django.core.management.base import BaseCommand
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext


class Command(BaseCommand):
    help = "Count the database queries of GET requests to the given URLs (page cache off, warm)."

    def add_arguments(self, parser):
        parser.add_argument("urls", nargs="+")
        parser.add_argument("--host", default="127.0.0.1")

    def handle(self, *args, urls, host, **options):
        client = Client(HTTP_HOST=host)
        with override_settings(PAGE_CACHE_ENABLED=False):
            for url in urls:
                client.get(url)  # warm per-process caches, as a running server has them
                with CaptureQueriesContext(connection) as queries:
                    status = client.get(url).status_code
                self.stdout.write(f"QUERIES {len(queries)} {status} {url}")
