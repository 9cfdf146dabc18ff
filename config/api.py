"""The content API for consumer sites: Wagtail API v2 under /api/v2/."""

from rest_framework.fields import Field
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.images.api.v2.views import ImagesAPIViewSet

from directory.api import ContactsAPIViewSet, OrganisationsAPIViewSet
from home.api import SitePagesAPIViewSet

# The sizes a consumer site is offered in an image's detail.
RENDITIONS = {"thumbnail": "fill-480x270", "medium": "width-800", "large": "width-1600"}


class RenditionsField(Field):
    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)

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


class SiteImagesAPIViewSet(ImagesAPIViewSet):
    """Wagtail's images endpoint, with ready-made renditions in the detail."""

    base_serializer_class = SiteImageSerializer
    body_fields = ImagesAPIViewSet.body_fields + ["renditions"]
    detail_only_fields = ["renditions"]


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", SitePagesAPIViewSet)
api_router.register_endpoint("images", SiteImagesAPIViewSet)
api_router.register_endpoint("documents", DocumentsAPIViewSet)
api_router.register_endpoint("organisations", OrganisationsAPIViewSet)
api_router.register_endpoint("contacts", ContactsAPIViewSet)
