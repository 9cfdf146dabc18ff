"""The visitor's interest form: what they want, where, how to be reached, and their consent.

Every field is checked and every error said beside its field and in the error summary. Limits keep
what is stored small: a chosen name, phone or e-mail (at least one), and a short message.
"""

import re

from django import forms
from django.utils.translation import gettext_lazy as _

from core.models import Topic
from directory.models import Municipality, PostalCode, SelfHelpGroup

from .models import Wish

MESSAGE_LENGTH = 500
PHONE = re.compile(r"\+?[\d ]{8,15}")


def joinable_group(group_id):
    """The group a visitor asks to join, if it is public and still takes newcomers; else None."""
    return SelfHelpGroup.objects.joinable().filter(pk=group_id).select_related("organisation", "municipality").first()


class InterestForm(forms.Form):
    # A field people never see and screen readers skip: a robot filling every field fills it too.
    website = forms.CharField(required=False, label=_("Leave this field empty"))
    submission_key = forms.CharField(widget=forms.HiddenInput, max_length=64)
    group = forms.IntegerField(widget=forms.HiddenInput, required=False)

    wish = forms.ChoiceField(
        label=_("What would you like?"),
        choices=Wish.choices,
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose what you would like.")},
    )
    topic = forms.ChoiceField(label=_("Topic"), required=False)
    postal_code = forms.CharField(
        label=_("Postal code"), required=False, max_length=10, help_text=_("Four digits, such as 3540")
    )
    municipality = forms.ChoiceField(label=_("Or choose your municipality"), required=False)
    name = forms.CharField(
        label=_("Your name"),
        max_length=80,
        help_text=_("A first name or another name you choose is enough."),
        error_messages={"required": _("Write a name we can call you by.")},
    )
    email = forms.EmailField(label=_("E-mail"), required=False, max_length=200)
    phone = forms.CharField(label=_("Phone"), required=False, max_length=20)
    message = forms.CharField(
        label=_("Message (optional)"),
        required=False,
        max_length=MESSAGE_LENGTH,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("At most 500 characters. Do not write more about your health than you wish to share."),
    )
    consent = forms.BooleanField(
        label=_("I agree that my registration is stored and sent to the organisations named above."),
        error_messages={"required": _("Tick the box to agree, or we cannot keep your registration.")},
    )

    def __init__(self, *args, locale_id, **kwargs):
        super().__init__(*args, **kwargs)
        self.topics = {topic.slug: topic for topic in Topic.for_menu(locale_id)}
        self.fields["topic"].choices = [("", _("Choose a topic")), *((t.slug, t.name) for t in self.topics.values())]
        self.fields["municipality"].choices = [
            ("", _("Choose a municipality")),
            *((m.number, m.name_norwegian) for m in Municipality.menu()),
        ]
        self.chosen_group = None
        self.place = None
        self.postal_code = None

    def clean_postal_code(self):
        code = self.cleaned_data["postal_code"].replace(" ", "")
        if not code:
            return ""
        if not re.fullmatch(r"\d{4}", code):
            raise forms.ValidationError(_("A postal code has four digits."), code="invalid")
        postal_code = PostalCode.objects.select_related("municipality__county").filter(code=code).first()
        if postal_code is None or postal_code.municipality is None:
            raise forms.ValidationError(_("We do not know the postal code %(code)s.") % {"code": code}, code="unknown")
        self.postal_code = postal_code
        return code

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        if phone and not PHONE.fullmatch(phone):
            raise forms.ValidationError(_("Write the phone number with digits, such as 400 00 000."), code="invalid")
        return phone

    def clean_group(self):
        group_id = self.cleaned_data.get("group")
        if group_id is not None:
            self.chosen_group = joinable_group(group_id)
        return group_id

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and "email" not in self.errors:
            self.add_error("email", _("Give an e-mail address or a phone number, so that you can be reached."))
        topic = self.topics.get(cleaned.get("topic") or "")
        if topic is None and self.chosen_group is None:
            self.add_error("topic", _("Choose a topic."))
        cleaned["topic_object"] = topic
        number = cleaned.get("municipality")
        if self.postal_code is not None:
            self.place = self.postal_code.municipality
        elif number:
            self.place = Municipality.objects.select_related("county").filter(number=number).first()
        elif self.chosen_group is not None and self.chosen_group.municipality is not None:
            self.place = self.chosen_group.municipality
        if self.place is None and "postal_code" not in self.errors:
            self.add_error("postal_code", _("Give your postal code, or choose your municipality."))
        return cleaned

    @property
    def spam(self):
        return bool(self.data.get("website"))
