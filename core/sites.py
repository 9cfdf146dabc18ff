"""Which Wagtail site a request is for, and the sites' root paths, without asking the database or the
shared cache on each request.

Wagtail looks the site up in the database on every request (a query with a CASE expression, one of
the costliest of a page view), and reads the site root paths (what every page address is made from)
from the shared cache at least once per request. Both are remembered by each process instead
(pagecache.remembered), the sites matched here by Wagtail's own rules, and forgotten when a site or a
site's root page changes.
"""

from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

import pagecache
from pagecache.invalidation import invalidate_everything

SITES_KEY = "core:sites"
ROOT_PATHS_KEY = "core:site-root-paths"


def all_sites():
    return pagecache.remembered(SITES_KEY, lambda: list(Site.objects.select_related("root_page").order_by("pk")))


def site_root_paths(request):
    """Site.get_site_root_paths(), kept on the request where Wagtail's page URLs look for it."""
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = pagecache.remembered(ROOT_PATHS_KEY, Site.get_site_root_paths)
    return request._wagtail_cached_site_root_paths


def forget_sites(*args, **kwargs):
    pagecache.forget(SITES_KEY, ROOT_PATHS_KEY)


def site_changed(*args, **kwargs):
    """A site's host name, port or root page is in every address the cache holds."""
    forget_sites()
    invalidate_everything()


def forget_sites_for_root_page(sender, instance, **kwargs):
    if instance.depth <= 2:
        forget_sites()


def find_site(hostname, port):
    """wagtail.models.sites.get_site_for_hostname, on the cached sites: the site on this hostname and
    port, else the default site if it has this hostname, else the only site on this hostname, else the
    default site (None without one)."""
    sites = all_sites()
    port = int(port)
    exact = [site for site in sites if site.hostname == hostname and site.port == port]
    if exact:
        return exact[0]
    default = next((site for site in sites if site.is_default_site), None)
    if default is not None and default.hostname == hostname:
        return default
    same_host = [site for site in sites if site.hostname == hostname]
    if len(same_host) == 1:
        return same_host[0]
    return default


def site_for_request(request):
    """Site.find_for_request(request), answered from the cache and kept on the request as Wagtail does.

    With the database away, nothing is kept: what needs the site fails as it would without this (and
    what does not, the health check, still answers)."""
    if not hasattr(request, "_wagtail_site"):
        hostname = split_domain_port(request._get_raw_host())[0]
        try:
            request._wagtail_site = find_site(hostname, request.get_port())
        except DatabaseError:
            return None
    return request._wagtail_site


class SiteMiddleware:
    """Finds the request's site from the cache before Wagtail would ask the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if site_for_request(request) is not None:
            site_root_paths(request)
        return self.get_response(request)
