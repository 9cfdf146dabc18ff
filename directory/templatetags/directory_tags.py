from django import template

from directory.models import DirectoryPage

register = template.Library()


@register.simple_tag(takes_context=True)
def organisation_url(context, organisation):
    """The organisation's page under the directory page of its locale ("" if there is none).

    The directory page is looked up once per request and locale.
    """
    request = context.get("request")
    cache = getattr(request, "_directory_pages", None) if request is not None else None
    if cache is None:
        cache = {}
        if request is not None:
            request._directory_pages = cache
    if organisation.locale_id not in cache:
        cache[organisation.locale_id] = DirectoryPage.objects.live().filter(locale_id=organisation.locale_id).first()
    directory = cache[organisation.locale_id]
    if directory is None:
        return ""
    return directory.get_url(request) + organisation.slug + "/"
