"""StreamField blocks for article bodies. Each block renders through its own template in
site/templates/components/blocks/, named after the block (QuoteBlock: quote_block.html)."""

import copy
import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.images.blocks import ImageChooserBlock
from wagtail.rich_text import expand_db_html
from wagtail.snippets.blocks import SnippetChooserBlock

from directory.api_fields import public_contact
from directory.models.groups import shown_until

RICH_TEXT_FEATURES = ["bold", "italic", "link", "document-link", "ol", "ul"]


class NamedTemplate:
    """A block rendered by components/blocks/<its class name in snake case>.html."""

    def get_template(self, value=None, context=None):
        return f"components/blocks/{re.sub(r'(?<!^)(?=[A-Z])', '_', type(self).__name__).lower()}.html"


class HeadingBlock(NamedTemplate, blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=120)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Heading level 2")), ("h3", _("Heading level 3"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        label = _("Heading")


def optional(block_class, label, max_length, help_text=None):
    """A text field an editor may leave empty."""
    # (help_text only when given: a block's arguments are written into migrations as they are passed.)
    extra = {"help_text": help_text} if help_text else {}
    return block_class(label=label, required=False, max_length=max_length, **extra)


def _absolute(context, url):
    request = (context or {}).get("request")
    return request.build_absolute_uri(url) if request is not None and url else url


def _chosen_file(context, chosen):
    """A chosen image (as its 800 px wide rendition) or document in the API, or None."""
    if chosen is None:
        return None
    if hasattr(chosen, "get_rendition"):
        rendition = chosen.get_rendition("width-800")
        return {
            "id": chosen.id,
            "url": _absolute(context, rendition.url),
            "width": rendition.width,
            "height": rendition.height,
        }
    return {
        "id": chosen.id,
        "url": _absolute(context, chosen.url),
        "file_type": chosen.file_extension.upper(),
        "file_size": chosen.file_size,
    }


class ParagraphBlock(NamedTemplate, blocks.RichTextBlock):
    def __init__(self, **kwargs):
        kwargs.setdefault("features", RICH_TEXT_FEATURES)
        super().__init__(**kwargs)

    def get_api_representation(self, value, context=None):
        """HTML with links to pages and documents resolved to real addresses."""
        return expand_db_html(value.source) if value else ""

    class Meta:
        icon = "pilcrow"
        label = _("Text")


