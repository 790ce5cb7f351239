"""Admin forms: the import upload, issuing an OpenSID key, a development project."""

from django import forms
from django.utils.translation import gettext_lazy as _

from villagedata.importing import DATASETS
from villagedata.models import DevelopmentProject

MAX_UPLOAD_BYTES = 5 * 1024 * 1024


class ImportForm(forms.Form):
    """One CSV or XLSX file of one dataset."""

    dataset = forms.ChoiceField(
        label=_("Jenis data"),
        choices=list(DATASETS.items()),
        help_text=_("Pilih jenis data yang ada di berkas. Unduh templatnya di bawah."),
    )
    file = forms.FileField(
        label=_("Berkas CSV atau XLSX"),
        help_text=_(
            "Data periode yang sama akan diganti seluruhnya. Jika ada satu kesalahan, "
            "tidak ada data yang disimpan."
        ),
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        if not upload.name.lower().endswith((".csv", ".xlsx")):
            raise forms.ValidationError(_("Berkas harus berformat .csv atau .xlsx."))
        if upload.size > MAX_UPLOAD_BYTES:
            raise forms.ValidationError(_("Berkas terlalu besar (maksimal 5 MB)."))
        return upload


class IssueKeyForm(forms.Form):
    """Which village gets a new key, and a note to recognise it by."""

    village = forms.ModelChoiceField(label=_("Desa/kelurahan"), queryset=None)
    label = forms.CharField(
        label=_("Keterangan"),
        max_length=100,
        required=False,
        help_text=_("Contoh: OpenSID Desa Karangan, dipasang Desember 2026."),
    )

    def __init__(self, *args, villages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["village"].queryset = villages


class DevelopmentProjectForm(forms.ModelForm):
    """A development project entered or corrected in the admin, with an optional photo."""

    photo_upload = forms.ImageField(
        label=_("Foto"),
        required=False,
        help_text=_("JPEG, PNG, GIF atau WebP, paling besar 5 MB. Mengganti foto yang ada."),
    )

    class Meta:
        model = DevelopmentProject
        fields = [
            "tenant",
            "title",
            "year",
            "location",
            "funding_source",
            "volume",
            "budget",
            "budget_change",
            "cost_government",
            "cost_province",
            "cost_regency",
            "cost_self_help",
            "cost_total",
            "implementer",
            "nature",
            "duration",
            "active",
            "description",
            "benefit",
        ]

    def __init__(self, *args, villages, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tenant"].queryset = villages
        self.fields["tenant"].empty_label = None
        if self.instance.pk:
            self.fields["tenant"].disabled = True
        for name in ("budget", "budget_change", "cost_government", "cost_province"):
            self.fields[name].min_value = 0
        for name in ("cost_regency", "cost_self_help", "cost_total"):
            self.fields[name].min_value = 0

    def clean_year(self):
        year = self.cleaned_data.get("year")
        if year is not None and not 1900 <= year <= 2200:
            raise forms.ValidationError(_("Tahun anggaran tidak wajar."))
        return year

    def clean(self):
        cleaned = super().clean()
        for name in (
            "budget",
            "budget_change",
            "cost_government",
            "cost_province",
            "cost_regency",
            "cost_self_help",
            "cost_total",
        ):
            if (cleaned.get(name) or 0) < 0:
                self.add_error(name, _("Jumlah tidak boleh negatif."))
        upload = cleaned.get("photo_upload")
        if upload is not None and upload.size > 5 * 1024 * 1024:
            self.add_error("photo_upload", _("Foto terlalu besar (maksimal 5 MB)."))
        return cleaned
