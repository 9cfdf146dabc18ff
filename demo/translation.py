"""Nynorsk versions of the demo's pages and topics, published through wagtail-localize as an editor's
translation would be: the nynorsk text is given as the translation of each bokmål string."""

from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from home.models import ArticlePage

# Fields whose nynorsk text the demo provides (the rest is synchronised from bokmål).
TRANSLATED_FIELDS = {
    "title", "slug", "intro", "hero_heading", "hero_text", "age_group", "body",
    "name", "short_description", "how_to_take_part", "meeting_info", "role",
}  # fmt: skip


def stream_data(raw):
    """Body data in the form Wagtail saves: every block and list item with an id.

    wagtail-localize addresses each translatable string by these ids, so list items need them too.
    """
    stream = ArticlePage._meta.get_field("body").to_python(raw)
    for child in stream:
        child.value  # noqa: B018 (converts the lazy raw block, so that get_prep_value re-serialises it)
    return stream.get_prep_value()


class Translating:
    def translate(self, source_object, nn_values):
        """Publish the nynorsk version of a bokmål page or snippet through wagtail-localize, giving the
        nn text as the translation of each bokmål string."""
        source_object = type(source_object).objects.get(pk=source_object.pk)
        if isinstance(source_object, Page):
            source_object = source_object.specific
        existing = source_object.get_translation_or_none(self.nn)
        if existing is not None and getattr(existing, "alias_of_id", None) is None:
            return  # already translated

        source, _ = TranslationSource.get_or_create_from_instance(source_object)
        nn_instance = self.nn_instance(source_object, nn_values)

        def strings(instance):
            return [s for s in extract_segments(instance) if isinstance(s, StringSegmentValue)]

        nb_strings, nn_strings = strings(source_object), strings(nn_instance)
        if len(nb_strings) != len(nn_strings):
            raise ValueError(f"The nb and nn texts of “{source_object}” do not have the same shape.")
        by_path = {(nb.path, nb.string.data): nn.string.data for nb, nn in zip(nb_strings, nn_strings, strict=True)}
        for segment in StringSegment.objects.filter(source=source).select_related("string", "context"):
            translated = by_path.get((segment.context.path, segment.string.data))
            if translated is None:
                raise ValueError(f"No nynorsk text for “{segment.string.data}” in “{source_object}”.")
            StringTranslation.objects.update_or_create(
                translation_of=segment.string,
                locale=self.nn,
                context=segment.context,
                defaults={"data": translated, "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL},
            )
        with transaction.atomic():
            source.create_or_update_translation(self.nn, publish=True)
        self.created += 1

    def nn_instance(self, source_object, values):
        """An unsaved copy holding the nynorsk text, shaped like the bokmål original."""
        instance = type(source_object)(locale=self.nn)
        for model_field in source_object._meta.concrete_fields:
            if model_field.many_to_one and model_field.name != "locale":  # related objects are not text
                setattr(instance, model_field.attname, getattr(source_object, model_field.attname))
        for field, value in values.items():
            if field == "body":
                ids = {a.slug: a.id for a in ArticlePage.objects.filter(locale=self.nb)}
                value = stream_data(self.body_data(value, links=ids))
            if field in TRANSLATED_FIELDS:
                setattr(instance, field, value)
        if isinstance(source_object, Page) and not instance.slug:
            instance.slug = source_object.slug
        return instance
