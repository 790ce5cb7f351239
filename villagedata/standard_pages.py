"""The data page every tenant starts with (see ``tenants.standard_pages``)."""

from django.utils.translation import gettext as _

from tenants.codes import TenantKind
from tenants.standard_pages import StandardPage
from villagedata.models import VillageDataPage


def data_page_title(tenant) -> str:
    """ "Data Kecamatan", "Data Desa" or "Data Kelurahan"."""
    return {
        TenantKind.KECAMATAN: _("Data Kecamatan"),
        TenantKind.KELURAHAN: _("Data Kelurahan"),
    }.get(tenant.kind, _("Data Desa"))


PAGES = [
    StandardPage(
        VillageDataPage,
        "data",
        data_page_title,
        fields=lambda tenant: {
            "intro": _(
                "Profil wilayah, statistik penduduk dan APBDes dalam grafik dan tabel. "
                "Semua data dapat diunduh sebagai CSV atau JSON."
            )
        },
    ),
]
