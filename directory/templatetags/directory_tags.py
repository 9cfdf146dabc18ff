from django import template

from core.languages import current_form
from directory.models import DirectoryPage

register = template.Library()


def _directory_page(context):
    """The live directory page of the form being shown, looked up once per request and form."""
    request = context.get("request")
    cache = getattr(request, "_directory_pages", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._directory_pages = cache
    form = current_form()
    if form not in cache:
        cache[form] = DirectoryPage.for_form(form)
    return cache[form]


@register.simple_tag(takes_context=True)
def organisation_url(context, organisation):
    """The organisation's page under the directory page of the form being shown ("" if there is none)."""
    directory = _directory_page(context)
    return directory.get_url(context.get("request")) + organisation.slug + "/" if directory else ""


@register.simple_tag(takes_context=True)
def directory_url(context):
    """The directory's list ("find help") in the form being shown ("" if there is none)."""
    directory = _directory_page(context)
    return directory.get_url(context.get("request")) if directory else ""
