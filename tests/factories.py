import factory
import wagtail_factories
from wagtail.models import Locale

from core.models import Topic
from directory.models import Organisation
from home.models import ArticlePage, SectionPage


class TopicFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Tema {n}")
    slug = factory.Sequence(lambda n: f"tema-{n}")
    locale = factory.LazyFunction(lambda: Locale.objects.get(language_code="nb"))

    class Meta:
        model = Topic


class SectionPageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Seksjon {n}")
    slug = factory.Sequence(lambda n: f"seksjon-{n}")
    intro = "En seksjon for testing."

    class Meta:
        model = SectionPage


class ArticlePageFactory(wagtail_factories.PageFactory):
    title = factory.Sequence(lambda n: f"Artikkel {n}")
    slug = factory.Sequence(lambda n: f"artikkel-{n}")
    intro = "En kort ingress."
    audience = "everyone"
    body = factory.LazyFunction(lambda: [{"type": "paragraph", "value": "<p>Tekst.</p>"}])

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
