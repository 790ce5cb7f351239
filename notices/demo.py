"""The demo's notices: DEMO DATA, plausible but invented."""

import datetime

from django.utils import timezone

from notices.models import Notice
from tenants.demo import RKT_CODE

# (tenant code, title, text); shown from the day the demo is seeded, for 60 days.
DEMO_NOTICES = [
    (
        RKT_CODE,
        "Layanan PATEN buka Sabtu pagi",
        "Selama bulan ini loket PATEN kecamatan juga buka hari Sabtu pukul 08.00-12.00.",
    ),
    (
        f"{RKT_CODE}.2008",
        "Posyandu pindah ke balai desa",
        "Sementara balai posyandu diperbaiki, kegiatan posyandu diadakan di balai desa.",
    ),
]


def seed_demo_notices(tenants, stdout) -> None:
    """Create the demo notices that are missing; a second run writes nothing."""
    by_code = {tenant.code: tenant for tenant in tenants}
    today = timezone.localdate()
    created = 0
    for code, title, text in DEMO_NOTICES:
        tenant = by_code.get(code)
        if tenant is None:
            continue
        _, was_created = Notice.objects.get_or_create(
            site_id=tenant.site_id,
            title=title,
            defaults={
                "text": text,
                "valid_from": today,
                "valid_until": today + datetime.timedelta(days=60),
            },
        )
        created += was_created
    if created:
        stdout.write(f"Pemberitahuan demo: {created} baru")
