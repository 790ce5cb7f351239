"""Public forms (complaint, service request, re-upload, rating, lookup) and staff forms.

Uploads are checked by content in ``clean_<field>`` (``citizens.uploads``),
so a refused file gives a message next to that field while the rest of the
form keeps what the citizen typed. Every public form carries a hidden
idempotency token and a honeypot field.
"""

import re
import uuid

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from citizens.codes import normalise_tracking_code, validate_nik
from citizens.models import ComplaintCategory, ComplaintStatus, RequestStatus
from citizens.uploads import check_upload

MAX_ATTACHMENTS = 3
ACCEPT = ".pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png"
PHONE_RE = re.compile(r"^\+?[0-9 ()-]{8,20}$")


def upload_field(label, required, help_text=""):
    return forms.FileField(
        label=label,
        required=required,
        help_text=help_text or _("PDF, JPG, atau PNG, paling besar 5 MB."),
        widget=forms.ClearableFileInput(attrs={"accept": ACCEPT}),
    )


def clean_phone(value: str) -> str:
    value = value.strip()
    if value and not PHONE_RE.match(value):
        raise ValidationError(_("Nomor telepon hanya berisi angka, contoh: 0812 3456 7890."))
    return value


class PublicForm(forms.Form):
    """Base of the public forms: idempotency token and honeypot."""

    token = forms.UUIDField(widget=forms.HiddenInput)
    # Left empty by people (it is hidden); bots that fill every field give themselves away.
    website = forms.CharField(
        label=_("Jangan diisi"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not self.is_bound:
            self.initial.setdefault("token", uuid.uuid4())

    @property
    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def _clean_upload(self, name):
        upload = self.cleaned_data.get(name)
        if upload:
            check_upload(upload)
        return upload


class ComplaintForm(PublicForm):
    """A complaint: category, text, up to 3 attachments, optional contact or anonymous."""

    category = forms.ModelChoiceField(
        label=_("Kategori"), queryset=ComplaintCategory.objects.none(), empty_label=None
    )
    text = forms.CharField(
        label=_("Isi pengaduan"),
        min_length=10,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_("Ceritakan apa yang terjadi, di mana, dan kapan."),
    )
    anonymous = forms.BooleanField(
        label=_("Kirim tanpa nama (anonim)"),
        required=False,
        help_text=_("Nama dan telepon tidak disimpan. Email tetap dipakai untuk mengirim kode."),
    )
    name = forms.CharField(label=_("Nama (opsional)"), max_length=120, required=False)
    phone = forms.CharField(label=_("Telepon/WhatsApp (opsional)"), max_length=20, required=False)
    email = forms.EmailField(
        label=_("Email (opsional)"),
        required=False,
        help_text=_("Kami kirim kode lacak dan kabar perkembangan ke alamat ini."),
    )

    def __init__(self, *args, kecamatan=None, **kwargs):
        super().__init__(*args, **kwargs)
        categories = ComplaintCategory.objects.filter(kecamatan=kecamatan, active=True)
        self.fields["category"].queryset = categories
        if not categories.exists():
            self.fields["category"].required = False
        for number in range(1, MAX_ATTACHMENTS + 1):
            self.fields[f"attachment_{number}"] = upload_field(
                _("Lampiran %(n)d (opsional)") % {"n": number}, required=False
            )
        # Keep the honeypot and token last, so the visible order reads naturally.
        self.order_fields([name for name in self.fields if name not in ("website", "token")])

    def clean_phone(self):
        return clean_phone(self.cleaned_data["phone"])

    def clean(self):
        cleaned = super().clean()
        for number in range(1, MAX_ATTACHMENTS + 1):
            name = f"attachment_{number}"
            try:
                self._clean_upload(name)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned

    @property
    def attachments(self):
        return [
            self.cleaned_data[f"attachment_{n}"]
            for n in range(1, MAX_ATTACHMENTS + 1)
            if self.cleaned_data.get(f"attachment_{n}")
        ]


def requirement_labels(service) -> list[str]:
    """One label per requirement block of ``service``, in order."""
    labels = []
    for block in service.requirements:
        if block.block_type == "requirement":
            labels.append(block.value["text"])
    return labels


class ServiceRequestForm(PublicForm):
    """An online request: applicant, NIK, contact, office, one upload per requirement."""

    applicant_name = forms.CharField(label=_("Nama lengkap sesuai KTP"), max_length=120)
    nik = forms.CharField(
        label=_("NIK"),
        max_length=16,
        min_length=16,
        help_text=_("16 angka di KTP atau Kartu Keluarga."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    phone = forms.CharField(label=_("Telepon/WhatsApp"), max_length=20)
    email = forms.EmailField(
        label=_("Email (opsional)"),
        required=False,
        help_text=_("Kami kirim kode lacak dan setiap perubahan status ke alamat ini."),
    )
    office = forms.ChoiceField(label=_("Kantor yang mengurus"))
    consent = forms.BooleanField(
        label=_("Saya setuju data dan berkas ini dipakai hanya untuk memproses permohonan saya.")
    )

    def __init__(self, *args, service, offices, **kwargs):
        super().__init__(*args, **kwargs)
        self.offices = {str(office.pk): office for office in offices}
        self.fields["office"].choices = [(pk, o.display_name) for pk, o in self.offices.items()]
        if len(self.offices) == 1:
            self.fields["office"].initial = next(iter(self.offices))
        self.requirement_fields = []
        for index, label in enumerate(requirement_labels(service), start=1):
            name = f"berkas_{index}"
            self.fields[name] = upload_field(label, required=True)
            self.requirement_fields.append((name, label))
        self.order_fields([name for name in self.fields if name not in ("website", "token")])

    def clean_nik(self):
        nik = self.cleaned_data["nik"].strip()
        validate_nik(nik)
        return nik

    def clean_phone(self):
        return clean_phone(self.cleaned_data["phone"])

    def clean_office(self):
        return self.offices[self.cleaned_data["office"]]

    def clean(self):
        cleaned = super().clean()
        for name, _label in self.requirement_fields:
            try:
                self._clean_upload(name)
            except ValidationError as error:
                self.add_error(name, error)
        return cleaned

    @property
    def uploads(self):
        return [(label, self.cleaned_data[name]) for name, label in self.requirement_fields]


class ResubmitForm(forms.Form):
    """Re-upload of the requirements after "perlu perbaikan"; at least one file."""

    def __init__(self, *args, labels, **kwargs):
        super().__init__(*args, **kwargs)
        self.requirement_fields = []
        for index, label in enumerate(labels, start=1):
            name = f"berkas_{index}"
            self.fields[name] = upload_field(label, required=False)
            self.requirement_fields.append((name, label))

    def clean(self):
        cleaned = super().clean()
        for name, _label in self.requirement_fields:
            upload = cleaned.get(name)
            if upload:
                try:
                    check_upload(upload)
                except ValidationError as error:
                    self.add_error(name, error)
        if not self.errors and not self.uploads:
            raise ValidationError(_("Unggah minimal satu berkas perbaikan."))
        return cleaned

    @property
    def uploads(self):
        return [
            (label, self.cleaned_data[name])
            for name, label in self.requirement_fields
            if self.cleaned_data.get(name)
        ]


class RatingForm(forms.Form):
    """The SKM satisfaction rating, 1 (sangat tidak puas) to 5 (sangat puas)."""

    rating = forms.TypedChoiceField(
        label=_("Seberapa puas Anda dengan penanganannya?"),
        coerce=int,
        choices=[
            (5, _("5 · Sangat puas")),
            (4, _("4 · Puas")),
            (3, _("3 · Cukup")),
            (2, _("2 · Tidak puas")),
            (1, _("1 · Sangat tidak puas")),
        ],
        widget=forms.RadioSelect,
    )
    comment = forms.CharField(
        label=_("Saran (opsional)"), max_length=1000, required=False, widget=forms.Textarea
    )


class LookupForm(forms.Form):
    """A tracking code typed by a citizen."""

    code = forms.CharField(label=_("Kode lacak"), max_length=20)

    def clean_code(self):
        code = normalise_tracking_code(self.cleaned_data["code"])
        if code is None:
            raise ValidationError(_("Kode lacak terdiri dari 10 huruf dan angka."))
        return code


class CategoryForm(forms.ModelForm):
    """Staff: a new complaint category for one of the user's kecamatan."""

    class Meta:
        model = ComplaintCategory
        fields = ["kecamatan", "name", "sort_order"]

    def __init__(self, *args, kecamatan, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kecamatan"].queryset = self.fields["kecamatan"].queryset.filter(
            pk__in=[k.pk for k in kecamatan]
        )
        if len(kecamatan) == 1:
            self.fields["kecamatan"].initial = kecamatan[0].pk

    def validate_unique(self):
        try:
            self.instance.validate_constraints()
        except ValidationError:
            self.add_error("name", _("Kategori dengan nama ini sudah ada."))


class StatusChangeForm(forms.Form):
    """Staff: a new status (or none, for a note only), a note, and a result document."""

    status = forms.ChoiceField(label=_("Ubah status menjadi"), required=False)
    note = forms.CharField(
        label=_("Catatan"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Wajib untuk 'Perlu perbaikan': sebutkan berkas apa yang harus diperbaiki."),
    )
    public = forms.BooleanField(
        label=_("Tampilkan catatan ke warga (halaman status dan email)"),
        required=False,
        initial=True,
    )
    result = upload_field(_("Dokumen hasil (opsional)"), required=False)

    def __init__(self, *args, case, **kwargs):
        super().__init__(*args, **kwargs)
        labels = dict(
            ComplaintStatus.choices if hasattr(case, "anonymous") else RequestStatus.choices
        )
        self.fields["status"].choices = [("", _("(tidak berubah, hanya catatan)"))] + [
            (value, labels[value]) for value in case.allowed_transitions()
        ]
        if hasattr(case, "anonymous"):
            del self.fields["result"]

    def clean_result(self):
        upload = self.cleaned_data.get("result")
        if upload:
            check_upload(upload)
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("status") and not cleaned.get("note", "").strip():
            raise ValidationError(_("Pilih status baru atau tulis catatan."))
        return cleaned
