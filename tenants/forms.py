"""Admin forms for tenants: onboarding a kelurahan/desa, and its operator accounts."""

from django import forms
from django.contrib.auth import get_user_model, password_validation
from django.core.exceptions import ValidationError
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from tenants.codes import TenantKind, parse_region_code
from tenants.models import Tenant
from tenants.onboarding import (
    OnboardingError,
    check_village_hostname,
    default_village_hostname,
    next_free_village_codes,
    normalise_hostname,
    village_group_name,
)


class KecamatanChoiceField(forms.ModelChoiceField):
    """Kecamatan shown as people say it, with its code: "Kecamatan X (16.74.04)"."""

    def label_from_instance(self, obj):
        return f"{obj.display_name} ({obj.code})"


class VillageOnboardingForm(forms.Form):
    """What an admin types to onboard a village; checks what it can before onboarding.

    The kecamatan choices are limited to those ``user`` administers, so the
    form itself refuses any other kecamatan; unless ``user`` is a superuser,
    a hostname must sit directly under the chosen kecamatan's
    (``tenants.onboarding.check_village_hostname``). ``tenants.onboarding``
    checks the rest (existing code, hostname in use) inside its transaction.
    """

    kecamatan = KecamatanChoiceField(
        label=_("Kecamatan"),
        queryset=Tenant.objects.none(),
        empty_label=_("- Pilih kecamatan -"),
        help_text=_("Kecamatan tempat desa/kelurahan ini berada."),
    )
    code = forms.CharField(
        label=_("Kode wilayah"),
        max_length=13,
        help_text=_(
            "Kode Kemendagri lengkap desa/kelurahan, contoh: 16.74.04.2008. "
            "Bagian depannya harus sama dengan kode kecamatan. "
            "Angka pertama dari empat angka terakhir: 1 = kelurahan, 2 = desa."
        ),
        widget=forms.TextInput(attrs={"placeholder": "16.74.04.2008", "autocomplete": "off"}),
    )
    name = forms.CharField(
        label=_("Nama"),
        max_length=120,
        help_text=_("Nama tanpa kata Desa/Kelurahan, contoh: Karangan."),
    )
    hostname = forms.CharField(
        label=_("Nama host (opsional)"),
        required=False,
        max_length=253,
        help_text=_(
            "Alamat situs desa/kelurahan, tanpa http:// dan tanpa garis miring. "
            "Kosongkan untuk memakai alamat bawaan <nama-desa>.<host kecamatan>, "
            "contoh: karangan.rkt.prabumulihkota.go.id. Alamat harus berada langsung "
            "di bawah host kecamatan; alamat lain hanya dapat diberikan oleh pengelola platform."
        ),
        widget=forms.TextInput(attrs={"autocomplete": "off"}),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        choices = Tenant.objects.administered_by(user).select_related("site")
        self.fields["kecamatan"].queryset = choices
        only = list(choices[:2])
        if len(only) == 1:
            self.initial.setdefault("kecamatan", only[0].pk)
            self._describe_for(only[0])

    def _describe_for(self, kecamatan):
        """Help texts that name this kecamatan's host and its next free codes."""
        free = next_free_village_codes(kecamatan)
        if free:
            suggestions = ", ".join(
                f"{code} ({kind.label.lower()})" for kind, code in sorted(free.items())
            )
            code = self.fields["code"]
            code.help_text = format_lazy(
                "{} {}",
                code.help_text,
                _("Kode berikutnya yang belum terdaftar di %(kecamatan)s: %(codes)s.")
                % {"kecamatan": kecamatan.display_name, "codes": suggestions},
            )
            placeholder = free.get(TenantKind.DESA) or next(iter(free.values()))
            code.widget.attrs["placeholder"] = placeholder
        self.fields["hostname"].help_text = _(
            "Alamat situs desa/kelurahan, tanpa http:// dan tanpa garis miring. "
            "Kosongkan untuk memakai alamat bawaan <nama-desa>.%(host)s, "
            "contoh: karangan.%(host)s. Alamat harus berada langsung di bawah %(host)s; "
            "alamat lain hanya dapat diberikan oleh pengelola platform."
        ) % {"host": kecamatan.site.hostname}

    def preview(self) -> dict:
        """What onboarding a valid form would create, in words, creating nothing."""
        data = self.cleaned_data
        kecamatan, name = data["kecamatan"], data["name"]
        region = parse_region_code(data["code"])
        display_name = f"{region.kind.label} {name}"
        return {
            "display_name": display_name,
            "code": region.code,
            "kecamatan": kecamatan.display_name,
            "hostname": data["hostname"] or default_village_hostname(kecamatan, name),
            "group": village_group_name(display_name, region.code),
        }

    def clean_code(self):
        code = self.cleaned_data["code"].strip()
        region = parse_region_code(code)  # raises ValidationError in Indonesian
        if not region.is_village:
            raise ValidationError(
                _(
                    "Kode %(code)s adalah kode kecamatan. Isi kode desa/kelurahan, "
                    "contoh: 16.74.04.2008."
                ),
                code="not_village",
                params={"code": code},
            )
        return region.code

    def clean_name(self):
        return " ".join(self.cleaned_data["name"].split())

    def clean_hostname(self):
        value = self.cleaned_data["hostname"].strip()
        if not value:
            return ""
        try:
            return normalise_hostname(value)
        except OnboardingError as exc:
            raise ValidationError(str(exc), code="invalid_hostname") from exc

    def clean(self):
        cleaned = super().clean()
        kecamatan = cleaned.get("kecamatan")
        code = cleaned.get("code")
        if kecamatan and code and parse_region_code(code).kecamatan_code != kecamatan.code:
            self.add_error(
                "code",
                ValidationError(
                    _(
                        "Kode %(code)s tidak berada di bawah %(kecamatan)s. Kode desa/kelurahan "
                        "di kecamatan ini berawalan %(prefix)s, contoh: %(prefix)s.2001."
                    ),
                    code="outside_kecamatan",
                    params={
                        "code": code,
                        "kecamatan": f"{kecamatan.display_name} ({kecamatan.code})",
                        "prefix": kecamatan.code,
                    },
                ),
            )
        hostname = cleaned.get("hostname")
        if kecamatan and hostname:
            try:
                check_village_hostname(self.user, kecamatan, hostname)
            except OnboardingError as exc:
                self.add_error("hostname", ValidationError(str(exc), code="foreign_hostname"))
        return cleaned


class OperatorCreateForm(forms.Form):
    """A new operator account for one village, with a first password.

    The password goes through Django's validators (``AUTH_PASSWORD_VALIDATORS``),
    so it is at least 10 characters and not a common one.
    """

    username = forms.RegexField(
        label=_("Nama pengguna"),
        max_length=150,
        regex=r"^[\w.@+-]+$",
        help_text=_("Huruf kecil tanpa spasi, contoh: operator.karangan2"),
        error_messages={"invalid": _("Hanya huruf, angka, dan tanda . @ + - _ yang boleh.")},
    )
    first_name = forms.CharField(label=_("Nama depan"), max_length=150)
    last_name = forms.CharField(label=_("Nama belakang"), max_length=150, required=False)
    email = forms.EmailField(label=_("Surel"), required=False)
    password1 = forms.CharField(
        label=_("Kata sandi"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
        help_text=_("Paling sedikit 10 huruf; jangan memakai kata sandi yang umum."),
    )
    password2 = forms.CharField(
        label=_("Ulangi kata sandi"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "new-password"}),
    )

    def clean_username(self):
        username = self.cleaned_data["username"].strip().lower()
        if get_user_model().objects.filter(username__iexact=username).exists():
            raise ValidationError(_("Nama pengguna ini sudah dipakai."), code="taken")
        return username

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("Kedua kata sandi tidak sama."))
        elif first:
            user = get_user_model()(
                username=cleaned.get("username", ""),
                first_name=cleaned.get("first_name", ""),
                email=cleaned.get("email", ""),
            )
            try:
                password_validation.validate_password(first, user)
            except ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned


class OperatorPasswordForm(forms.Form):
    """A new password for an operator who forgot theirs, checked by Django's validators."""

    password1 = OperatorCreateForm.base_fields["password1"]
    password2 = OperatorCreateForm.base_fields["password2"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean(self):
        cleaned = super().clean()
        first, second = cleaned.get("password1"), cleaned.get("password2")
        if first and second and first != second:
            self.add_error("password2", _("Kedua kata sandi tidak sama."))
        elif first:
            try:
                password_validation.validate_password(first, self.user)
            except ValidationError as exc:
                self.add_error("password1", exc)
        return cleaned
