from django.apps import AppConfig


class APIConfig(AppConfig):
    name = "api"
    label = "site_api"  # "api" is a common label; this one cannot clash with a library's
    verbose_name = "Content API"
