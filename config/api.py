"""The content API for consumer sites: Wagtail API v2 under /api/v2/."""

from django.http import JsonResponse
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

from directory.api import ContactsAPIViewSet, OrganisationsAPIViewSet, ParameterErrorsMixin
from directory.api_fields import WholeObjectField
from home.api import SitePagesAPIViewSet

# The sizes a consumer site is offered in an image's detail.
RENDITIONS = {"thumbnail": "fill-480x270", "medium": "width-800", "large": "width-1600"}


class RenditionsField(WholeObjectField):
    def to_representation(self, image):
        request = self.context["request"]
        renditions = image.get_renditions(*RENDITIONS.values())
        return {
            name: {
                "url": request.build_absolute_uri(renditions[spec].url),
                "width": renditions[spec].width,
                "height": renditions[spec].height,
            }
            for name, spec in RENDITIONS.items()
        }


class SiteImageSerializer(ImageSerializer):
    renditions = RenditionsField()


class SiteImagesAPIViewSet(ParameterErrorsMixin, ImagesAPIViewSet):
    """Wagtail's images endpoint, with ready-made renditions in the detail.

    People's photos are not listed: a public person's photo comes with the person (contacts), and
    a person who is not public must not be found through their picture. Images in a collection with
    a view restriction are not listed either.
    """

    base_serializer_class = SiteImageSerializer
    body_fields = ImagesAPIViewSet.body_fields + ["renditions"]
    detail_only_fields = ["renditions"]

    def get_queryset(self):
        from wagtail.models import CollectionViewRestriction

        from directory.models import ContactPerson

        restricted = CollectionViewRestriction.objects.values("collection_id")
        return (
            super()
            .get_queryset()
            .exclude(pk__in=ContactPerson.objects.filter(photo__isnull=False).values("photo_id"))
            .exclude(collection_id__in=restricted)
        )


class SiteDocumentsAPIViewSet(ParameterErrorsMixin, DocumentsAPIViewSet):
    pass


ENDPOINTS = {
    "pages": SitePagesAPIViewSet,
    "images": SiteImagesAPIViewSet,
    "documents": SiteDocumentsAPIViewSet,
    "organisations": OrganisationsAPIViewSet,
    "contacts": ContactsAPIViewSet,
}


def api_not_found(request, rest=""):
    """Any other address under /api/ answers in JSON too: 400 for an id that is not a number."""
    parts = [part for part in rest.split("/") if part]
    if len(parts) == 3 and parts[0] == "v2" and parts[1] in ENDPOINTS:
        return JsonResponse({"message": "id: give a whole number", "parameter": "id"}, status=400)
    return JsonResponse({"message": "not found"}, status=404)


api_router = WagtailAPIRouter("wagtailapi")
for name, viewset in ENDPOINTS.items():
    api_router.register_endpoint(name, viewset)
