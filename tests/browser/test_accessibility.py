"""WCAG 2.1 AA on the public site, checked in a real browser the way people use it: on a phone-width
window and a wide one, at every text size, by keyboard, without JavaScript, in bokmål and nynorsk.

core/accessibility.py names these tests in the accessibility statement; what each one checks is said
there too (and in each docstring).
"""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe

from tests.browser.pages import KEYBOARD_BUDGET, TEXT_SIZES, contrast, focus_walk, keyboard_path

# The journeys only read: the demo is loaded once for the module (public_site); the test database is
# set up as for any test.
pytestmark = pytest.mark.django_db

PHONE = {"width": 390, "height": 844}
NARROW = {"width": 320, "height": 640}
WIDE = {"width": 1280, "height": 900}
# 200 % zoom of a 1280 px wide window lays the page out as 640 CSS px.
ZOOMED = {"width": 640, "height": 450}


def _context(browser, site, viewport, text_size="normal", **options):
    context = browser.new_context(viewport=viewport, base_url=site[0], **options)
    if text_size != "normal":
        context.add_init_script(f"window.localStorage.setItem('text-size', '{text_size}')")
    return context


def _sideways(page):
    return page.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")


def test_no_page_scrolls_sideways_at_320_px_at_any_text_size(browser, public_site):
    """1.4.10 Reflow, 1.4.4 Resize text, 1.3.4 Orientation: at 320 CSS px, at each of the site's text
    sizes, and at 200 % zoom, no page (with its menu open, too) is wider than the window."""
    pages = public_site[1]
    too_wide = []
    for viewport, sizes in ((NARROW, TEXT_SIZES), (ZOOMED, ("normal",))):
        for size in sizes:
            context = _context(browser, public_site, viewport, size)
            page = context.new_page()
            for path in pages:
                page.goto(path)
                assert page.evaluate("document.documentElement.dataset.textSize || 'normal'") == size
                if (overflow := _sideways(page)) > 0:
                    too_wide.append((viewport["width"], size, path, overflow))
                if path == pages[0]:
                    page.click(".site-menu > summary")
                    if (overflow := _sideways(page)) > 0:
                        too_wide.append((viewport["width"], size, "the open menu", overflow))
            context.close()
    assert too_wide == []


def test_text_spacing_hides_no_text(browser, public_site):
    """1.4.12 Text spacing: with WCAG's spacing (line height 1.5, paragraphs 2 em, letters 0.12 em,
    words 0.16 em) on a phone, nothing is cut off or scrolls sideways."""
    spacing = (
        "* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }"
        " p { margin-bottom: 2em !important; }"
    )
    context = _context(browser, public_site, NARROW, bypass_csp=True)  # (the spacing is an inline style)
    page = context.new_page()
    clipped = []
    for path in public_site[1]:
        page.goto(path)
        page.add_style_tag(content=spacing)
        if (overflow := _sideways(page)) > 0:
            clipped.append((path, "sideways", overflow))
        cut = page.evaluate(
            """() => [...document.querySelectorAll('a, button, label, summary, h1, h2, h3, p, li, dt, dd, th, td')]
                .filter(el => el.offsetParent !== null)
                .filter(el => { const box = el.getBoundingClientRect(); return box.width > 1 && box.height > 1; })
                .filter(el => {
                    const style = getComputedStyle(el);
                    const hides = [style.overflow, style.overflowX, style.overflowY].some(v => v === 'hidden' || v === 'clip');
                    return hides && (el.scrollHeight > el.clientHeight + 1 || el.scrollWidth > el.clientWidth + 1);
                })
                .map(el => el.tagName + ': ' + el.textContent.trim().slice(0, 40))"""
        )
        clipped += [(path, text) for text in cut]
    context.close()
    assert clipped == []


@pytest.mark.parametrize("viewport", [PHONE, WIDE], ids=["phone", "wide"])
def test_focus_is_visible_with_enough_contrast_wherever_it_lands(browser, public_site, viewport):
    """2.4.7 Focus visible, 1.4.11 Non-text contrast, 2.1.1 Keyboard, 2.1.2 No keyboard trap, 3.2.1 On
    focus: Tab goes through every page and back to the start; everything that gets focus shows
    Designsystemet's focus ring, at least 3:1 against what is behind it (the dark footer too)."""
    context = _context(browser, public_site, viewport)
    page = context.new_page()
    weak = []
    for path in [path for path in public_site[1] if not path.startswith("/nn/")]:
        page.goto(path)
        stops = focus_walk(page)
        assert stops, path
        for stop in stops:
            if stop["appears"]:  # the skip link: shown only while it has focus
                continue
            ring = max(contrast(stop["ring"], stop["background"]), contrast(stop["inner"], stop["background"]))
            if stop["width"] < 2 or ring < 3:
                weak.append((path, stop["element"], stop["ring"], stop["background"], round(ring, 2)))
    context.close()
    assert weak == []


@pytest.mark.parametrize("viewport", [PHONE, WIDE], ids=["phone", "wide"])
def test_keyboard_path_to_find_help_stays_within_budget(browser, public_site, viewport):
    """2.1.1 Keyboard, 2.4.1 Bypass blocks, 2.4.3 Focus order: from the home page to the postal code
    field, then to the first organisation for that code, in at most KEYBOARD_BUDGET key presses
    (typing the code not counted)."""
    context = _context(browser, public_site, viewport)
    page = context.new_page()
    page.goto("/nb/")
    presses = keyboard_path(page, "#home-postal-code")
    page.keyboard.type("3540")
    page.keyboard.press("Enter")
    presses += 1
    page.wait_for_url(re.compile(r"postnummer=3540"))
    assert page.evaluate("document.activeElement.id") == "results-heading"
    presses += keyboard_path(page, ".org-list a", from_top=False)
    assert "Frisklivssentralen" in page.evaluate("document.activeElement.textContent")
    context.close()
    assert presses <= KEYBOARD_BUDGET, presses


