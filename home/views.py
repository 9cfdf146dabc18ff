"""The site's search (pages of the visitor's written form)."""

from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import get_language
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page

from core.text import clean_text

SEARCH_RESULTS_PER_PAGE = 10
MAX_QUERY_LENGTH = 200


@require_safe
def search(request):
    query = clean_text(request.GET.get("q", ""), MAX_QUERY_LENGTH)
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
