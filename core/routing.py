"""Finds the page for a URL in a fixed number of queries, whatever its depth.

Wagtail's own routing walks the tree one level at a time (two queries per level: the child by slug,
then its specific row). Here every page on the way is fetched at once by its ``url_path``, then the
deepest one's specific row with what its template needs; the page's own ``route()`` still handles
what is left of the path (the directory's sub-pages), and Wagtail's ``serve`` view does the rest
(hooks, view restrictions, ``serve()``). The ancestors are kept on the page for breadcrumbs and the
view-restriction check, so neither has to ask again.
"""

import hashlib

from django.db.models import Exists, OuterRef
from django.http import Http404
from django.utils import translation
from wagtail import views as wagtail_views
from wagtail.models import Page, PageViewRestriction, Site

from core.sites import site_root_paths
from pagecache.fragments import fragment


def route(request, path):
    """Wagtail's RouteResult for the path, or None (not found); NotImplemented to leave it to Wagtail."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    language = translation.get_language()
    root_path = next(
        (
            root.root_path
            for root in site_root_paths(request)
            if root.site_id == site.pk and root.language_code == language
        ),
        None,
    )
    if root_path is None:
        return NotImplemented

    components = [component for component in path.split("/") if component]
    resolved = fragment(
        f"route:{site.pk}:{language}:{hashlib.sha256(path.encode()).hexdigest()}",
        lambda: _resolve(root_path, components),
        depends_on=(Page,),
        keep=lambda value: value is not None and value is not NotImplemented,
    )
    if resolved is None or resolved is NotImplemented:
        return resolved
    page, ancestors, restricted, matched = resolved
    page.route_ancestors = ancestors
    page.route_restricted = restricted
    try:
        return page.route(request, components[matched:])
    except Http404:
        return None


def _resolve(root_path, components):
    """(the deepest page on the path, the pages above it, whether any has a view restriction, how many
    path components it covers), None when nothing matches, NotImplemented to leave it to Wagtail."""
    # "/", the form's home page, then each step of the path below it.
    candidates = [
        "/",
        *(root_path + "".join(f"{part}/" for part in components[:depth]) for depth in range(len(components) + 1)),
    ]
    restricted = PageViewRestriction.objects.filter
    found = {
        page.url_path: page
        for page in Page.objects.filter(url_path__in=candidates).annotate(
            # An alias is restricted as the page it mirrors.
            has_restriction=Exists(restricted(page_id=OuterRef("pk")))
            | Exists(restricted(page_id=OuterRef("alias_of_id")))
        )
    }
    if root_path not in found or found[root_path].depth != 2:
        return NotImplemented  # the view-restriction check below needs every page above in the chain
    matched = 0
    while matched < len(components) and candidates[matched + 2] in found:
        matched += 1
    chain = [found[url_path] for url_path in candidates[: matched + 2] if url_path in found]
    deepest = chain[-1]

    model = deepest.specific_class
    if model is None:
        return NotImplemented
    queryset = model._default_manager.filter(pk=deepest.pk)
    related = getattr(model, "serve_select_related", ())
    if related:
        queryset = queryset.select_related(*related)
    page = queryset.first()
    if page is None:
        return None
    return page, chain[:-1], any(step.has_restriction for step in chain), matched


def serve(request, path):
    result = route(request, path)
    if result is not NotImplemented:
        request._wagtail_route_for_request = result  # what Page.route_for_request reads first
    return wagtail_views.serve(request, path)
