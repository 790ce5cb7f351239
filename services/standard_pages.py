"""The service pages every tenant starts with (see ``tenants.standard_pages``).

A kecamatan gets the shared PATEN catalogue and its maklumat; a village its
own services index, which also shows the kecamatan's shared services.
"""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from services.models import ServiceCatalogPage, ServicePledgePage, VillageServiceIndexPage
from tenants.standard_pages import KECAMATAN, VILLAGES, StandardPage

PAGES = [
    StandardPage(
        ServiceCatalogPage,
        "layanan",
        _("Layanan PATEN"),
        fields=lambda tenant: {
            "intro": gettext(
                "Pelayanan Administrasi Terpadu Kecamatan: lihat syarat, waktu, dan biaya "
                "setiap layanan sebelum datang ke kantor."
            )
        },
        kinds=KECAMATAN,
    ),
    StandardPage(
        ServicePledgePage,
        "maklumat-pelayanan",
        _("Maklumat Pelayanan"),
        fields=lambda tenant: {
            "signatory_title": gettext("Camat %(name)s") % {"name": tenant.name}
        },
        kinds=KECAMATAN,
    ),
    StandardPage(
        VillageServiceIndexPage,
        "layanan",
        _("Layanan"),
        fields=lambda tenant: {
            "intro": gettext("Cari layanan, lihat syaratnya, lalu datang sekali saja.")
        },
        kinds=VILLAGES,
    ),
]
