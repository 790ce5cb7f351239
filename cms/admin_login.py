"""The admin login form, with a translatable label on the password field.

Wagtail 8.0.1's ``LoginForm`` redeclares ``password`` without a label, so
Django falls back to the English field name ("Password") whatever the
language. Selected by ``WAGTAILADMIN_USER_LOGIN_FORM``.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms.auth import LoginForm as WagtailLoginForm


class LoginForm(WagtailLoginForm):
    """Wagtail's login form; the password field is labelled through gettext."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
