"""Demo content: complaint categories and a few services that accept online requests.

Idempotent: a second run writes nothing.
"""

from citizens.models import ComplaintCategory
from cms.pages import apply_page
from services.models import ServiceCatalogPage, ServicePage
from tenants.demo import RKT_CODE

ONLINE_SERVICES = ("surat-keterangan-domisili", "surat-keterangan-tidak-mampu")


def seed_demo_citizens(tenants, stdout) -> None:
    categories = sum(
        ComplaintCategory.objects.ensure_defaults(t) for t in tenants if not t.is_village
    )
    opened = 0
    rkt = next((t for t in tenants if t.code == RKT_CODE), None)
    if rkt is not None:
        catalog = ServiceCatalogPage.objects.child_of(rkt.home_page).first()
        if catalog is not None:
            services = ServicePage.objects.child_of(catalog).filter(slug__in=ONLINE_SERVICES)
            for service in services:
                opened += apply_page(service, {"accepts_online_requests": True})
    stdout.write(
        f"Pengaduan & permohonan: {categories} kategori baru, {opened} layanan dibuka online."
    )
