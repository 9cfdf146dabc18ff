"""Template helpers for the language switcher, hreflang alternates and navigation."""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.db.models import Q
from django.urls import reverse, translate_url
from django.utils.translation import get_language
from wagtail.models import Page

from core.languages import SOURCE_FORM, current_form
from core.pages import restricted_here_or_above
from pagecache.fragments import fragment, fragment_key
from pagecache.tags import LIST_MENU, add_tags, translation_tag

register = template.Library()


def _switch_url(language, target_url):
    return reverse("choose_language", kwargs={"language": language}) + "?" + urlencode({"neste": target_url})


def _page_targets(page, request, route_translations=None):
    """For a page: {code: (where the switcher goes, URL hreflang may name or None)}.

    The switcher goes to this page's translation, or that form's home page if there is none.
    hreflang only names real versions: an untranslated mirror (an alias) is not one.
    """
    surrounding = _surrounding_pages(request, page)
    versions, homes = surrounding["versions"], surrounding["homes"]
    targets = {}
    for code, _name in settings.LANGUAGES:
        version = versions.get(code)
        target = version or homes.get(code)
        switch_to = target.get_url(request) if target else f"/{code}/"
        alternate = version.get_full_url(request) if version and version.alias_of_id is None else None
        same_page = version is not None
        if route_translations is not None:
            # A sub-page of a routable page (an organisation): only where that record exists in the form.
            suffix = route_translations.get(code)
            switch_to = switch_to + suffix if suffix and version else switch_to
            alternate = alternate + suffix if suffix and alternate else None
            same_page = bool(suffix and version)
        targets[code] = (switch_to, alternate, same_page)
    return targets


def _view_targets(context):
    """For a view that is not a page (search, errors): the same view in the other form."""
    request = context.get("request")
    targets = {}
    for code, _name in settings.LANGUAGES:
        if request is None or context.get("is_error_page"):
            targets[code] = (f"/{code}/", None, False)
        else:
            # (The address already carries the query string.)
            targets[code] = (translate_url(request.get_full_path(), code), None, False)
    return targets


@register.simple_tag(takes_context=True)
def page_languages(context, page=None):
    """One entry per written form for the switcher and the hreflang links. For a page, a fragment
    until a version of the page, the menu or any page's address changes."""
    request = context.get("request")
    if page is None or not getattr(page, "pk", None):
        return _languages(_view_targets(context))
    route_translations = context.get("route_translations")
    build = lambda: _languages(_page_targets(page, request, route_translations))  # noqa: E731
    if getattr(request, "is_preview", False):
        return build()
    key = fragment_key("language-targets", page.pk, sorted((route_translations or {}).items()), request=request)
    return fragment(key, build, depends_on=(Page,), tags=[translation_tag(page.translation_key)])


def _languages(targets):
    current = get_language()
    return [
        {
            "code": code,
            "name": name,
            "is_current": code == current,
            "target": targets[code][0],  # the switcher's link: {% switch_url %}
            "keeps_query": targets[code][2],
            "alternate_url": targets[code][1],
        }
        for code, name in settings.LANGUAGES
    ]


# What a visitor chose on a page (a postal code, a topic, a filter) goes with them to the other form.
# The page number does not: the other form's list may be ordered differently.
DROPPED_ON_SWITCH = ("side",)


@register.simple_tag(takes_context=True)
def switch_url(context, language):
    """The switcher's link to a form: the same page there, with the visitor's filters kept."""
    request = context.get("request")
    target = language["target"]
    if language["keeps_query"] and request is not None and request.GET:
        params = request.GET.copy()
        for name in DROPPED_ON_SWITCH:
            params.pop(name, None)
        if params:
            target = f"{target}?{params.urlencode()}"
    return _switch_url(language["code"], target)


@register.simple_tag(takes_context=True)
def content_language(context, page=None):
    """The language of the page's own text when it differs from the form being shown (an untranslated
    page mirrored from bokmål, shown under nynorsk), else "". The document is then marked with the
    text's language and the site's own words around it with the form's (WCAG 3.1.1 and 3.1.2)."""
    source = getattr(page, "mirror_source", None) if getattr(page, "pk", None) else None
    if source is None:
        return ""
    code = source.locale.language_code
    return code if code != get_language() else ""


@register.filter
def mirrored_language(page):
    """For a page in a list (a breadcrumb, a card): the language of its text when it is an untranslated
    mirror of the bokmål original shown under another form, else "". No query: only bokmål is mirrored."""
    if getattr(page, "alias_of_id", None) and current_form() != SOURCE_FORM:
        return SOURCE_FORM
    return ""


@register.simple_tag
def x_default_url(languages):
    """The bokmål original, when it is a real version."""
    for entry in languages:
        if entry["code"] == settings.LANGUAGE_CODE:
            return entry["alternate_url"]
    return None


@register.simple_tag(takes_context=True)
def main_navigation(context):
    """The pages right under the home page of the current form that editors put in the menu, as
    {title, url, path, pk}: a fragment until the menu or any page's address changes."""
    request = context.get("request")

    def build():
        return [
            {"title": section.title, "url": section.get_url(request), "path": section.path, "pk": section.pk}
            # (The menu is the same for every page; the page's own lookup is then shared with the links.)
            for section in _surrounding_pages(request, context.get("page"))["menu"]
        ]

    return fragment(fragment_key("main-navigation", request=request), build, depends_on=(Page,))


def _surrounding_pages(request, page):
    """For every page view: the page's live versions in each form, each form's home page, and the menu
    of the current form. One query, kept as a fragment until the menu or a version of the page
    changes, and on the request for the other tags."""
    language = get_language()
    page = page if getattr(page, "pk", None) and isinstance(page, Page) else None
    key = (page.translation_key if page else None, language)
    memo = request.__dict__.setdefault("_surrounding_pages", {}) if request is not None else {}
    if key not in memo:
        memo[key] = fragment(f"site:surrounding:{language}:{key[0] or '-'}", lambda: _load_surrounding(page, language))
    return memo[key]


def _load_surrounding(page, language):
    add_tags(LIST_MENU)
    wanted = Q(depth=2) | Q(depth=3, show_in_menus=True, locale__language_code=language)
    if page is not None:
        add_tags(translation_tag(page.translation_key))
        wanted |= Q(translation_key=page.translation_key)
    pages = list(
        Page.objects.live()
        .filter(wanted)
        .annotate(restricted=restricted_here_or_above())
        .select_related("locale")
        .order_by("path")
    )
    return {
        "versions": {
            p.locale.language_code: p for p in pages if page is not None and p.translation_key == page.translation_key
        },
        "homes": {p.locale.language_code: p for p in pages if p.depth == 2},
        "menu": [
            p
            for p in pages
            if p.depth == 3 and p.show_in_menus and p.locale.language_code == language and not p.restricted
        ],
    }


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


@register.simple_tag
def ds_input(field, **attrs):
    """A form field's input with Designsystemet's class and, in error, ``aria-invalid`` and
    ``aria-describedby`` naming its message and its hint (WCAG 3.3.1, 1.3.1)."""
    described = []
    if field.errors:
        attrs["aria-invalid"] = "true"
        described.append(f"{field.auto_id}-error")
    if field.help_text:
        described.append(f"{field.auto_id}-hint")
    if described:
        attrs["aria-describedby"] = " ".join(described)
    attrs.setdefault("class", "ds-input")
    return field.as_widget(attrs={name: value for name, value in attrs.items() if value})
