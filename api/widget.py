"""The embeddable "find help" element on /api/docs/: its configurator (a plain GET form that writes
the two lines to paste, and shows them working on the page) and the script's size as served."""

import gzip
from functools import cache
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.staticfiles import finders
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _

from core.models import Topic
from directory.models import County, Municipality

SCRIPT = "js/finn-hjelp.js"
KINDS = [("organisasjoner", _("Organisations")), ("grupper", _("Groups")), ("moter", _("Meetings"))]


@cache
def script_size():
    """(bytes, bytes gzipped) of the script."""
    data = Path(finders.find(SCRIPT)).read_bytes()
    return len(data), len(gzip.compress(data, compresslevel=9))


class WidgetForm(forms.Form):
    lang = forms.ChoiceField(
        label=_("Written form"),
        choices=[("nb", _("Bokmål")), ("nn", _("Nynorsk"))],
        initial="nb",
        widget=forms.RadioSelect,
    )
    kommune = forms.ChoiceField(label=_("Municipality"), required=False)
    fylke = forms.ChoiceField(label=_("County"), required=False, help_text=_("Used when no municipality is chosen."))
    tema = forms.ChoiceField(label=_("Topic"), required=False)
    vis = forms.MultipleChoiceField(
        label=_("Show"),
        choices=KINDS,
        initial=[kind for kind, _label in KINDS],
        required=False,
        help_text=_("None chosen shows all three."),
        widget=forms.CheckboxSelectMultiple,
    )
    antall = forms.IntegerField(label=_("At most per list"), min_value=1, max_value=20, initial=5, required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        anywhere = [("", _("All of Norway"))]
        self.fields["kommune"].choices = anywhere + list(
            Municipality.objects.order_by("name_norwegian").values_list("number", "name_norwegian")
        )
        self.fields["fylke"].choices = anywhere + list(County.objects.order_by("name").values_list("number", "name"))
        self.fields["tema"].choices = [("", _("All topics"))] + list(
            Topic.objects.filter(locale__language_code="nb").order_by("name").values_list("slug", "name")
        )

    def error_list(self):
        """The errors for the page's error summary, each linked to its field (a group's first choice)."""
        errors = []
        for name, messages in self.errors.items():
            field = self[name]
            target = field.subwidgets[0].id_for_label if name in ("lang", "vis") else field.id_for_label
            errors.append({"field_id": target, "message": f"{field.label}: {messages[0]}"})
        return errors

    def settings(self):
        """The element's attributes, in the order they are written."""
        data = self.cleaned_data if self.is_valid() else {name: field.initial for name, field in self.fields.items()}
        attributes = {"lang": data.get("lang") or "nb"}
        if data.get("kommune"):
            attributes["kommune"] = data["kommune"]
        elif data.get("fylke"):
            attributes["fylke"] = data["fylke"]
        if data.get("tema"):
            attributes["tema"] = data["tema"]
        kinds = data.get("vis") or []
        if kinds and len(kinds) < len(KINDS):
            attributes["vis"] = " ".join(kinds)
        if data.get("antall") and data["antall"] != 5:
            attributes["antall"] = str(data["antall"])
        return attributes


def script_url(base_url):
    """The script's address without the content hash production adds to static files: a partner's page
    keeps working when the script is updated (WhiteNoise serves it with a short cache time)."""
    return f"{base_url}{settings.STATIC_URL}{SCRIPT}"


def directory_url(base_url, attributes):
    query = "&".join(
        f"{name}={attributes[key]}"
        for key, name in (("kommune", "kommune"), ("fylke", "fylke"), ("tema", "tema"))
        if key in attributes
    )
    return f"{base_url}/{attributes['lang']}/finn-hjelp/" + (f"?{query}" if query else "")


def snippet(base_url, attributes):
    """The two lines a partner pastes (the link inside shows while scripts are off)."""
    link_text = {"nb": "Finn selvhjelp i katalogen", "nn": "Finn sjølvhjelp i katalogen"}[attributes["lang"]]
    written = " ".join(f'{name}="{escape(value)}"' for name, value in attributes.items())
    return (
        f'<script src="{script_url(base_url)}" defer></script>\n'
        f"<selvhjelp-finn-hjelp {written}>\n"
        f'  <a href="{escape(directory_url(base_url, attributes))}">{link_text}</a>\n'
        "</selvhjelp-finn-hjelp>"
    )
