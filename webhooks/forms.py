"""The endpoint form: scope, address, events."""

from django import forms
from django.utils.translation import gettext_lazy as _

from tenants.codes import TenantKind
from webhooks.models import WebhookEndpoint, WebhookEvent


class TenantChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return f"{obj.display_name} ({obj.site.hostname})"


class EndpointForm(forms.ModelForm):
    """Register or change an endpoint of a site the user manages."""

    events = forms.MultipleChoiceField(
        label=_("Peristiwa"),
        choices=WebhookEvent.choices,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Perubahan yang dikirim ke alamat ini."),
    )

    class Meta:
        model = WebhookEndpoint
        fields = ["tenant", "include_villages", "url", "description", "events", "is_active"]
        field_classes = {"tenant": TenantChoiceField}

    def __init__(self, *args, tenants, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["tenant"].queryset = tenants
        self.fields["tenant"].empty_label = None
        self.fields["url"].assume_scheme = "https"

    def clean(self):
        data = super().clean()
        tenant = data.get("tenant")
        if data.get("include_villages") and tenant and tenant.kind != TenantKind.KECAMATAN:
            self.add_error(
                "include_villages",
                _("Hanya situs kecamatan yang dapat menyertakan semua desa/kelurahannya."),
            )
        return data
