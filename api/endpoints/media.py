"""Images and documents in the content API: Wagtail's endpoints, with renditions ready to use and
nothing listed that the public site does not show.

A file is listed only when published content shows it: a live page that is not private refers to it
(Wagtail's reference index follows every field and block), or, for an image, it is the logo of a
published, active organisation. Partner editors upload into their own collections; a file uploaded
for a draft stays out of the API until the draft is published.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import CharField, Q
from django.db.models.functions import Cast
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import CollectionViewRestriction, Page, ReferenceIndex

from directory.models import ContactPerson, Organisation

from ..serializers import SiteImageSerializer
from .base import PublicEndpointMixin


class PublishedFilesMixin:
    # Publishing or unpublishing a page or an organisation changes which files are shown.
    list_depends_on = ("wagtailcore.Page", Organisation)

    def published(self, model):
        """The files of ``model`` that published pages refer to (the index keeps ids as text)."""
        referred = ReferenceIndex.objects.filter(
            to_content_type=ContentType.objects.get_for_model(model),
            base_content_type=ContentType.objects.get_for_model(Page),
            object_id__in=Page.objects.live().public().annotate(text=Cast("pk", CharField())).values("text"),
        ).values("to_object_id")
        return Q(pk__in=model._default_manager.annotate(text=Cast("pk", CharField())).filter(text__in=referred))

    def get_queryset(self):
        queryset = super().get_queryset()
        restricted = CollectionViewRestriction.objects.values("collection_id")
        return queryset.filter(self.published(queryset.model)).exclude(collection_id__in=restricted)


class SiteImagesAPIViewSet(PublishedFilesMixin, PublicEndpointMixin, ImagesAPIViewSet):
    """Wagtail's images endpoint, with ready-made renditions in the detail.

    People's photos are not listed: a public person's photo comes with the person (contacts), and
    a person who is not public must not be found through their picture. Images in a collection with
    a view restriction are not listed either.
    """

    base_serializer_class = SiteImageSerializer
    body_fields = ImagesAPIViewSet.body_fields + ["renditions"]
    detail_only_fields = ["renditions"]

    def published(self, model):
        logos = Organisation.objects.public().filter(logo__isnull=False).values("logo_id")
        return super().published(model) | Q(pk__in=logos)

    def get_queryset(self):
        photos = ContactPerson.objects.filter(photo__isnull=False).values("photo_id")
        return super().get_queryset().exclude(pk__in=photos)


class SiteDocumentsAPIViewSet(PublishedFilesMixin, PublicEndpointMixin, DocumentsAPIViewSet):
    pass
