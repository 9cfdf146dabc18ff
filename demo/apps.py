from django.apps import AppConfig


class DemoConfig(AppConfig):
    """Demo and benchmark content for development, tests and `make bench`; not installed in production."""

    name = "demo"
    verbose_name = "Demo content"
