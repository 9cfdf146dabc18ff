"""Where nynorsk stands: which of a user's pages have no nynorsk yet, which nynorsk pages are older
than their bokmål, and the share of nynorsk among published pages and words (språklova asks state
bodies for at least 25 % of each written form).

A nynorsk page is *out of date* when the bokmål text now published was written after the nynorsk was
taken from it: its live revision was made after wagtail-localize last read the source
(``TranslationSource.last_updated_at``), or, for a nynorsk page written by hand, after the nynorsk
page was last published. (Publishing alone changes nothing: a bokmål page approved after its nynorsk
was made from the same draft is not out of date.) The editor sees what
changed in Wagtail's revision comparison of the bokmål page, from the revision the nynorsk was made
from to the live one.
"""

import re
from dataclasses import dataclass

from django.urls import reverse
from django.utils.html import strip_tags
from wagtail.models import Page, Revision
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.models import TranslationSource

from directory.permissions import moderates_directory

WORD = re.compile(r"\w+")


def pages_in_scope(user, language):
    """The user's own pages in one written form (every page for moderators), without the root."""
    pages = Page.objects.filter(locale__language_code=language, depth__gt=1)
    if moderates_directory(user):
        return pages
    editable = PagePermissionPolicy().instances_user_has_permission_for(user, "change")
    return pages.filter(pk__in=editable.values("pk"))


@dataclass
class Outdated:
    page: Page
    translation: Page
    compare_url: str
    edit_url: str


def nynorsk_state(user):
    """(bokmål pages without nynorsk, nynorsk pages out of date) among the user's live pages."""
    bokmal = list(pages_in_scope(user, "nb").live().select_related("live_revision").order_by("path"))
    nynorsk = {
        page.translation_key: page
        for page in Page.objects.filter(
            locale__language_code="nn", translation_key__in=[page.translation_key for page in bokmal]
        )
    }
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(
            object_id__in=[page.translation_key for page in bokmal], locale__language_code="nb"
        )
    }
    missing, outdated = [], []
    for page in bokmal:
        translation = nynorsk.get(page.translation_key)
        if translation is None or translation.alias_of_id is not None:
            missing.append(page)
            continue
        source = sources.get(page.translation_key)
        taken_at = source.last_updated_at if source is not None else translation.last_published_at
        written_at = page.live_revision.created_at if page.live_revision else page.last_published_at
        if written_at and taken_at and written_at > taken_at:
            outdated.append(
                Outdated(
                    page=page,
                    translation=translation,
                    compare_url=compare_url(page, taken_at),
                    edit_url=reverse("wagtailadmin_pages:edit", args=[translation.pk]),
                )
            )
    return missing, outdated


def compare_url(page, taken_at):
    """Wagtail's comparison of the bokmål page from the revision the nynorsk was made from to now."""
    then = (
        Revision.page_revisions.filter(object_id=str(page.pk), created_at__lte=taken_at)
        .order_by("-created_at")
        .values_list("pk", flat=True)
        .first()
    )
    if then is None or then == page.live_revision_id:
        return reverse("wagtailadmin_pages:history", args=[page.pk])
    return reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, then, "live"])


def words(page):
    """The words a visitor reads on the page: title, introduction and body text."""
    specific = page.specific
    texts = [specific.title, getattr(specific, "intro", "") or ""]
    body = getattr(specific, "body", None)
    if body is not None and hasattr(body, "stream_block"):
        texts += body.stream_block.get_searchable_content(body)
    return sum(len(WORD.findall(strip_tags(str(text)))) for text in texts)


@dataclass
class Share:
    pages: dict
    words: dict

    def percent(self, counts):
        total = sum(counts.values())
        return round(100 * counts["nn"] / total) if total else 0

    @property
    def pages_percent(self):
        return self.percent(self.pages)

    @property
    def words_percent(self):
        return self.percent(self.words)


def nynorsk_share(user):
    """Published pages and their words per written form; a nynorsk mirror of a bokmål page (which
    shows the bokmål text) counts as bokmål, not as nynorsk."""
    pages = {"nb": 0, "nn": 0}
    counted = {"nb": 0, "nn": 0}
    for language in ("nb", "nn"):
        for page in pages_in_scope(user, language).live().filter(alias_of__isnull=True).specific():
            pages[language] += 1
            counted[language] += words(page)
    return Share(pages=pages, words=counted)
