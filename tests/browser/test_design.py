"""The public site's layout as a visitor meets it: a compact header, the main task above the fold on a
phone, nothing that moves while a page loads, and no lone card on a grid's last row."""

import pytest

# The journeys only read: the demo is loaded once for the module (public_site); the test database is
# set up as for any test.
pytestmark = pytest.mark.django_db

PHONE = {"width": 390, "height": 844}
WIDE = {"width": 1280, "height": 900}

LAYOUT_SHIFT = """() => new Promise(resolve => {
    let total = 0;
    const observer = new PerformanceObserver(list => { for (const entry of list.getEntries()) total += entry.value; });
    observer.observe({type: 'layout-shift', buffered: true});
    requestAnimationFrame(() => requestAnimationFrame(() => { observer.disconnect(); resolve(total); }));
})"""


def test_the_header_is_compact_and_finding_help_is_above_the_fold_on_a_phone(browser, public_site):
    context = browser.new_context(viewport=PHONE, base_url=public_site[0])
    visitor = context.new_page()
    visitor.goto("/nb/")
    header = visitor.locator(".site-header").bounding_box()
    assert header["height"] <= 0.2 * PHONE["height"]
    field = visitor.locator("#home-postal-code").bounding_box()
    assert field["y"] + field["height"] <= PHONE["height"]
    assert visitor.get_by_role("heading", name="Finn en gruppe nær deg").is_visible()
    context.close()


@pytest.mark.parametrize("viewport", [PHONE, WIDE], ids=["phone", "wide"])
def test_nothing_moves_while_a_page_loads_at_a_chosen_text_size(browser, public_site, viewport):
    context = browser.new_context(viewport=viewport, base_url=public_site[0])
    context.add_init_script("window.localStorage.setItem('text-size', 'large')")
    page = context.new_page()
    for path in ("/nb/", "/nb/finn-hjelp/?postnummer=3540", "/nn/"):
        page.goto(path)
        page.wait_for_load_state("load")
        assert page.evaluate(LAYOUT_SHIFT) == 0, path
    context.close()


def test_no_grid_leaves_a_lone_card_on_its_last_row(browser, public_site):
    context = browser.new_context(viewport=WIDE, base_url=public_site[0])
    page = context.new_page()
    lone = []
    for path in ("/nb/", "/nn/", "/nb/finn-hjelp/?postnummer=3540"):
        page.goto(path)
        lone += page.evaluate(
            """() => [...document.querySelectorAll('.tiles, .card-grid, .org-list')].flatMap(list => {
                const items = [...list.children];
                const rows = new Map();
                for (const item of items) {
                    const top = Math.round(item.getBoundingClientRect().top);
                    rows.set(top, [...(rows.get(top) || []), item]);
                }
                const last = [...rows.values()].pop() || [];
                const width = list.getBoundingClientRect().width;
                return rows.size > 1 && last.length === 1 && last[0].getBoundingClientRect().width < width * 0.9
                    ? [list.className] : [];
            })"""
        )
    context.close()
    assert lone == []
