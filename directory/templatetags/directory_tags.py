from django import template
from django.conf import settings
from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe

import pagecache
from core.languages import current_form
from directory.models import DirectoryPage

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_url(context, organisation):
    """The organisation's page under the directory page of the form being shown ("" if there is none).

    The directory page is looked up once per request and form.
    """
    request = context.get("request")
    cache = getattr(request, "_directory_pages", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._directory_pages = cache
    form = current_form()
    if form not in cache:
        cache[form] = DirectoryPage.for_form(form)
    directory = cache[form]
    if directory is None:
        return ""
    return directory.get_url(request) + organisation.slug + "/"


MUNICIPALITY_OPTIONS_KEY = "directory:municipality-options"


@register.simple_tag
def municipality_options(filters):
    """The municipality menu's <optgroup>s and <option>s, grouped by county.

    357 options are too many for a template loop on every request: the HTML is built once, kept in
    the cache (load_places empties it) and only the selected option is marked per request.
    """
    html = pagecache.remembered(MUNICIPALITY_OPTIONS_KEY, _municipality_options_html, settings.MENU_CACHE_SECONDS)
    if filters.applied.get("kommune"):
        for municipality in filters.municipalities:
            option = f'<option value="{municipality.number}">'
            html = html.replace(option, option[:-1] + " selected>")
    return mark_safe(html)  # noqa: S308 - built with format_html from our own place names


def _municipality_options_html():
    from directory.models import Municipality

    groups = {}
    for municipality in Municipality.menu():
        groups.setdefault(municipality.county, []).append(municipality)
    return "".join(
        format_html(
            '<optgroup label="{}">{}</optgroup>',
            county.official_name,
            format_html_join("", '<option value="{}">{}</option>', ((m.number, m.name) for m in members)),
        )
        for county, members in groups.items()
    )
