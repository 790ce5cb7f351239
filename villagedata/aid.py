"""Aid programmes: read OpenSID's ``program-bantuan`` CSV, and sum them for pages,
downloads and the API.

The CSV of OpenSID v2410 (``Sinkronisasi::data_program_bantuan()``) writes
10 values under a 9-column header: ``userid`` is missing from the header,
so by name ``status`` would hold the user id and ``asaldana`` the status
(contract §7). Rows one value longer than a header without ``userid`` are
read with ``userid`` put back before ``status``; a header that names it is
read as it is. ``userid`` itself is dropped.
"""

from django.db import transaction
from django.utils.translation import gettext as _

from tenants.models import Tenant
from villagedata.figures import opensid_header, villages_covered
from villagedata.models import AidProgramme, AidTarget
from villagedata.zipcsv import clean_text, csv_records, parse_date

# The programme list carries no NIK, but its free-text fields are typed by
# operators: they are stored through zipcsv.clean_text, which masks a number
# that looks like one, so no page, file or API answer can show it.
REQUIRED = ("id", "nama")


def columns(header: list[str], width: int) -> list[str]:
    """The column names of a row ``width`` values wide under ``header`` (the shift fix)."""
    if width == len(header) + 1 and "userid" not in header and "status" in header:
        at = header.index("status")
        return [*header[:at], "userid", *header[at:]]
    return header


def parse_programmes(rows: list[list[str]], code: str) -> tuple[list[dict], dict]:
    """``(programmes, errors)`` from the CSV rows (header first) of village ``code``."""
    records, errors = csv_records(rows, REQUIRED, code, names_for=columns)
    programmes = {}
    for number, record in records:
        where = f"file.baris_{number}"
        name = clean_text(record["nama"], 200)
        if not name:
            errors[where] = [_("Baris %(n)s: nama program wajib diisi.") % {"n": number}]
            continue
        count = record.get("jumlah_peserta", "")
        target = record.get("sasaran", "")
        programmes[int(record["id"])] = {
            "name": name,
            "target": target if target in AidTarget.values else "",
            "description": clean_text(record.get("ndesc", ""), 2000),
            "start_date": parse_date(record.get("sdate")),
            "end_date": parse_date(record.get("edate")),
            "active": record.get("status", "1") != "0",
            "funding_source": clean_text(record.get("asaldana", ""), 100),
            "recipients": int(count) if count.isascii() and count.isdigit() else None,
        }
    return [{"remote_id": k, **v} for k, v in programmes.items()], errors


def store(village: Tenant, programmes: list[dict]) -> None:
    """Upsert on (village, OpenSID id). OpenSID sends changes since its last
    sync (100 a request the first time), so a programme not sent is kept."""
    with transaction.atomic():
        for programme in programmes:
            remote_id = programme.pop("remote_id")
            AidProgramme.objects.update_or_create(
                tenant=village, remote_id=remote_id, defaults=programme
            )


# --- Reading --------------------------------------------------------------------


def aid_data(tenant: Tenant) -> dict | None:
    """A village's programmes, or a kecamatan's villages' with sums; None if there are none.

    The same keys as the other datasets' (``villagedata.figures``), so that
    downloads carry the same metadata.
    """
    villages = villages_covered(tenant)
    programmes = list(
        AidProgramme.objects.filter(tenant__in=villages)
        .select_related("tenant")
        .order_by("tenant__code", "-start_date", "name")
    )
    if not programmes:
        return None
    updated_at = max(p.received_at for p in programmes)
    rows = [programme_row(p) for p in programmes]
    by_source: dict[str, dict] = {}
    for row in rows:
        entry = by_source.setdefault(
            row["funding_source"] or "–",
            {"funding_source": row["funding_source"] or "–", "programmes": 0, "recipients": 0},
        )
        entry["programmes"] += 1
        entry["recipients"] += row["recipients"] or 0
    with_data = {p.tenant_id for p in programmes}
    village_rows = []
    for village in villages:
        own = [row for row in rows if row["code"] == village.code]
        if own:
            village_rows.append(
                {
                    "code": village.code,
                    "name": village.name,
                    "kind": village.kind,
                    "programmes": len(own),
                    "recipients": sum(row["recipients"] or 0 for row in own),
                }
            )
    return {
        **opensid_header(tenant, villages, with_data, updated_at),
        "programmes": rows,
        "funding_sources": sorted(by_source.values(), key=lambda e: -e["programmes"]),
        "total_programmes": len(rows),
        "total_recipients": sum(row["recipients"] or 0 for row in rows),
        "recipients_unknown": sum(1 for row in rows if row["recipients"] is None),
        "villages": village_rows,
    }


def programme_row(programme: AidProgramme) -> dict:
    """One programme for pages and the API: never a recipient, only their number."""
    return {
        "code": programme.tenant.code,
        "village": programme.tenant.name,
        "remote_id": programme.remote_id,
        "name": programme.name,
        "target": programme.target,
        "target_label": str(AidTarget(programme.target).label) if programme.target else "",
        "start_date": programme.start_date,
        "end_date": programme.end_date,
        "active": programme.active,
        "funding_source": programme.funding_source,
        "recipients": programme.recipients,
        "received_at": programme.received_at,
    }


def aid_rows(data: dict) -> list[dict]:
    """Flat rows for the CSV/JSON downloads, each with its region's Kemendagri code."""
    return [
        {
            "kode_wilayah": row["code"],
            "nama_wilayah": row["village"],
            "id_program": row["remote_id"],
            "nama_program": row["name"],
            "sasaran": row["target_label"],
            "mulai": row["start_date"].isoformat() if row["start_date"] else "",
            "selesai": row["end_date"].isoformat() if row["end_date"] else "",
            "aktif": row["active"],
            "asal_dana": row["funding_source"],
            "jumlah_penerima": "" if row["recipients"] is None else row["recipients"],
            "diterima": row["received_at"].date().isoformat(),
        }
        for row in data["programmes"]
    ]
