"""Give every tenant its data page; add the demo figures when the demo is seeded."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from cms.pages import ensure_child
from tenants.codes import TenantKind
from tenants.signals import demo_seeded, tenant_onboarded
from villagedata.models import VillageDataPage

DATA_SLUG = "data"


def data_page_title(tenant) -> str:
    """ "Data Kecamatan", "Data Desa" or "Data Kelurahan"."""
    return {
        TenantKind.KECAMATAN: _("Data Kecamatan"),
        TenantKind.KELURAHAN: _("Data Kelurahan"),
    }.get(tenant.kind, _("Data Desa"))


def ensure_data_page(tenant) -> VillageDataPage:
    """The tenant's data page at ``/data/``, created and published if missing."""
    return ensure_child(
        tenant.home_page,
        VillageDataPage,
        title=data_page_title(tenant),
        slug=DATA_SLUG,
        intro=_(
            "Profil wilayah, statistik penduduk dan APBDes dalam grafik dan tabel. "
            "Semua data dapat diunduh sebagai CSV atau JSON."
        ),
    )


@receiver(tenant_onboarded, dispatch_uid="villagedata_page_for_new_tenant")
def add_data_page(sender, tenant, **kwargs):
    """Every new kecamatan and village gets its data page."""
    ensure_data_page(tenant)


@receiver(demo_seeded, dispatch_uid="villagedata_demo_figures")
def add_demo_figures(sender, tenants, stdout, **kwargs):
    """``seed_demo``: figures for Rambang Kapak Tengah's villages, two periods each."""
    from villagedata.demo import seed_demo_figures

    for tenant in tenants:
        ensure_data_page(tenant)
    seed_demo_figures(tenants, stdout)
