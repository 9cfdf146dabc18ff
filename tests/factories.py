import factory
import wagtail_factories
from django.utils.text import slugify
from wagtail.models import Locale

from core.models import Topic
from directory.models import ContactPerson, Organisation
from home.models import ArticlePage, SectionPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nb"))

    class Meta:
        model = Topic


class NumberedPageFactory(wagtail_factories.PageFactory):
    """A page titled “<word> <n>” with the matching slug."""

    class Params:
        word = "Side"

    title = factory.LazyAttributeSequence(lambda page, n: f"{page.word} {n}")
    slug = factory.LazyAttribute(lambda page: slugify(page.title))

    class Meta:
        abstract = True


class SectionPageFactory(NumberedPageFactory):
    intro = "En seksjon for testing."

    class Params:
        word = "Seksjon"

    class Meta:
        model = SectionPage


class ArticlePageFactory(NumberedPageFactory):
    intro = "En kort ingress."
    audience = "everyone"
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Tekst.</p>"}])

    class Params:
        word = "Artikkel"

    class Meta:
        model = ArticlePage


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisasjon {n}")
    slug = factory.Sequence(lambda n: f"organisasjon-{n}")
    organisation_type = "self_help_group"
    short_description = "En organisasjon for testing."
    service_area = "national"
    live = True
    active = True

    class Meta:
        model = Organisation


class ContactPersonFactory(factory.django.DjangoModelFactory):
    """A contact person shown publicly, with consent."""

    organisation = factory.SubFactory(OrganisationFactory)
    name = factory.Sequence(lambda n: f"Kontakt {n}")
    role = "Gruppeleder"
    phone = "400 00 000"
    live = True
    show_publicly = True
    consent_given_on = "2026-01-01"

    class Meta:
        model = ContactPerson
