"""The content API for consumer sites: Wagtail API v2 under /api/v2/, one endpoint per kind of content."""

from wagtail.api.v2.router import WagtailAPIRouter

from .endpoints.directory import ContactsAPIViewSet, EventsAPIViewSet, GroupsAPIViewSet, OrganisationsAPIViewSet
from .endpoints.media import SiteDocumentsAPIViewSet, SiteImagesAPIViewSet
from .endpoints.pages import SitePagesAPIViewSet

ENDPOINTS = {
    "pages": SitePagesAPIViewSet,
    "images": SiteImagesAPIViewSet,
    "documents": SiteDocumentsAPIViewSet,
    "organisations": OrganisationsAPIViewSet,
    "contacts": ContactsAPIViewSet,
    "groups": GroupsAPIViewSet,
    "events": EventsAPIViewSet,
}


api_router = WagtailAPIRouter("wagtailapi")
for name, viewset in ENDPOINTS.items():
    api_router.register_endpoint(name, viewset)
