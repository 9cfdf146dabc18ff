"""Submit an admin form the way a browser does: every field as the page shows it, with changes."""

from html.parser import HTMLParser

from django.utils.text import slugify
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield


class _FormReader(HTMLParser):
    def __init__(self, form_id):
        super().__init__(convert_charrefs=True)
        self.form_id = form_id
        self.inside = False
        self.values = []
        self._select = None
        self._option = None
        self._textarea = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = attrs.get("id") == self.form_id or (
                self.form_id is None and attrs.get("method", "").lower() == "post"
            )
            return
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name and "disabled" not in attrs:
            kind = attrs.get("type", "text").lower()
            if kind in ("submit", "button", "file", "image"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.values.append((name, attrs.get("value", "on" if kind == "checkbox" else "")))
        elif tag == "select" and name:
            self._select = name
            self._selected = None
        elif tag == "option" and self._select:
            if "selected" in attrs:
                self.values.append((self._select, attrs.get("value", "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "form":
            self.inside = False
        elif tag == "select":
            self._select = None
        elif tag == "textarea" and self._textarea is not None:
            name, text = self._textarea
            self.values.append((name, text[1:] if text.startswith("\n") else text))
            self._textarea = None


def form_data(html, form_id=None, **changes):
    """The fields of the page's form (the first POST form, or the one with ``form_id``), with changes.

    A change of ``None`` removes the field, as unticking a checkbox does.
    """
    reader = _FormReader(form_id)
    reader.feed(html)
    data = {}
    for name, value in reader.values:
        data.setdefault(name, []).append(value)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = [value]
    return data


def submit(client, url, action=None, **changes):
    """Open ``url`` as the user, change fields and press a button (``action-publish`` etc.)."""
    page = client.get(url)
    assert page.status_code == 200, page.status_code
    data = form_data(page.content.decode(), **changes)
    if action:
        data[action] = ["1"]
    return client.post(url, data)


def new_article(title, paragraphs=(), *, intro="", audience="everyone", topics=(), publish=False, **fields):
    """The form of a new article as Wagtail's page editor posts it: its paragraphs (HTML), its topics,
    other fields as given (``age_group``), and the publish button pressed or not."""
    buttons = {"action-publish": "publish"} if publish else {}
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "intro": intro,
            "body": streamfield([("paragraph", rich_text(html)) for html in paragraphs]),
            "audience": audience,
            "age_group": "",
            "topic_links": inline_formset([{"topic": topic.id} for topic in topics]),
            **fields,
            **buttons,
        }
    )
