"""The embeddable "find help" element on another site's page: served from another origin with a strict
Content Security Policy, in bokmål and nynorsk, on a phone-width window, by keyboard, with axe-core,
without scripts and when the content cannot be fetched."""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

from api import widget

pytestmark = pytest.mark.django_db

PHONE = {"width": 390, "height": 844}
HOST_FONT = "Georgia, serif"


class HostSite:
    """A partner's page on its own origin, with a strict CSP that lets in only our script and API."""

    def __init__(self, our_site):
        self.our_site, self.pages = our_site, {}
        host = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                body = host.pages.get(self.path, "").encode()
                self.send_response(200 if body else 404)
                kind = "text/css" if self.path.endswith(".css") else "text/html"
                self.send_header("Content-Type", f"{kind}; charset=utf-8")
                self.send_header(
                    "Content-Security-Policy",
                    f"default-src 'none'; script-src {host.our_site}; connect-src {host.our_site}; "
                    "style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'",
                )
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def add(self, path, attributes):
        """A page of the partner's, with the two lines from our configurator pasted in."""
        self.pages[path] = (
            f'<!DOCTYPE html><html lang="{attributes["lang"]}"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1"><title>Kommunen</title>'
            '<link rel="stylesheet" href="/host.css"></head>'
            f"<body><main><h1>Helse og omsorg</h1>{widget.snippet(self.our_site, attributes)}</main></body></html>"
        )
        return self.url + path

    def stop(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def host(public_site):
    site = HostSite(public_site[0])
    site.pages["/host.css"] = f"body {{ font-family: {HOST_FONT}; margin: 1rem; }}"
    yield site
    site.stop()


@pytest.fixture
def partner_page(browser, public_site):
    contexts = []

    def open_page(url, **options):
        context = browser.new_context(viewport=PHONE, **options)
        contexts.append(context)
        # Blocked by the host's CSP, or sent with the visitor's cookies for our site: recorded.
        context.add_init_script(
            "window.__violations = [];"
            "document.addEventListener('securitypolicyviolation', e => window.__violations.push(e.violatedDirective));"
        )
        context.add_cookies([{"name": "sessionid", "value": "visitor", "url": public_site[0]}])
        page = context.new_page()
        page.sent_cookies = []
        page.on("request", lambda request: page.sent_cookies.append(request.headers.get("cookie")))
        page.goto(url)
        return page

    yield open_page
    for context in contexts:
        context.close()


def shadow_text(page):
    return page.locator("selvhjelp-finn-hjelp").evaluate("element => element.shadowRoot.textContent")


@pytest.mark.parametrize(
    ("lang", "title", "lists"),
    [
        ("nb", "Selvhjelp nær deg", ["Hvem kan hjelpe", "Grupper du kan bli med i", "Kommende møter"]),
        ("nn", "Sjølvhjelp nær deg", ["Kven kan hjelpe", "Grupper du kan bli med i", "Komande møte"]),
    ],
)
def test_the_element_shows_the_municipality_on_a_strict_csp_page_in_both_forms(
    partner_page, host, public_site, lang, title, lists
):
    url = host.add(f"/{lang}.html", {"lang": lang, "kommune": "3322"})
    page = partner_page(url)
    page.locator("selvhjelp-finn-hjelp section[aria-busy=false]").wait_for()
    heading = page.get_by_role("heading", name=title, level=2)
    assert heading.is_visible()
    for name in lists:
        assert page.get_by_role("heading", name=name, level=3).is_visible()

    # What it lists is what the API gives for Nesbyen, in the form chosen.
    expected = page.request.get(f"{public_site[0]}/api/v2/organisations/?locale={lang}&municipality=3322&limit=5")
    names = [item["name"] for item in expected.json()["items"]]
    assert names and all(name in shadow_text(page) for name in names)
    first = page.locator("selvhjelp-finn-hjelp section li a").first  # in its shadow root
    # Each line links to its page on our site (the API's html_url, from the site's own address).
    assert urlsplit(first.get_attribute("href")).path.startswith(f"/{lang}/finn-hjelp/")

    assert page.evaluate("window.__violations") == []
    # The host's font; nothing kept in the browser, no cookie of ours sent with the API's requests.
    assert first.evaluate("a => getComputedStyle(a).fontFamily") == HOST_FONT
    assert page.evaluate("localStorage.length + sessionStorage.length") == 0
    assert [cookie for cookie in page.sent_cookies if cookie] == []

    # WCAG 2.1 AA inside the host page (axe-core looks into the open shadow root).
    options = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
    results = Axe().run(page, options=options)
    assert results.violations_count == 0, results.generate_report()


def test_the_element_is_used_by_keyboard_with_a_visible_focus(partner_page, host):
    page = partner_page(host.add("/tastatur.html", {"lang": "nb", "fylke": "33", "tema": "sorg"}))
    page.locator("selvhjelp-finn-hjelp section[aria-busy=false]").wait_for()
    page.keyboard.press("Tab")
    focused = page.evaluate(
        "() => { const a = document.activeElement.shadowRoot.activeElement;"
        " return [a.tagName, getComputedStyle(a).outlineStyle, getComputedStyle(a).outlineWidth]; }"
    )
    assert focused == ["A", "solid", "3px"]
    page.keyboard.press("Shift+Tab")
    assert page.evaluate("document.activeElement === document.body")


def test_without_scripts_the_page_shows_a_link_to_the_directory(partner_page, host, public_site):
    page = partner_page(host.add("/uten-skript.html", {"lang": "nn", "kommune": "3322"}), java_script_enabled=False)
    link = page.get_by_role("link", name="Finn sjølvhjelp i katalogen")
    assert link.is_visible()
    assert link.get_attribute("href") == f"{public_site[0]}/nn/finn-hjelp/?kommune=3322"


def test_when_the_content_cannot_be_fetched_the_link_is_shown_with_a_message(partner_page, host):
    page = partner_page(host.add("/feil.html", {"lang": "nb", "kommune": "9999"}))
    page.locator("selvhjelp-finn-hjelp section[aria-busy=false]").wait_for()
    assert page.get_by_role("status").inner_text() == "Innholdet kunne ikke hentes."
    assert page.get_by_role("link", name="Finn selvhjelp i katalogen").is_visible()
