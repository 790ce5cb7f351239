"""Demo content: complaint categories, a few services that accept online requests,
and a few open complaints of different ages in RKT's villages.

Idempotent: a second run writes nothing.
"""

import datetime
import uuid

from django.utils import timezone

from citizens.models import CaseEvent, Complaint, ComplaintCategory, ComplaintStatus
from citizens.workflow import unique_code
from cms.pages import apply_page
from services.models import ServiceCatalogPage, ServicePage
from tenants.demo import RKT_CODE

ONLINE_SERVICES = ("surat-keterangan-domisili", "surat-keterangan-tidak-mampu")

# (village code, days ago, status, text): open complaints for "Pantauan desa"
# and the inbox to show ages, late flags and totals. Karangan has none: the
# operator guide's browser test starts its inbox from zero.
DEMO_COMPLAINTS = (
    ("16.74.04.1001", 40, ComplaintStatus.RECEIVED, "Saluran air di Jalan Merdeka tersumbat."),
    ("16.74.04.1001", 6, ComplaintStatus.IN_PROGRESS, "Pengambilan sampah tidak rutin."),
    ("16.74.04.2006", 18, ComplaintStatus.RECEIVED, "Jembatan kayu ke kebun karet rusak."),
    ("16.74.04.2007", 3, ComplaintStatus.RECEIVED, "Lampu jalan dekat masjid padam."),
)
# Fixed tokens, so that a second seeding finds the same complaints.
_TOKENS = uuid.UUID("6f1b3c52-0d5e-4a59-9a3e-7d2f8c1e0b23")


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
    complaints = seed_demo_complaints(tenants)
    stdout.write(
        f"Pengaduan & permohonan: {categories} kategori baru, {opened} layanan dibuka online, "
        f"{complaints} pengaduan contoh baru."
    )


def seed_demo_complaints(tenants) -> int:
    """The open complaints of :data:`DEMO_COMPLAINTS` (those whose village exists); how many
    were new."""
    by_code = {t.code: t for t in tenants}
    now = timezone.now()
    created = 0
    for n, (code, days, status, text) in enumerate(DEMO_COMPLAINTS):
        village = by_code.get(code)
        if village is None:
            continue
        category = ComplaintCategory.objects.filter(kecamatan_id=village.kecamatan_id).first()
        sent = now - datetime.timedelta(days=days, hours=2)
        complaint, new = Complaint.objects.get_or_create(
            submission_token=uuid.uuid5(_TOKENS, f"{code}-{n}"),
            defaults={
                "code": unique_code(),
                "tenant": village,
                "origin": village,
                "category": category,
                "text": text,
                "anonymous": True,
                "status": status,
                "created_at": sent,
            },
        )
        if new:
            CaseEvent.objects.create(
                complaint=complaint,
                status=ComplaintStatus.RECEIVED,
                note="Pengaduan diterima melalui situs.",
                actor_label="Sistem",
                created_at=sent,
            )
            created += 1
    return created
