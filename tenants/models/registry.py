"""The tenant registry: one row per kecamatan or village, keyed by region code."""

from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection, Site

from tenants.codes import TenantKind, parse_region_code, validate_region_code


class TenantQuerySet(models.QuerySet):
    """Lookups used by scoping helpers, views and the API."""

    def kecamatan(self):
        return self.filter(kind=TenantKind.KECAMATAN)

    def villages(self):
        return self.exclude(kind=TenantKind.KECAMATAN)

    def administered_by(self, user):
        """Kecamatan tenants whose admin group the user is in (all for a superuser)."""
        qs = self.kecamatan()
        if user.is_superuser:
            return qs
        return qs.filter(admin_group__in=user.groups.all())


class Tenant(models.Model):
    """A kecamatan or a kelurahan/desa hosted in this install.

    The Kemendagri code is the tenant's identity. Onboarding creates the row
    together with everything the tenant owns: its home page, Site, editor
    group, media collection and site settings. A village's ``kecamatan``
    matches the folder its home page sits in.
    """

    code = models.CharField(
        _("kode wilayah"),
        max_length=13,
        unique=True,
        validators=[validate_region_code],
        help_text=_("Kode Kemendagri. Contoh: 16.74.04 (kecamatan), 16.74.04.2008 (desa)"),
    )
    name = models.CharField(_("nama"), max_length=120)
    kind = models.CharField(_("jenis"), max_length=10, choices=TenantKind.choices)
    kecamatan = models.ForeignKey(
        "self",
        verbose_name=_("kecamatan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="villages",
        limit_choices_to={"kind": TenantKind.KECAMATAN},
    )
    home_page = models.OneToOneField(
        "wagtailcore.Page", verbose_name=_("beranda"), on_delete=models.PROTECT, related_name="+"
    )
    site = models.OneToOneField(
        Site, verbose_name=_("situs"), on_delete=models.PROTECT, related_name="tenant"
    )
    editor_group = models.OneToOneField(
        Group,
        verbose_name=_("grup editor"),
        on_delete=models.PROTECT,
        related_name="edited_tenant",
    )
    admin_group = models.OneToOneField(
        Group,
        verbose_name=_("grup admin kecamatan"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="administered_tenant",
        help_text=_("Hanya untuk kecamatan: mengelola semua desa/kelurahannya."),
    )
    collection = models.OneToOneField(
        Collection,
        verbose_name=_("koleksi media"),
        on_delete=models.PROTECT,
        related_name="tenant",
    )
    created_at = models.DateTimeField(_("dibuat"), auto_now_add=True)

    objects = TenantQuerySet.as_manager()

    class Meta:
        verbose_name = _("wilayah")
        verbose_name_plural = _("wilayah")
        ordering = ["code"]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(kind=TenantKind.KECAMATAN, kecamatan__isnull=True)
                    | (~models.Q(kind=TenantKind.KECAMATAN) & models.Q(kecamatan__isnull=False))
                ),
                name="tenant_village_has_kecamatan",
            ),
        ]

    def __str__(self):
        return f"{self.get_kind_display()} {self.name} ({self.code})"

    @property
    def is_village(self) -> bool:
        return self.kind != TenantKind.KECAMATAN

    @property
    def display_name(self) -> str:
        """The name with its kind, as people say it: "Desa Karangan"."""
        return f"{self.get_kind_display()} {self.name}"

    @property
    def url(self) -> str:
        """The public address of the tenant's site, ending in a slash."""
        return self.site.root_url + "/"

    def clean(self):
        """Check that the code matches the kind and sits under its kecamatan's code."""
        super().clean()
        if not self.code:
            return
        region = parse_region_code(self.code)
        if self.kind and region.kind != self.kind:
            raise ValidationError(
                {
                    "kind": _("Kode %(code)s adalah %(kind)s.")
                    % {"code": self.code, "kind": region.kind.label}
                }
            )
        if region.is_village and self.kecamatan_id and region.kecamatan_code != self.kecamatan.code:
            raise ValidationError(
                {
                    "code": _("Kode %(code)s tidak berada di bawah kecamatan %(kec)s.")
                    % {"code": self.code, "kec": self.kecamatan.code}
                }
            )
