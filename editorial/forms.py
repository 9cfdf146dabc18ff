from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form, whose password field has no label of its own: Django then shows the
    untranslated field name, "Password", on the Norwegian login page."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
