"""Give every tenant its "Potensi dan UMKM" section; add the demo products."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from cms.pages import ensure_child
from tenants.signals import demo_seeded, tenant_onboarded
from umkm.models import UmkmIndexPage

INDEX_SLUG = "umkm"


def ensure_umkm_index(home) -> UmkmIndexPage:
    """The UMKM index under ``home``, created and published if it has none."""
    return ensure_child(
        home,
        UmkmIndexPage,
        title=_("Potensi dan UMKM"),
        slug=INDEX_SLUG,
        intro=_(
            "Produk dan usaha warga: makanan, kerajinan, hasil kebun dan perikanan. "
            "Hubungi penjualnya langsung lewat WhatsApp."
        ),
    )


@receiver(tenant_onboarded, dispatch_uid="umkm_index_for_new_tenant")
def add_umkm_index(sender, tenant, **kwargs):
    """Every new kecamatan and village gets its UMKM index at ``/umkm/``."""
    ensure_umkm_index(tenant.home_page)


@receiver(demo_seeded, dispatch_uid="umkm_demo_content")
def add_demo_products(sender, tenants, stdout, **kwargs):
    """``seed_demo``: the demo products of Rambang Kapak Tengah's villages.

    Idempotent, like the rest of the seed; other kecamatan get only their
    (empty) index.
    """
    # Imported here so that the demo data loads only when the demo is seeded.
    from umkm.demo.apply import seed_demo_products

    seed_demo_products(tenants, stdout)
