"""Partner sites in the admin (the menu's "Partnernettsteder"), for the central moderators: webhook
subscribers with their delivery log, and the partner sites a draft may be previewed on.

A subscriber's secret is made here and shown once: on the page the moderator comes to right after
saving a new subscriber (or asking for a new secret). That page reads the secret from the database
only while the session holds the one-time mark for it; no form, list or log shows it.
"""

from django.http import HttpResponseNotAllowed
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.admin.views import generic
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets.button import ListingButton

from directory.admin_views import forbidden

from . import webhooks
from .forms import PartnerSiteForm, SubscriberForm
from .models import Delivery, PartnerSite, Subscriber

SHOW_ONCE = "integrations_show_secret"


def show_secret_once(request, subscriber):
    request.session[SHOW_ONCE] = subscriber.pk
    return redirect("webhook_subscribers:secret", subscriber.pk)


class SubscriberCreateView(generic.CreateView):
    def get_success_url(self):
        self.request.session[SHOW_ONCE] = self.object.pk
        return reverse("webhook_subscribers:secret", args=[self.object.pk])


class SubscriberEditView(generic.EditView):
    def save_instance(self):
        turned_on = self.object.active and "active" in self.form.changed_data
        if turned_on:
            self.object.failures_in_row, self.object.turned_off_at = 0, None
        return super().save_instance()

    @property
    def header_more_buttons(self):
        return [
            *super().header_more_buttons,
            ListingButton(
                _("Delivery log"),
                url=reverse("webhook_subscribers:deliveries", args=[self.object.pk]),
                icon_name="list-ul",
            ),
            ListingButton(
                _("Secret"), url=reverse("webhook_subscribers:secret", args=[self.object.pk]), icon_name="key"
            ),
        ]


class SubscriberIndexView(generic.IndexView):
    def get_list_more_buttons(self, instance):
        return [
            *super().get_list_more_buttons(instance),
            ListingButton(
                _("Delivery log"),
                url=reverse("webhook_subscribers:deliveries", args=[instance.pk]),
                icon_name="list-ul",
            ),
        ]


class SubscriberViewSet(ModelViewSet):
    model = Subscriber
    name = "webhook_subscribers"
    url_prefix = "webhooks"
    icon = "link-external"
    menu_label = _("Webhooks")
    add_view_class = SubscriberCreateView
    edit_view_class = SubscriberEditView
    index_view_class = SubscriberIndexView
    list_display = [
        "name",
        "url",
        Column("state", label=_("State"), accessor=lambda subscriber: state(subscriber)),
    ]
    edit_handler = ObjectList(
        [FieldPanel("name"), FieldPanel("url"), FieldPanel("types"), FieldPanel("events"), FieldPanel("active")],
        base_form_class=SubscriberForm,
    )
    inspect_view_enabled = False
    copy_view_enabled = False

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("secret/<int:pk>/", self.secret_view, name="secret"),
            path("secret/<int:pk>/new/", self.new_secret_view, name="new_secret"),
            path("deliveries/<int:pk>/", self.deliveries_view, name="deliveries"),
            path("deliveries/<int:pk>/again/<int:delivery_pk>/", self.send_again_view, name="send_again"),
        ]

    def allowed(self, request):
        return self.permission_policy.user_has_permission(request.user, "change")

    def secret_view(self, request, pk):
        if not self.allowed(request):
            return forbidden(request)
        subscriber = get_object_or_404(Subscriber, pk=pk)
        shown_now = request.session.pop(SHOW_ONCE, None) == subscriber.pk
        response = TemplateResponse(
            request,
            "integrations/secret.html",
            {"subscriber": subscriber, "secret": subscriber.secret if shown_now else None, "viewset": self},
        )
        response["Cache-Control"] = "private, no-store"
        return response

    def new_secret_view(self, request, pk):
        if not self.allowed(request):
            return forbidden(request)
        subscriber = get_object_or_404(Subscriber, pk=pk)
        if request.method != "POST":
            return redirect("webhook_subscribers:secret", pk)
        subscriber.new_secret()
        return show_secret_once(request, subscriber)

    def deliveries_view(self, request, pk):
        if not self.allowed(request):
            return forbidden(request)
        subscriber = get_object_or_404(Subscriber, pk=pk)
        deliveries = subscriber.deliveries.order_by("-id")[:100]
        return TemplateResponse(
            request,
            "integrations/deliveries.html",
            {"subscriber": subscriber, "deliveries": deliveries, "state": state(subscriber)},
        )

    def send_again_view(self, request, pk, delivery_pk):
        if not self.allowed(request):
            return forbidden(request)
        if request.method != "POST":
            return HttpResponseNotAllowed(["POST"])
        delivery = get_object_or_404(Delivery, pk=delivery_pk, subscriber_id=pk)
        if not delivery.subscriber.active:
            messages.error(request, _("The subscriber is turned off. Turn it on before sending again."))
        else:
            again = webhooks.send_again(delivery)
            messages.success(request, _("Sent again as delivery %(number)s.") % {"number": again.pk})
        return redirect("webhook_subscribers:deliveries", pk)


def state(subscriber):
    if subscriber.active:
        return _("Active")
    if subscriber.turned_off_at:
        return _("Turned off after failed deliveries")
    return _("Off")


class PartnerSiteViewSet(ModelViewSet):
    model = PartnerSite
    name = "partner_sites"
    url_prefix = "partner-sites"
    icon = "view"
    menu_label = _("Preview on partner sites")
    list_display = ["name", "preview_url"]
    edit_handler = ObjectList([FieldPanel("name"), FieldPanel("preview_url")], base_form_class=PartnerSiteForm)
    inspect_view_enabled = False
    copy_view_enabled = False


class PartnerSitesGroup(ViewSetGroup):
    items = (SubscriberViewSet, PartnerSiteViewSet)
    menu_icon = "link"
    menu_label = _("Partner sites")
    menu_order = 900


@hooks.register("register_admin_viewset")
def register_partner_sites():
    return PartnerSitesGroup()
