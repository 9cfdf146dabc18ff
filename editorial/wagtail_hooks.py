from django.urls import path
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from . import verification
from .dashboard import ToDoPanel
from .translation import submit_translation_for_review

# Before wagtail-localize's own hook, which renders its translation editor for the same page.
hooks.register("before_edit_page", submit_translation_for_review, order=-10)


@hooks.register("construct_homepage_panels")
def add_to_do_panel(request, panels):
    panels.append(ToDoPanel())


@hooks.register("register_admin_urls")
def register_admin_urls():
    return [path("katalog/bekreft/<int:pk>/", verification.confirm, name="selvhjelp_confirm_listing")]


@hooks.register("register_log_actions")
def register_log_actions(actions):
    actions.register_action(verification.VERIFIED_ACTION, _("Confirmed as correct"), _("Confirmed as correct"))
