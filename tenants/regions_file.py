"""Reading the Kemendagri region list (the format of ``wilayah_prabumulih.tsv``).

The file is tab-separated with a header row naming at least ``kode``, ``nama``
and ``jenis``. Rows for a province or kabupaten/kota are not tenants and are
returned as skipped. Every other row is checked here for shape only; whether
it can be onboarded is decided by ``tenants.onboarding``.
"""

import csv
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from django.core.exceptions import ValidationError

from tenants.codes import RegionCode, TenantKind, parse_region_code

REQUIRED_COLUMNS = ("kode", "nama", "jenis")
NON_TENANT_KINDS = {"provinsi", "kabupaten", "kota", "kabupaten_kota"}


@dataclass(frozen=True)
class RegionRow:
    """One usable line of the file: a kecamatan or a village."""

    line: int
    region: RegionCode
    name: str
    postal_code: str = ""


@dataclass(frozen=True)
class RegionRowError:
    """A line that cannot be used, with the reason in words for the operator."""

    line: int
    message: str


class RegionFileError(Exception):
    """The file as a whole cannot be read (missing, empty, wrong columns)."""


def read_region_file(path: str | Path) -> Iterator[RegionRow | RegionRowError | None]:
    """Yield one item per data line: a ``RegionRow``, a ``RegionRowError``, or
    ``None`` for a line that is not a tenant (a province or kabupaten/kota).

    Line numbers count the header as line 1, as a text editor shows them.
    """
    path = Path(path)
    if not path.is_file():
        raise RegionFileError(f"Berkas {path} tidak ditemukan.")
    with path.open(newline="", encoding="utf-8-sig") as handle:
        reader = csv.DictReader(handle, delimiter="\t")
        missing = [c for c in REQUIRED_COLUMNS if c not in (reader.fieldnames or [])]
        if missing:
            raise RegionFileError(
                f"Berkas {path} tidak punya kolom {', '.join(missing)}. "
                "Kolom yang dibutuhkan: kode, nama, jenis (dipisah tab)."
            )
        for row in reader:
            yield parse_region_row(reader.line_num, row)


def parse_region_row(line: int, row: dict) -> RegionRow | RegionRowError | None:
    """Check one line's code, name and kind against each other."""
    code = (row.get("kode") or "").strip()
    name = " ".join((row.get("nama") or "").split())
    kind = (row.get("jenis") or "").strip().lower()
    if kind in NON_TENANT_KINDS or (row.get("level") or "").strip() == "kabupaten_kota":
        return None
    if not name:
        return RegionRowError(line, f"kolom nama kosong (kode {code or '?'})")
    try:
        region = parse_region_code(code)
    except ValidationError as exc:
        return RegionRowError(line, " ".join(exc.messages))
    if kind not in TenantKind.values:
        return RegionRowError(
            line, f"jenis {kind!r} tidak dikenal; gunakan kecamatan, kelurahan, atau desa"
        )
    if kind != region.kind:
        return RegionRowError(
            line, f"kode {code} adalah {region.kind.label}, tetapi kolom jenis berisi {kind!r}"
        )
    return RegionRow(line, region, name, (row.get("kode_pos") or "").strip())