class QuoteBlock(NamedTemplate, blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"), max_length=800)
    first_name = optional(
        blocks.CharBlock, _("First name"), 40, _("First name only, with consent. Leave empty to show “anonymous”.")
    )
    context = optional(blocks.CharBlock, _("Context"), 120, _("For example “member of a grief group for two years”."))

    class Meta:
        icon = "openquote"
        label = _("Quote or testimonial")


class KeyPointsBlock(NamedTemplate, blocks.StructBlock):
    heading = optional(blocks.CharBlock, _("Heading"), 120)
    points = blocks.ListBlock(blocks.CharBlock(label=_("Point"), max_length=300), min_num=1)

    class Meta:
        icon = "list-ul"
        label = _("Key points")


class QuestionAnswerBlock(blocks.StructBlock):
    question = blocks.CharBlock(label=_("Question"), max_length=200)
    answer = ParagraphBlock(label=_("Answer"))

    class Meta:
        label = _("Question and answer")


class QuestionsBlock(NamedTemplate, blocks.StructBlock):
    heading = optional(blocks.CharBlock, _("Heading"), 120)
    items = blocks.ListBlock(QuestionAnswerBlock(), min_num=1, label=_("Questions and answers"))

    class Meta:
        icon = "help"
        label = _("Questions and answers")


class CallToActionBlock(NamedTemplate, blocks.StructBlock):
    label = blocks.CharBlock(label=_("Button text"), max_length=80)
    text = optional(blocks.TextBlock, _("Text"), 300)
    page = blocks.PageChooserBlock(label=_("Page"), required=False)
    url = blocks.URLBlock(label=_("Web address"), required=False)

    class Meta:
        icon = "link"
        label = _("Call to action")

    def get_api_representation(self, value, context=None):
        page = value.get("page")
        url = page.get_full_url((context or {}).get("request")) if page else value.get("url")
        return {"label": value.get("label"), "text": value.get("text"), "url": url}

    def clean(self, value):
        value = super().clean(value)
        if bool(value.get("page")) == bool(value.get("url")):
            message = _("Choose either a page or a web address, not both.")
            raise StructBlockValidationError(
                block_errors={
                    "page": ValidationError(message),
                    "url": ValidationError(message),
                }
            )
        return value


class ImageBlock(NamedTemplate, blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = optional(
        blocks.CharBlock, _("Alternative text"), 250, _("Describe what the image shows for people who cannot see it.")
    )
    decorative = blocks.BooleanBlock(
        label=_("The image is decorative only"),
        required=False,
        help_text=_("Tick only if the image adds no information; screen readers then skip it."),
    )
    caption = optional(blocks.CharBlock, _("Caption"), 250)

    class Meta:
        icon = "image"
        label = _("Image")

    def get_api_representation(self, value, context=None):
        decorative = bool(value.get("decorative"))
        return {
            "image": _chosen_file(context, value.get("image")),
            "alt_text": "" if decorative else value.get("alt_text"),
            "decorative": decorative,
            "caption": value.get("caption"),
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("decorative") and not (value.get("alt_text") or "").strip():
            raise StructBlockValidationError(
                block_errors={
                    "alt_text": ValidationError(_("Write an alternative text, or mark the image as decorative."))
                }
            )
        return value


class DocumentLinkBlock(NamedTemplate, blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    title = optional(blocks.CharBlock, _("Link text"), 150, _("Leave empty to use the document’s title."))
    description = optional(blocks.TextBlock, _("Description"), 300)

    class Meta:
        icon = "doc-full"
        label = _("Document (brochure)")

    def get_api_representation(self, value, context=None):
        document = value.get("document")
        return {
            "title": value.get("title") or getattr(document, "title", ""),
            "description": value.get("description"),
            "document": _chosen_file(context, document),
        }


class FactBlock(blocks.StructBlock):
    label = blocks.CharBlock(label=_("Label"), max_length=100)
    value = blocks.CharBlock(label=_("Value"), max_length=300)


class FactsTableBlock(NamedTemplate, blocks.StructBlock):
    caption = blocks.CharBlock(label=_("Table caption"), max_length=150)
    rows = blocks.ListBlock(FactBlock(), min_num=1, label=_("Rows"))

    class Meta:
        icon = "table"
        label = _("Facts table")


class ContactPersonChooserBlock(SnippetChooserBlock):
    """Fetches the chosen people with their organisations in one query (a card needs both)."""

    def __init__(self, **kwargs):
        super().__init__("directory.ContactPerson", **kwargs)

    def bulk_to_python(self, values):
        found = self.model_class.objects.select_related("organisation").in_bulk(values)
        result, seen = [], set()
        for pk in values:
            person = found.get(pk)
            if person is not None and pk in seen:
                person = copy.copy(person)  # each block gets its own instance, as Wagtail does
            seen.add(pk)
            result.append(person)
        return result


class PublicRecordCardBlock(blocks.StructBlock):
    """A card of one directory record (``record``, the block's only field). The API gives the record's
    public fields, or null when it is not public (any more); the template shows nothing then."""

    record = None

    def get_api_representation(self, value, context=None):
        found = value.get(self.record)
        return {self.record: self.public_json(found) if found and found.is_public else None}


class OrganisationCardBlock(NamedTemplate, PublicRecordCardBlock):
    organisation = SnippetChooserBlock("directory.Organisation", label=_("Organisation"))
    record = "organisation"

    class Meta:
        icon = "group"
        label = _("Organisation card")

    @staticmethod
    def public_json(organisation):
        return {
            "id": organisation.id,
            "name": organisation.local_name,
            "slug": organisation.slug,
            "organisation_type": organisation.organisation_type,
            "short_description": organisation.local_short_description,
            "phone": organisation.phone,
            "email": organisation.email,
            "website": organisation.website,
        }


class ContactPersonCardBlock(NamedTemplate, PublicRecordCardBlock):
    contact_person = ContactPersonChooserBlock(label=_("Contact person"))
    record = "contact_person"

    class Meta:
        icon = "user"
        label = _("Contact person card")

    @staticmethod
    def public_json(person):
        organisation = {"id": person.organisation_id, "name": person.organisation.local_name}
        return {**public_contact(person), "organisation": organisation}


class GroupCardBlock(NamedTemplate, PublicRecordCardBlock):
    """A self-help group in an article, with the way to ask to join; gone once the group has ended."""

    group = SnippetChooserBlock("directory.SelfHelpGroup", label=_("Group"))
    record = "group"

    class Meta:
        icon = "group"
        label = _("Group card")

    def get_context(self, value, parent_context=None):
        context = super().get_context(value, parent_context)
        group = value.get("group")
        request = context.get("request")
        if group is not None and request is not None:
            shown_until(request, [group])  # an end date takes it off the page, also in the cache
        return context

    @staticmethod
    def public_json(group):
        return {
            "id": group.id,
            "name": group.local_name,
            "status": group.status,
            "starts_on": group.starts_on.isoformat() if group.starts_on else None,
            "digital": group.digital,
            "municipality": group.municipality.name if group.municipality_id else None,
            "rhythm": group.local_rhythm,
            "organisation": {"id": group.organisation_id, "name": group.organisation.local_name},
        }


class ArticleBodyBlock(blocks.StreamBlock):
    heading = HeadingBlock()
    paragraph = ParagraphBlock()
    quote = QuoteBlock()
    key_points = KeyPointsBlock()
    questions = QuestionsBlock()
    call_to_action = CallToActionBlock()
    image = ImageBlock()
    document = DocumentLinkBlock()
    facts = FactsTableBlock()
    organisation_card = OrganisationCardBlock()
    contact_person_card = ContactPersonCardBlock()
    group_card = GroupCardBlock()
