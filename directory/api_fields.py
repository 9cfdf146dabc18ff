"""Serializer fields of the content API that models may name in their ``api_fields``.

Kept apart from ``directory.api`` (the endpoints), which imports models: page models import these.
"""

from rest_framework.fields import Field


def public_contact(person):
    """A public contact person in JSON, in the written form being shown: one shape for the contact
    persons of an organisation's detail and the contact cards in an article's body."""
    return {
        "id": person.id,
        "name": person.name,
        "role": person.local_role,
        "email": person.email,
        "phone": person.phone,
    }


class WholeObjectField(Field):
    """A read-only field computed from the whole object (the page, image or organisation)."""

    def __init__(self, **kwargs):
        kwargs["source"] = "*"
        kwargs["read_only"] = True
        super().__init__(**kwargs)


class PostalCodeField(Field):
    def to_representation(self, postal_code):
        return {
            "code": postal_code.code,
            "place": postal_code.place_name,
            "municipality": postal_code.municipality.number if postal_code.municipality_id else None,
        }


class MunicipalityField(Field):
    def to_representation(self, municipality):
        return {"number": municipality.number, "name": municipality.name}


class ServedPlacesField(Field):
    def to_representation(self, manager):
        return [
            {"number": place.number, "name": getattr(place, "official_name", place.name)} for place in manager.all()
        ]


class TopicsField(Field):
    def to_representation(self, links):
        return [{"slug": link.topic.slug, "name": link.topic.name} for link in links.all()]


class SocialLinksField(Field):
    def to_representation(self, links):
        return [{"platform": link.platform, "url": link.url} for link in links.all()]


class TopicListField(Field):
    """Topics given as a list (an organisation's ``topics``, already in the form asked for)."""

    def to_representation(self, topics):
        return [{"slug": topic.slug, "name": topic.name} for topic in topics]
