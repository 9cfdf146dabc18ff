"""What the accessibility journeys visit and measure: every public template of the demo site in both
forms, the keyboard path, the focus ring and its contrast."""

import re

from directory.models import DirectoryPage, Event, Organisation, SelfHelpGroup
from home.models import ArticlePage, SectionPage

TEXT_SIZES = ("normal", "large", "larger")
# Key presses (Tab and Enter, not the typed digits) from the home page to the first organisation for a
# postal code: to the field (skip link, Enter, Tab on a wide screen, or four Tabs past the header's
# four stops on a phone), Enter to search, one Tab from the result summary to the first result.
KEYBOARD_BUDGET = 10
MAX_TABS = 120


def public_pages():
    """The addresses of every public template: home, section, article, directory (with results and with
    an error), organisation, groups and meetings (lists and one of each), the interest form and its
    privacy notice, search (with and without results), about, the accessibility statement and the 404
    page; the API's documentation; in nynorsk also an untranslated (mirrored) article."""
    pages = []
    for form in ("nb", "nn"):
        section = SectionPage.objects.live().filter(locale__language_code=form).order_by("path").first()
        article = ArticlePage.objects.live().filter(locale__language_code=form, alias_of__isnull=True).first()
        directory = DirectoryPage.for_form(form).url
        organisation = Organisation.objects.public().order_by("name").first()
        pages += [
            f"/{form}/",
            section.url,
            article.url,
            directory,
            f"{directory}?postnummer=3540",
            f"{directory}?postnummer=99x9",
            f"{directory}{organisation.slug}/",
            f"/{form}/sok/?q=gruppe",
            f"/{form}/sok/?q=qqqzzz",
            f"/{form}/om/",
            f"/{form}/tilgjengelighet/",
            f"/{form}/finnes-ikke/",
            f"{directory}grupper/?postnummer=3540",
            f"{directory}moter/",
            f"{directory}grupper/{SelfHelpGroup.objects.public().order_by('pk').first().pk}/",
            f"{directory}moter/{Event.objects.public().order_by('pk').first().pk}/",
            f"/{form}/meld-interesse/",
            f"/{form}/meld-interesse/personvern/",
        ]
        if form == "nb":
            pages.append("/api/docs/")
        if form == "nn":
            mirror = ArticlePage.objects.live().filter(locale__language_code=form, alias_of__isnull=False).first()
            pages.append(mirror.url)
    return pages


def keyboard_path(page, selector, from_top=True, max_tabs=MAX_TABS):
    """Press Tab (and Enter on the skip link, from the top of a page) until the element ``selector``
    has focus; the number of key presses."""
    presses = 0
    skipped = not from_top
    while presses < max_tabs:
        page.keyboard.press("Tab")
        presses += 1
        if page.evaluate("(s) => document.activeElement.matches(s)", selector):
            return presses
        on_skip_link = page.evaluate("document.activeElement.classList.contains('ds-skip-link')")
        if not skipped and on_skip_link and page.evaluate("(s) => !!document.querySelector('main ' + s)", selector):
            page.keyboard.press("Enter")
            presses += 1
            skipped = True
    raise AssertionError(f"{selector} was not reached in {max_tabs} presses")


FOCUS_STOP = """() => {
    let el = document.activeElement;
    if (!el || el === document.body) return null;
    // Into a custom element's shadow root (the "find help" element on the API docs): what has focus there.
    while (el.shadowRoot && el.shadowRoot.activeElement) el = el.shadowRoot.activeElement;
    const style = getComputedStyle(el);
    const behind = (node) => {
        for (; node; node = node.parentElement || node.getRootNode().host) {
            const colour = getComputedStyle(node).backgroundColor;
            if (colour && colour !== 'rgba(0, 0, 0, 0)' && colour !== 'transparent') return colour;
        }
        return 'rgb(255, 255, 255)';
    };
    const shadow = (style.boxShadow.match(/rgba?\\([^)]*\\)/) || [null])[0];
    const appears = el.classList.contains('ds-skip-link');  // shown only while focused: that is its indicator
    return {
        element: `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} ${(el.textContent || el.value || '').trim().slice(0, 30)}`,
        key: el.outerHTML.slice(0, 200) + el.getBoundingClientRect().top,
        ring: style.outlineStyle === 'none' ? (shadow || 'none') : style.outlineColor,
        width: style.outlineStyle === 'none' ? (shadow ? 3 : 0) : parseFloat(style.outlineWidth),
        inner: shadow || style.outlineColor,
        background: behind(el.parentElement),
        appears,
    };
}"""


def focus_walk(page, max_tabs=MAX_TABS):
    """Every place Tab lands on a page, in order, until focus leaves the page or comes back round."""
    stops, seen = [], set()
    for _ in range(max_tabs):
        page.keyboard.press("Tab")
        stop = page.evaluate(FOCUS_STOP)
        if stop is None or stop["key"] in seen:
            break
        seen.add(stop["key"])
        stops.append(stop)
    return stops


def _luminance(colour):
    values = [float(v) for v in re.findall(r"[\d.]+", colour)[:3]]
    if len(values) < 3:
        return None

    def channel(value):
        value /= 255
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    red, green, blue = (channel(v) for v in values)
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def contrast(first, second):
    """WCAG's contrast ratio of two CSS rgb()/rgba() colours (0 when one is not a colour)."""
    a, b = _luminance(first or ""), _luminance(second or "")
    if a is None or b is None:
        return 0
    light, dark = max(a, b), min(a, b)
    return (light + 0.05) / (dark + 0.05)
