"""The shapes of the content API's answers and query parameters, as typed schemas (pydantic, which
Wagtail 8 ships for its API v3); ``schema.py`` builds the OpenAPI description from them.

Organisations, contact persons, groups and meetings are closed schemas: a field that is not listed
here (a consent date, internal notes) fails validation.
"""

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from pydantic.json_schema import SkipJsonSchema

from core.languages import LANGUAGE_CODES
from directory.models import AgeGroup, EventKind, GroupAudience, GroupStatus, OrganisationType, ServiceArea, SignUp
from home.models import Audience

REF_TEMPLATE = "#/components/schemas/{model}"
Form = Literal[LANGUAGE_CODES]


def omittable(kind):
    """A field an answer may leave out (``fields=``, or a page type without it), never null."""
    return kind | SkipJsonSchema[None]


class Closed(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Open(BaseModel):
    """Wagtail adds fields of its own (and of each page type); they are allowed."""

    model_config = ConfigDict(extra="allow")


# --- Answers ---------------------------------------------------------------------------------------
class Error(Closed):
    message: str
    parameter: omittable(str) = Field(None, description="The parameter with the wrong value.")


class ListMeta(Open):
    total_count: int


class ItemMeta(Open):
    type: str
    detail_url: str


class Rendition(Open):
    url: str
    width: int
    height: int
    alt: omittable(str) = None


class Topic(Closed):
    slug: str
    name: str


class Translation(Closed):
    locale: Form
    id: int
    html_url: str


class PageMeta(ItemMeta):
    html_url: str
    slug: omittable(str) = None
    locale: Form
    first_published_at: str | None = None
    translations: list[Translation]
    is_untranslated_mirror: bool


class Block(Open):
    """One body block. ``type`` is one of heading, paragraph (HTML), quote, key_points, questions,
    call_to_action, image, document, facts, organisation_card, contact_person_card."""

    type: str
    id: str
    value: Any


class Page(Open):
    id: int
    meta: PageMeta
    title: str
    intro: omittable(str) = None
    audience: omittable(Literal[tuple(Audience.values)]) = None
    age_group: omittable(str) = None
    topics: omittable(list[Topic]) = None
    listing_image: Rendition | None = None
    body: omittable(list[Block]) = Field(
        None, description="The article text as blocks. Only in the detail (`/api/v2/pages/{id}/`)."
    )


class Revision(Closed):
    id: int
    created_at: str = Field(description="When the draft was saved (ISO 8601).")


class DraftPageMeta(PageMeta):
    revision: Revision = Field(description="The saved draft shown: the one the token is for.")


class DraftPage(Page):
    meta: DraftPageMeta


class Image(Open):
    id: int
    meta: ItemMeta
    title: str
    width: omittable(int) = None
    height: omittable(int) = None


class Document(Open):
    id: int
    meta: ItemMeta
    title: str


class PostalCode(Closed):
    code: str
    place: str
    municipality: str | None


class Place(Closed):
    number: str
    name: str


class SocialLink(Closed):
    platform: str
    url: str


class PublicContact(Closed):
    """A public contact person, as listed in an organisation's detail."""

    id: int
    name: str
    role: str
    email: str
    phone: str
    photo: Rendition | None = None


class OrganisationMeta(Closed):
    type: str
    detail_url: str
    locale: Form
    html_url: str | None = Field(description="The organisation's page on this site, in the form asked for.")
    last_published_at: str | None = None


class Organisation(Closed):
    id: int
    meta: OrganisationMeta
    name: str
    slug: str
    organisation_type: Literal[tuple(OrganisationType.values)]
    short_description: omittable(str) = None
    how_to_take_part: omittable(str) = Field(None, description="HTML")
    meeting_info: omittable(str) = None
    logo: Rendition | None = None
    visiting_address: omittable(str) = None
    visiting_postal_code: PostalCode | None = None
    postal_address: omittable(str) = None
    postal_postal_code: PostalCode | None = None
    municipality: Place | None = None
    service_area: omittable(Literal[tuple(ServiceArea.values)]) = None
    served_counties: omittable(list[Place]) = None
    served_municipalities: omittable(list[Place]) = None
    topics: omittable(list[Topic]) = None
    phone: omittable(str) = None
    email: omittable(str) = None
    website: omittable(str) = None
    social_links: omittable(list[SocialLink]) = None
    last_verified: str | None = None
    contact_persons: omittable(list[PublicContact]) = Field(None, description="Only in the detail.")


class ContactMeta(Closed):
    type: str
    detail_url: str
    locale: Form
    last_published_at: str | None = None


class ContactOrganisation(Open):
    id: int
    name: omittable(str) = None


class Contact(Closed):
    id: int
    meta: ContactMeta
    name: str
    role: str
    email: omittable(str) = None
    phone: omittable(str) = None
    photo: Rendition | None = None
    organisation: ContactOrganisation | None = None


class RecordMeta(Closed):
    type: str
    detail_url: str
    locale: Form
    html_url: str | None = Field(description="Its page on this site, in the form asked for.")
    last_published_at: omittable(str) = None


class Organiser(Open):
    id: int
    name: omittable(str) = None


class Group(Closed):
    id: int
    meta: RecordMeta
    name: str
    description: omittable(str) = None
    status: Literal[tuple(GroupStatus.values)] = Field(
        description="forming (collecting interest), starting (on starts_on), running (closed to newcomers), "
        "open (to newcomers), full. Ended groups are never listed."
    )
    audience: omittable(Literal[tuple(GroupAudience.values)]) = None
    age_group: omittable(Literal[tuple(AgeGroup.values)]) = None
    digital: bool
    municipality: Place | None = None
    place: omittable(str) = None
    starts_on: str | None = None
    ends_on: omittable(str | None) = None
    rhythm: omittable(str) = None
    size: omittable(int) = None
    how_to_join: omittable(str) = None
    topics: omittable(list[Topic]) = None
    starter: omittable(PublicContact | None) = Field(None, description="Only when the person may be shown.")
    organisation: Organiser


class Event(Closed):
    id: int
    meta: RecordMeta
    kind: Literal[tuple(EventKind.values)]
    title: str
    description: omittable(str) = None
    starts_at: str
    ends_at: str | None = None
    digital: bool
    municipality: Place | None = None
    place: omittable(str) = None
    sign_up: omittable(Literal[tuple(SignUp.values)]) = None
    sign_up_info: omittable(str) = None
    sign_up_url: omittable(str) = None
    topics: omittable(list[Topic]) = None
    organisation: Organiser


# --- Query parameters --------------------------------------------------------------------------------
class Listing(BaseModel):
    limit: int = Field(20, ge=1, le=100, description="How many items to return (1–100; default 20).", examples=[20])
    offset: int = Field(0, ge=0, description="How many items to skip.", examples=[0])
    fields: str = Field(
        None,
        description="Fields to add (comma-separated), `*` for all, `-name` to leave one out. "
        "An article's `body` is only in the detail.",
        examples=["*"],
    )
    order: str = Field(
        None, description="A field to order by, `-field` for descending, or `random`.", examples=["name"]
    )
    search: str = Field(None, description="Words to search for.", examples=["sorg"])


class InForm(BaseModel):
    locale: Form = Field(None, description="The written form: `nb` (bokmål) or `nn` (nynorsk).", examples=["nn"])


class Where(BaseModel):
    postal_code: str = Field(
        None,
        pattern="^[0-9]{4}$",
        description="A four-digit postal code: organisations serving its municipality, county or all of Norway, "
        "nearest first.",
        examples=["3540"],
    )
    municipality: str = Field(
        None,
        pattern="^[0-9]{4}$",
        description="A municipality number, today's or from 2020–2023 (3005 is Drammen, 3301 today).",
        examples=["3301"],
    )
    county: str = Field(
        None,
        pattern="^[0-9]{2}$",
        description="A county number, today's or from 2020–2023 (30 Viken is 31, 32 and 33).",
        examples=["33"],
    )
    topic: str = Field(None, description="A topic slug.", examples=["sorg"])
    type: Literal[tuple(OrganisationType.values)] = Field(
        None, description="Organisation type.", examples=["volunteer_centre"]
    )
    changed_since: str = Field(
        None, description="Only what was published since this ISO 8601 date or time.", examples=["2026-11-01"]
    )


class OfOrganisation(BaseModel):
    organisation: int = Field(None, description="Only this organisation's.")


class GroupFilters(BaseModel):
    status: Literal[tuple(value for value in GroupStatus.values if value != GroupStatus.ENDED)] = Field(
        None, description="Only groups with this status (ended groups are never listed).", examples=["open"]
    )
    joinable: Literal["true", "false"] = Field(
        None,
        description="`true`: groups a newcomer can join (forming, starting on a date, or open); "
        "`false`: running groups closed to newcomers, and full ones.",
        examples=["true"],
    )


class PageFilters(BaseModel):
    translation_of: int = Field(None, description="The id of a page: its versions in the other form (with `locale`).")
    type: str = Field(None, description="A page type, e.g. `home.ArticlePage`.", examples=["home.ArticlePage"])
    child_of: int = Field(None, description="Pages right under this page id.")
    descendant_of: int = Field(None, description="Pages anywhere under this page id.")
    topic: str = Field(None, description="Articles about this topic slug.", examples=["sorg"])
    audience: Literal[tuple(Audience.values)] = Field(None, description="Articles for this audience (exact).")


class FindPage(BaseModel):
    html_path: str = Field(description="The page's path, with its form prefix.", examples=["/nn/kva-er-sjolvhjelp/"])


class ChangeParameters(BaseModel):
    since: str = Field(
        None,
        description="`meta.next` of an earlier answer: the changes after it. Without it, from the oldest kept. "
        "A cursor older than `meta.kept_days` is refused (400): mirror afresh from the listings.",
        examples=["MTIzLjE3OTYyNjQwMDA"],
    )
    limit: int = Field(None, ge=1, le=500, description="At most this many changes (default 100).", examples=[100])


class PreviewParameters(BaseModel):
    token: str = Field(
        description="The `token` the partner's preview page was opened with (from Wagtail's preview). It is "
        "bound to one saved draft and expires after `PREVIEW_TOKEN_SECONDS` (an hour by default); a wrong or "
        "expired one is a 400.",
        examples=["eyJyIjo0MiwicCI6MX0:1wL9Zs:…"],
    )


class Change(Closed):
    cursor: str = Field(description="This change's position: `since` to go on after it.")
    event: Literal["created", "changed", "unpublished", "deleted", "privacy_withdrawn"] = Field(
        description="created or changed: fetch `api_url` and keep it; the others: remove it."
    )
    type: Literal["page", "organisation", "contact", "group", "event"]
    id: int
    locale: Form | None = Field(description="A page's written form; null for directory records.")
    translation_key: str | None = Field(description="Shared by a page's versions in the two forms.")
    api_url: str = Field(description="The object's address in this API (404 once it is not public).")
    at: str = Field(description="When the change was committed (ISO 8601).")


class ChangeMeta(Closed):
    next: str = Field(description="Ask again with `since` set to this.")
    more: bool = Field(description="More changes wait: ask again at once.")
    kept_days: int = Field(description="How long changes (deletions too) are kept.")


class ChangeFeed(Closed):
    meta: ChangeMeta
    items: list[Change]
