"""The UMKM index every tenant starts with (see ``tenants.standard_pages``)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from tenants.standard_pages import StandardPage
from umkm.models import UmkmIndexPage

INDEX_SLUG = "umkm"

PAGES = [
    StandardPage(
        UmkmIndexPage,
        INDEX_SLUG,
        _("Potensi dan UMKM"),
        fields=lambda tenant: {
            "intro": gettext(
                "Produk dan usaha warga: makanan, kerajinan, hasil kebun dan perikanan. "
                "Hubungi penjualnya langsung lewat WhatsApp."
            )
        },
    ),
]
