"""Admin forms: the import upload and issuing an OpenSID key."""

from django import forms
from django.utils.translation import gettext_lazy as _

from villagedata.importing import DATASETS

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
