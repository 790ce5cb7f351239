"""Demo of what OpenSID pushes, for ``seed_demo``: boundaries, report PDFs, aid
programmes and development projects (with photos of their stages).

Written as a push would write it, for RKT's villages, so that ``/data/``
shows the website, the boundary outline, the laporan and the Bantuan sosial
section without an OpenSID at hand. Invented and labelled as examples;
seeded per village code, so a second seed writes nothing.
"""

import datetime
import math
import random

from cms.demo_pdf import draw_pdf
from tenants.codes import TenantKind
from villagedata import boundary
from villagedata.models import (
    AidProgramme,
    DevelopmentPhoto,
    DevelopmentProject,
    ReportKind,
    SyncedIdentity,
    SyncedReport,
)

# Rambang Kapak Tengah lies around here (Kota Prabumulih, Sumatera Selatan).
CENTRE = (-3.47, 104.27)
AID = (
    (1, "BLT Dana Desa 2025 (contoh)", "2", "Dana Desa"),
    (2, "Program Keluarga Harapan (contoh)", "2", "Pusat"),
    (3, "Bantuan bibit karet kelompok tani (contoh)", "4", "Kab/Kota"),
)

# (OpenSID id, title, year, budget, source, volume): every desa gets these.
DEVELOPMENT = (
    (1, "Pembangunan jalan usaha tani (contoh)", 2025, 185_000_000, "Dana Desa", "450 m"),
    (2, "Pembangunan sumur bor (contoh)", 2024, 62_500_000, "ADD", "1 unit"),
)
# Stages of project 1, with their progress: one small photo each.
STAGES = ((11, 0), (12, 50), (13, 100))


def demo_development(village) -> int:
    """Projects and the photos of project 1's stages, as a push writes them; rows written."""
    from cms.demo_images import draw_jpeg
    from villagedata.development import make_image

    written = 0
    for remote_id, title, year, budget, source, volume in DEVELOPMENT:
        _row, created = DevelopmentProject.objects.get_or_create(
            tenant=village,
            remote_id=remote_id,
            defaults={
                "title": title,
                "location": "Dusun I",
                "year": year,
                "budget": budget,
                "cost_government": budget,
                "cost_total": budget,
                "funding_source": source,
                "volume": volume,
                "implementer": "TPK Desa",
                "nature": "BARU",
            },
        )
        written += created
    for remote_id, progress in STAGES:
        if DevelopmentPhoto.objects.filter(tenant=village, remote_id=remote_id).exists():
            continue
        title = f"{DEVELOPMENT[0][1]} {village.name} ({progress}%)"
        DevelopmentPhoto.objects.create(
            tenant=village,
            remote_id=remote_id,
            project_remote_id=DEVELOPMENT[0][0],
            progress=progress,
            description=f"Tahap {progress}%",
            taken_on=datetime.date(2025, 3 + progress // 25, 1),
            image=make_image(village, draw_jpeg(title, (320, 240)), f"tahap-{progress}.jpg", title),
        )
        written += 1
    return written


def demo_polygon(village, index: int) -> list:
    """An irregular ring of about 2–3 km around a point of the kecamatan, ``[[[[lat, lng]…]]]``."""
    rng = random.Random(f"batas-{village.code}")
    lat0 = CENTRE[0] + (index // 3 - 1) * 0.045
    lng0 = CENTRE[1] + (index % 3 - 1) * 0.045
    ring = []
    for step in range(36):
        angle = 2 * math.pi * step / 36
        radius = 0.018 * rng.uniform(0.75, 1.15)
        ring.append(
            [round(lat0 + radius * math.sin(angle), 6), round(lng0 + radius * math.cos(angle), 6)]
        )
    ring.append(ring[0])
    return [[ring]]


def seed_pushed(villages) -> int:
    """Write the demo deliveries of ``villages`` that are missing; how many rows were written."""
    written = 0
    for index, village in enumerate(villages):
        if not SyncedIdentity.objects.filter(tenant=village).exists():
            polygon = demo_polygon(village, index)
            SyncedIdentity.objects.create(
                tenant=village,
                village_term="Kelurahan" if village.kind == TenantKind.KELURAHAN else "Desa",
                website=f"https://{village.site.hostname}/",
                boundary=polygon,
                outline=boundary.outline(polygon),
            )
            written += 1
        reports = [
            (ReportKind.POPULATION, 1, 6, f"Laporan Penduduk Juni 2025 {village.name} (contoh)")
        ]
        if village.kind == TenantKind.DESA:
            reports.append(
                (ReportKind.BUDGET, 1, 1, f"Laporan APBDes Semester I 2025 {village.name} (contoh)")
            )
            for remote_id, name, target, source in AID:
                _row, created = AidProgramme.objects.get_or_create(
                    tenant=village,
                    remote_id=remote_id,
                    defaults={
                        "name": name,
                        "target": target,
                        "start_date": datetime.date(2025, 1, 1),
                        "end_date": datetime.date(2025, 12, 31),
                        "funding_source": source,
                        "recipients": random.Random(f"{village.code}-{remote_id}").randint(12, 140),
                    },
                )
                written += created
            written += demo_development(village)
        for kind, remote_id, part, title in reports:
            _row, created = SyncedReport.objects.get_or_create(
                tenant=village,
                kind=kind,
                remote_id=remote_id,
                defaults={
                    "title": title[:200],
                    "year": 2025,
                    "part": part,
                    "file_name": f"{kind}_{village.code}.pdf",
                    "content": draw_pdf((title,)),
                },
            )
            written += created
    return written
