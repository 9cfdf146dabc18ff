"""Which Wagtail site a request is for, without a database query per request.

Wagtail looks the site up in the database on every request (a query with a CASE expression, one of
the costliest of a page view). The few sites are kept in the cache instead and matched here by
Wagtail's own rules; the cache is emptied when a site or a site's root page changes.
"""

from django.db import DatabaseError
from django.http.request import split_domain_port
from wagtail.models import Site

import pagecache

SITES_KEY = "core:sites"


def all_sites():
    return pagecache.remembered(SITES_KEY, lambda: list(Site.objects.select_related("root_page").order_by("pk")))


def forget_sites(*args, **kwargs):
    pagecache.forget(SITES_KEY)


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
        site_for_request(request)
        return self.get_response(request)