@pytest.mark.parametrize("language", ["nb", "nn"])
def test_wrong_postal_code_is_explained_and_focused(browser, public_site, language):
    """3.3.1 Error identification, 3.3.3 Error suggestion, 3.3.2 Labels, 2.4.2 Page titled, 4.1.3 Status
    messages: a wrong postal code gives an error summary that gets focus and links to the field, which
    keeps what was typed, is marked invalid and described by the message; the title starts "Feil"."""
    context = _context(browser, public_site, PHONE)
    page = context.new_page()
    page.goto(f"/{language}/")
    page.fill("#home-postal-code", "35x0")
    page.press("#home-postal-code", "Enter")
    page.wait_for_url(re.compile(r"postnummer=35x0"))
    assert page.title().startswith("Feil: ")
    summary = page.locator(".ds-error-summary")
    assert page.evaluate("document.activeElement.classList.contains('ds-error-summary')")
    assert summary.is_visible()
    message = "Et postnummer har fire sifre" if language == "nb" else "Eit postnummer har fire siffer"
    assert message in summary.inner_text()

    field = page.locator("#filter-postal-code")
    assert field.input_value() == "35x0"
    assert field.get_attribute("aria-invalid") == "true"
    described = " ".join(page.locator(f"#{id}").inner_text() for id in field.get_attribute("aria-describedby").split())
    assert message in described
    assert ("Fire sifre" if language == "nb" else "Fire siffer") in described

    page.keyboard.press("Tab")
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "filter-postal-code"
    context.close()


def test_result_summary_gets_focus_after_a_search(browser, public_site):
    """4.1.3 Status messages, 2.4.3 Focus order: after a search in the directory, the summary of the
    results gets focus, so a screen reader reads it first."""
    context = _context(browser, public_site, PHONE)
    page = context.new_page()
    page.goto("/nn/")
    page.click(".site-menu > summary")
    page.get_by_role("navigation", name="Hovudmeny").get_by_role("link", name="Finn hjelp").click()
    page.fill("#filter-postal-code", "3540")
    page.press("#filter-postal-code", "Enter")
    page.wait_for_url(re.compile(r"postnummer=3540"))
    assert page.evaluate("document.activeElement.id") == "results-heading"
    assert "for 3540 (Nesbyen)" in page.evaluate("document.activeElement.textContent")
    context.close()


def test_menu_works_without_javascript(browser, public_site):
    """4.1.2 Name, role, value, 2.1.1 Keyboard, 2.4.5 Multiple ways: without JavaScript, the menu is a
    disclosure that opens with the keyboard and leads to every section, and finding help works; the
    text-size control, which needs JavaScript, is not shown."""
    context = _context(browser, public_site, PHONE, java_script_enabled=False)
    page = context.new_page()
    page.goto("/nb/")
    menu = page.get_by_role("navigation", name="Hovedmeny")
    assert not menu.is_visible()
    assert not page.locator("[data-text-size-control]").is_visible()
    keyboard_path(page, ".site-menu > summary")
    page.keyboard.press("Enter")
    assert menu.is_visible()
    links = menu.get_by_role("link")
    assert links.count() >= 4
    page.keyboard.press("Tab")
    first = page.evaluate("document.activeElement.textContent.trim()")
    assert first == links.first.inner_text().strip()
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.locator("h1").inner_text().strip() == first

    # Finding help needs no script either.
    page.goto("/nb/")
    page.fill("#home-postal-code", "3540")
    page.press("#home-postal-code", "Enter")
    page.wait_for_url(re.compile(r"postnummer=3540"))
    assert "for 3540 (Nesbyen)" in page.locator("#results-heading").inner_text()
    assert page.locator(".org-list a").first.is_visible()
    context.close()


def test_language_of_parts_on_an_untranslated_page(browser, public_site):
    """3.1.1 Language of page, 3.1.2 Language of parts, as the browser computes them: on a nynorsk page
    that shows bokmål text (untranslated), the page and its text are bokmål, the site's own words
    around it (menu, notice, labels, footer) nynorsk."""
    mirror = next(path for path in public_site[1] if path.startswith("/nn/") and "selvhjelp-i-kommunen" in path)
    context = _context(browser, public_site, WIDE)
    page = context.new_page()
    page.goto(mirror)
    language_of = "(selector) => document.querySelector(selector).closest('[lang]').lang"
    assert page.evaluate("document.documentElement.lang") == "nb"
    assert page.title().startswith("Selvhjelp som del av kommunens tilbud")
    for selector in (".main-nav a", ".ds-alert", ".article__meta dt", ".site-footer a", ".ds-breadcrumbs a"):
        assert page.evaluate(language_of, selector) == "nn", selector
    for selector in ("h1", ".article__body p", ".ds-breadcrumbs [aria-current=page]"):
        assert page.evaluate(language_of, selector) == "nb", selector
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, WIDE], ids=["phone", "wide"])
def test_axe_finds_nothing_on_any_public_page(browser, public_site, viewport):
    """axe-core's rules for WCAG 2.1 A and AA, on every public template in both forms."""
    axe = Axe()
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    context = _context(browser, public_site, viewport)
    page = context.new_page()
    found = {}
    for path in public_site[1]:
        page.goto(path)
        results = axe.run(page, options=options)
        if results.violations_count:
            found[path] = results.generate_report()
    context.close()
    assert found == {}
