"""Two-step login for the admin with django-otp (TOTP authenticator apps).

The flow, after Wagtail's own login form (throttled by django-axes):

* a user with a confirmed device is sent to **verify** until they enter a
  code, so a stolen password alone does not open the admin;
* a user whose group requires it (``GroupSecurity.require_two_factor``) but
  who has no device yet is sent to **setup**, which shows a QR code and asks
  for a first code;
* anyone else may set it up from their account menu, or turn it off again
  if no group of theirs requires it.

Setup is open before the second step only to a user with **no** confirmed
device: otherwise a password alone could enrol a new device and pass the
step with it. A second device is added from a verified session.

``TwoFactorMiddleware`` does the sending in the admin. Outside the admin, a
session that has a device but has not passed the second step is treated as
anonymous, so it opens no login-restricted page or document either.
"""

from io import BytesIO
from urllib.parse import urlencode

from django import forms
from django.contrib.auth.models import AnonymousUser
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.generic import FormView
from django_otp import login as otp_login
from django_otp import user_has_device
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp.qr import write_qrcode_image
from wagtail.admin import messages
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from access.models import two_factor_required

DEVICE_NAME = "aplikasi autentikator"


class TokenForm(forms.Form):
    """The six-digit code from the authenticator app."""

    token = forms.RegexField(
        label=_("Kode 6 angka"),
        regex=r"^\s*\d{6}\s*$",
        error_messages={"invalid": _("Masukkan 6 angka dari aplikasi autentikator.")},
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )

    def __init__(self, *args, device, **kwargs):
        super().__init__(*args, **kwargs)
        self.device = device

    def clean_token(self):
        token = self.cleaned_data["token"].strip()
        if self.device is None or not self.device.verify_token(token):
            raise forms.ValidationError(
                _("Kode salah atau sudah kedaluwarsa. Coba kode yang sedang tampil."),
                code="invalid_token",
            )
        return token


def safe_next(request) -> str:
    """The admin page to return to after a step, if it is a safe local URL."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(target, {request.get_host()}):
        return target
    return reverse("wagtailadmin_home")


class TwoFactorStepView(WagtailAdminTemplateMixin, FormView):
    """Shared parts of the setup and verify steps."""

    form_class = TokenForm
    header_icon = "key"

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "device": self.get_device()}

    def get_context_data(self, **kwargs):
        return super().get_context_data(next=safe_next(self.request), **kwargs)

    def form_valid(self, form):
        otp_login(self.request, form.device)
        return redirect(safe_next(self.request))


class VerifyView(TwoFactorStepView):
    """Ask for the current code of the user's confirmed device."""

    template_name = "access/two_factor_verify.html"
    page_title = _("Verifikasi dua langkah")

    def get_device(self):
        return TOTPDevice.objects.devices_for_user(self.request.user, confirmed=True).first()

    def get(self, request, *args, **kwargs):
        if self.get_device() is None:
            return redirect(reverse("access_2fa:setup"))
        return super().get(request, *args, **kwargs)


class SetupView(TwoFactorStepView):
    """Show a new key as a QR code and confirm it with a first code.

    Refused (GET and POST alike, before any device is made or a secret
    shown) to a user who already has a confirmed device and whose session
    has not passed the second step: they are sent to verify instead.
    """

    template_name = "access/two_factor_setup.html"
    page_title = _("Pasang verifikasi dua langkah")

    def dispatch(self, request, *args, **kwargs):
        if needs_verification(request.user):
            query = urlencode({"next": safe_next(request)})
            return redirect(f"{reverse('access_2fa:verify')}?{query}")
        return super().dispatch(request, *args, **kwargs)

    def get_device(self):
        user = self.request.user
        device = TOTPDevice.objects.devices_for_user(user, confirmed=False).first()
        if device is None:
            device = TOTPDevice.objects.create(user=user, name=DEVICE_NAME, confirmed=False)
        return device

    def get_context_data(self, **kwargs):
        device = self.get_device()
        svg = BytesIO()
        write_qrcode_image(device.config_url, svg)
        return super().get_context_data(
            qr_svg=svg.getvalue().decode(), secret=device_secret(device), **kwargs
        )

    def form_valid(self, form):
        form.device.confirmed = True
        form.device.save(update_fields=["confirmed"])
        messages.success(self.request, gettext("Verifikasi dua langkah sudah aktif."))
        return super().form_valid(form)


def needs_verification(user) -> bool:
    """True for a signed-in user with a confirmed device whose session has not
    passed the second step (``OTPMiddleware`` sets ``is_verified``)."""
    if not getattr(user, "is_authenticated", False):
        return False
    is_verified = getattr(user, "is_verified", None)
    if is_verified is not None and is_verified():
        return False
    return user_has_device(user, confirmed=True)


def device_secret(device) -> str:
    """The key in base32, grouped by four, for typing into an app by hand."""
    from base64 import b32encode

    key = b32encode(device.bin_key).decode().rstrip("=")
    return " ".join(key[i : i + 4] for i in range(0, len(key), 4))


class ManageView(WagtailAdminTemplateMixin, FormView):
    """Shows whether two-step login is on; turns it off when no group requires it."""

    template_name = "access/two_factor_manage.html"
    page_title = _("Verifikasi dua langkah")
    header_icon = "key"
    form_class = forms.Form

    def get_context_data(self, **kwargs):
        user = self.request.user
        return super().get_context_data(
            enabled=user_has_device(user, confirmed=True),
            required=two_factor_required(user),
            setup_url=reverse("access_2fa:setup"),
            **kwargs,
        )

    def form_valid(self, form):
        user = self.request.user
        if two_factor_required(user):
            messages.error(self.request, gettext("Grup Anda mewajibkan verifikasi dua langkah."))
        else:
            TOTPDevice.objects.filter(user=user).delete()
            messages.success(self.request, gettext("Verifikasi dua langkah dimatikan."))
        return redirect(reverse("access_2fa:manage"))


app_name = "access_2fa"
urlpatterns = [
    path("", ManageView.as_view(), name="manage"),
    path("pasang/", SetupView.as_view(), name="setup"),
    path("verifikasi/", VerifyView.as_view(), name="verify"),
]

# Admin URLs a user may open before passing the second step. Setup is not
# here: it is open only to users without a confirmed device (see below).
EXEMPT_URL_NAMES = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_password_reset",
    "wagtailadmin_javascript_catalog",
    "access_2fa:verify",
}
SETUP_URL_NAME = "access_2fa:setup"


class TwoFactorMiddleware:
    """Send admin users to the second step (verify or setup) until it is done.

    Needs ``django_otp.middleware.OTPMiddleware`` before it. In the admin, a
    user with a confirmed device goes to verify (setup included), one whose
    group requires two-step and who has no device goes to setup. The public
    sites never ask for a code; there a half-logged-in session (device, not
    verified) is anonymous.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        user = getattr(request, "user", None)
        match = request.resolver_match
        if user is None or not user.is_authenticated or match is None:
            return None
        if user.is_verified():
            return None
        if not request.path.startswith(reverse("wagtailadmin_home")):
            if user_has_device(user, confirmed=True):
                request.user = AnonymousUser()
            return None
        if match.view_name in EXEMPT_URL_NAMES:
            return None
        query = urlencode({"next": request.get_full_path()})
        if user_has_device(user, confirmed=True):
            return redirect(f"{reverse('access_2fa:verify')}?{query}")
        if match.view_name == SETUP_URL_NAME:
            return None
        if two_factor_required(user):
            return redirect(f"{reverse('access_2fa:setup')}?{query}")
        return None
