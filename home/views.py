"""Views that are not pages: the language choice at /, the language switcher and search."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language
from django.utils.translation.trans_real import parse_accept_lang_header
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

SEARCH_RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200
_CONTROL_CHARS = re.compile(r"[\x00-\x1f\x7f]+")

LANGUAGE_CODES = [code for code, _name in settings.LANGUAGES]


def language_from_accept_header(header):
    """Return 'nn' or 'nb' for an Accept-Language header, honouring the visitor's order.

    Nynorsk: nn, nn-NO, no-NN. Everything else Norwegian (nb, nb-NO, no, no-NO) is bokmål, and so is
    any header that names neither.
    """
    for tag, _quality in parse_accept_lang_header(header or ""):
        tag = tag.lower()
        if tag == "nn" or tag.startswith("nn-") or tag == "no-nn":
            return "nn"
        if tag in {"nb", "no"} or tag.startswith(("nb-", "no-")):
            return "nb"
    return settings.LANGUAGE_CODE


@require_safe
def root_redirect(request):
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language not in LANGUAGE_CODES:
        language = language_from_accept_header(request.headers.get("Accept-Language"))
    response = HttpResponseRedirect(f"/{language}/")
    response["Vary"] = "Accept-Language, Cookie"
    return response


@require_safe
def choose_language(request, language):
    """The switcher's links come here: remember the chosen form, then go to the page in that form."""
    next_url = request.GET.get("neste", "")
    if not url_has_allowed_host_and_scheme(
        next_url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ) or not next_url.startswith(f"/{language}/"):
        next_url = f"/{language}/"
    response = HttpResponseRedirect(next_url)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=getattr(settings, "LANGUAGE_COOKIE_SECURE", False),
        httponly=True,
    )
    return response


def clean_query(raw):
    """Make any input safe to search for: no control characters, bounded length."""
    query = _CONTROL_CHARS.sub(" ", raw or "")
    query = " ".join(query.split())
    return query[:MAX_QUERY_LENGTH].strip()


@require_safe
def search(request):
    query = clean_query(request.GET.get("q", ""))
    locale = Locale.objects.get(language_code=get_language())
    results = Page.objects.none()
    if query:
        results = (
            Page.objects.live().public().filter(locale=locale, depth__gt=2).specific().search(query, operator="or")
        )
    paginator = Paginator(results, SEARCH_RESULTS_PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("side"))
    return render(
        request,
        "search/search.html",
        {
            "search_query": query,
            "query_was_trimmed": len(request.GET.get("q", "")) > MAX_QUERY_LENGTH,
            "results": page_obj,
            "paginator": paginator,
        },
    )
