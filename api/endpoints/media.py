"""Images and documents in the content API: Wagtail's endpoints, with renditions ready to use and
nothing private listed."""

from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction

from directory.models import ContactPerson

from ..serializers import SiteImageSerializer
from .base import PublicEndpointMixin


class SiteImagesAPIViewSet(PublicEndpointMixin, ImagesAPIViewSet):
    """Wagtail's images endpoint, with ready-made renditions in the detail.

    People's photos are not listed: a public person's photo comes with the person (contacts), and
    a person who is not public must not be found through their picture. Images in a collection with
    a view restriction are not listed either.
    """

    base_serializer_class = SiteImageSerializer
    body_fields = ImagesAPIViewSet.body_fields + ["renditions"]
    detail_only_fields = ["renditions"]

    def get_queryset(self):
        restricted = CollectionViewRestriction.objects.values("collection_id")
        return (
            super()
            .get_queryset()
            .exclude(pk__in=ContactPerson.objects.filter(photo__isnull=False).values("photo_id"))
            .exclude(collection_id__in=restricted)
        )


class SiteDocumentsAPIViewSet(PublicEndpointMixin, DocumentsAPIViewSet):
    pass
