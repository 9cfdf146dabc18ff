from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from .addresses import refusal
from .models import EVENT_KINDS, OBJECT_TYPES


class SubscriberForm(WagtailAdminModelForm):
    types = forms.MultipleChoiceField(
        label=_("Content"), choices=OBJECT_TYPES, widget=forms.CheckboxSelectMultiple, required=True
    )
    events = forms.MultipleChoiceField(
        label=_("Events"), choices=EVENT_KINDS, widget=forms.CheckboxSelectMultiple, required=True
    )

    def clean_url(self):
        url = self.cleaned_data["url"]
        reason = refusal(url)
        if reason:
            raise forms.ValidationError(reason)
        return url


class PartnerSiteForm(WagtailAdminModelForm):
    def clean_preview_url(self):
        """Opened in the editor's browser, never fetched by this server: https is all it needs (http
        too where webhooks may go to this machine, in development)."""
        url = self.cleaned_data["preview_url"]
        if not url.startswith("https://") and not (settings.WEBHOOK_ALLOW_PRIVATE and url.startswith("http://")):
            raise forms.ValidationError(_("Use an https address."))
        return url
