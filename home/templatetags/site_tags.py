"""Template helpers for the language switcher, hreflang alternates and navigation."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language
from wagtail.models import Page

register = template.Library()


def _switch_url(language, target_url):
    return reverse("choose_language", kwargs={"language": language}) + "?" + urlencode({"neste": target_url})


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """One entry per written form: where the switcher goes, and whether hreflang may name it.

    For a page, the switcher goes to this page's translation (or that form's home page if there is
    none). hreflang only names real versions: an untranslated mirror (an alias) is not one.
    """
    request = context.get("request")
    current = get_language()
    entries = []
    translations = {}
    homes = {}
    if page is not None and getattr(page, "pk", None):
        for translation in Page.objects.filter(translation_key=page.translation_key).live().select_related("locale"):
            translations[translation.locale.language_code] = translation
        missing = [code for code, _name in settings.LANGUAGES if code not in translations]
        if missing:
            for home in Page.objects.filter(depth=2, locale__language_code__in=missing).live().select_related("locale"):
                homes[home.locale.language_code] = home

    for code, name in settings.LANGUAGES:
        real_version = None
        if page is not None and getattr(page, "pk", None):
            target = translations.get(code) or homes.get(code)
            target_url = target.get_url(request) if target else f"/{code}/"
            version = translations.get(code)
            if version is not None and version.alias_of_id is None:
                real_version = version.get_full_url(request)
        elif request is not None:
            target_url = translate_url(request.get_full_path(), code)
            if context.get("is_error_page"):
                target_url = f"/{code}/"
        else:
            target_url = f"/{code}/"
        entries.append(
            {
                "code": code,
                "name": name,
                "is_current": code == current,
                "switch_url": _switch_url(code, target_url),
                "alternate_url": real_version,
            }
        )
    return entries


@register.simple_tag
def x_default_url(languages):
    """The bokmål original, when it is a real version."""
    for entry in languages:
        if entry["code"] == settings.LANGUAGE_CODE:
            return entry["alternate_url"]
    return None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    from home.models import SectionPage

    return list(
        SectionPage.objects.live()
        .public()
        .in_menu()
        .filter(locale__language_code=get_language(), depth=3)
        .order_by("path")
    )


@register.simple_tag
def home_url():
    return f"/{get_language()}/"


@register.simple_tag(takes_context=True)
def query_with(context, **changes):
    """The current query string with some parameters replaced (pagination keeps the filters)."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"?{encoded}" if encoded else "?"
