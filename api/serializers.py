"""Serializer fields of the API that need a request or a view (models name theirs in ``api_fields``,
from directory/api_fields.py)."""

from rest_framework.fields import CharField
from wagtail.api.v2.serializers import PageParentField, PageSerializer
from wagtail.images.api.v2.serializers import ImageSerializer
from wagtail.models import Page

from core.languages import current_form
from directory.api_fields import WholeObjectField, public_contact
from directory.models import ContactPerson

# The sizes a consumer site is offered in an image's detail.
RENDITIONS = {"thumbnail": "fill-480x270", "medium": "width-800", "large": "width-1600"}


def contact_representation(person, request):
    data = {**public_contact(person), "photo": None}
    if person.photo_id:
        rendition = person.photo.get_rendition("fill-240x240")
        data["photo"] = {
            "url": request.build_absolute_uri(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }
    return data


class PublicContactsField(WholeObjectField):
    """The organisation's public contact persons (detail only)."""

    def to_representation(self, organisation):
        persons = (
            ContactPerson.objects.public()
            .filter(organisation=organisation)
            .select_related("photo")
            .order_by("sort_order", "name")
        )
        return [contact_representation(person, self.context["request"]) for person in persons]


class DirectoryURLField(WholeObjectField):
    """The organisation's page on this site."""

    def to_representation(self, organisation):
        directory = self.context["view"].directory_page()
        if directory is None:
            return None
        return directory.get_full_url(self.context["request"]) + organisation.slug + "/"


class RecordURLField(WholeObjectField):
    """A group's or meeting's page on this site (``grupper/<id>/``, ``moter/<id>/`` under the directory)."""

    def __init__(self, route, **kwargs):
        self.route = route
        super().__init__(**kwargs)

    def to_representation(self, record):
        directory = self.context["view"].directory_page()
        if directory is None:
            return None
        return f"{directory.get_full_url(self.context['request'])}{self.route}/{record.pk}/"


class StarterField(WholeObjectField):
    """A group's starter, only when the person may be shown (as on the site)."""

    def to_representation(self, group):
        starter = group.public_starter
        return public_contact(starter) if starter is not None else None


class FormField(WholeObjectField):
    """The written form the texts are given in (``?locale=``)."""

    def to_representation(self, instance):
        return current_form()


def in_form(source):
    """A text written twice, in the form asked for."""
    return CharField(source=f"local_{source}", read_only=True)


class TranslationsField(WholeObjectField):
    """The page's live versions in the other written forms: locale, id and address of each."""

    def to_representation(self, page):
        view = self.context["view"]
        request = self.context["request"]
        return [
            {"locale": version.locale.language_code, "id": version.id, "html_url": version.get_full_url(request)}
            for version in view.translations_of(page)
            if version.id != page.id
        ]


class MirrorField(WholeObjectField):
    """True when the page is an untranslated mirror of a page in another form (shows its text)."""

    def to_representation(self, page):
        return page.alias_of_id is not None


class ParentField(PageParentField):
    """Wagtail's parent field in one query (Wagtail fetches the parent, checks it, then its locale)."""

    def get_attribute(self, instance):
        if instance.depth <= 1:
            return None
        return (
            self.context["base_queryset"].filter(path=instance.path[: -Page.steplen]).select_related("locale").first()
        )


class SitePageSerializer(PageSerializer):
    parent = ParentField(read_only=True)
    translations = TranslationsField()
    is_untranslated_mirror = MirrorField()


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
