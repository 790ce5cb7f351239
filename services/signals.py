"""Give every newly onboarded tenant its service pages."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from cms.pages import ensure_child
from services.models import ServiceCatalogPage, ServicePledgePage, VillageServiceIndexPage
from tenants.signals import demo_seeded, tenant_onboarded


@receiver(tenant_onboarded, dispatch_uid="services_pages_for_new_tenant")
def add_service_pages(sender, tenant, **kwargs):
    """A kecamatan gets the shared catalogue and its maklumat; a village its finder."""
    home = tenant.home_page
    if tenant.is_village:
        ensure_child(
            home,
            VillageServiceIndexPage,
            title=_("Layanan"),
            slug="layanan",
            intro=_("Cari layanan, lihat syaratnya, lalu datang sekali saja."),
        )
        return
    ensure_child(
        home,
        ServiceCatalogPage,
        title=_("Layanan PATEN"),
        slug="layanan",
        intro=_(
            "Pelayanan Administrasi Terpadu Kecamatan: lihat syarat, waktu, dan biaya "
            "setiap layanan sebelum datang ke kantor."
        ),
    )
    ensure_child(
        home,
        ServicePledgePage,
        title=_("Maklumat Pelayanan"),
        slug="maklumat-pelayanan",
        signatory_title=_("Camat %(name)s") % {"name": tenant.name},
    )


@receiver(demo_seeded, dispatch_uid="services_demo_content")
def add_demo_services(sender, tenants, stdout, **kwargs):
    """``seed_demo``: give Rambang Kapak Tengah its demo PATEN services (demo texts).

    Idempotent, like the rest of the seed; other kecamatan get nothing.
    """
    # Imported here so that the demo texts load only when the demo is seeded.
    from services.demo.apply import seed_demo_services

    seed_demo_services(tenants, stdout)
