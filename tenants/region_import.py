"""Onboarding many tenants at once from a Kemendagri region file.

``import_regions`` reads a file in the format of ``wilayah_prabumulih.tsv``
(see ``tenants.regions_file``) and onboards every kecamatan and village in it
through ``tenants.onboarding``. It is the engine behind ``manage.py
import_regions`` and may be called from other code, such as a demo seeder.

Hostnames are not in the file, so they are derived from one domain: a
kecamatan gets ``<kecamatan-slug>.<domain>`` and a village gets onboarding's
default, ``<village-slug>.<kecamatan hostname>``.
"""

import csv
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.text import slugify
from tqdm import tqdm

from tenants.models import Tenant
from tenants.onboarding import (
    OnboardingError,
    normalise_hostname,
    onboard_kecamatan,
    onboard_village,
)
from tenants.regions_file import RegionFileError, RegionRow, RegionRowError, read_region_file


@dataclass
class ImportSummary:
    """What an import did, row by row.

    ``created`` and ``unchanged`` count tenants onboarded by this run and
    tenants that already existed; ``skipped`` counts lines that are not
    tenants (a province or kabupaten/kota); ``errors`` holds one
    ``RegionRowError`` per failed line, in line order. ``tenants`` lists every
    tenant the file names that is onboarded now, created or not.
    """

    created: int = 0
    unchanged: int = 0
    skipped: int = 0
    errors: list[RegionRowError] = field(default_factory=list)
    tenants: list[Tenant] = field(default_factory=list)

    @property
    def failed(self) -> int:
        """The number of lines that could not be onboarded."""
        return len(self.errors)

    def message(self) -> str:
        """The one-line summary for the operator, in Indonesian."""
        return (
            f"Selesai: {self.created} dibuat, {self.unchanged} sudah ada, "
            f"{self.skipped} dilewati, {self.failed} gagal."
        )

    def error_lines(self) -> list[str]:
        """Each failed line as ``"baris N: reason"``, in line order."""
        return [format_row_error(error) for error in self.errors]


class ImportRolledBack(Exception):
    """A strict import had failed lines, so nothing it did was kept.

    ``summary`` describes the attempt: its counts are what would have been
    saved, its ``errors`` why it was not.
    """

    def __init__(self, summary: ImportSummary):
        self.summary = summary
        lines = [
            f"Impor dibatalkan: {summary.failed} baris gagal, tidak ada yang disimpan.",
            *summary.error_lines(),
        ]
        super().__init__("\n".join(lines))


def format_row_error(error: RegionRowError) -> str:
    """A failed line as the operator reads it: ``"baris 7: reason"``."""
    return f"baris {error.line}: {error.message}"


def import_regions(
    path: str | Path,
    *,
    domain: str,
    port: int | None = None,
    strict: bool = False,
    progress: TextIO | None = None,
) -> ImportSummary:
    """Onboard every kecamatan and village listed in the region file at ``path``.

    Kecamatan rows are onboarded before village rows, whatever the file's
    order. Each row is its own transaction: a failed row is recorded in the
    summary and the others still import. With ``strict`` the whole import is
    one transaction, and any failed row rolls it all back and raises
    ``ImportRolledBack``. Running the same file again creates nothing.

    ``port`` is written into every new Site (default: onboarding's). A
    ``progress`` stream gets a progress bar; ``None`` draws none.

    Raises ``RegionFileError`` if the file cannot be read as a whole and
    ``OnboardingError`` if ``domain`` is not a valid hostname, before
    anything is created.
    """
    domain = normalise_hostname(domain.strip().lstrip("."))
    summary = ImportSummary()
    rows = []
    for item in _read_all(path):
        if item is None:
            summary.skipped += 1
        elif isinstance(item, RegionRowError):
            summary.errors.append(item)
        else:
            rows.append(item)
    # A stable sort keeps the file's order within each kind.
    rows.sort(key=lambda row: row.region.is_village)

    if strict:
        with transaction.atomic():
            _onboard_rows(rows, domain, port, summary, progress)
            if summary.errors:
                summary.errors.sort(key=lambda error: error.line)
                # Raising inside the block is what rolls the transaction back.
                raise ImportRolledBack(summary)
    else:
        _onboard_rows(rows, domain, port, summary, progress)
    summary.errors.sort(key=lambda error: error.line)
    return summary


def _read_all(path: str | Path) -> list[RegionRow | RegionRowError | None]:
    """Read the whole file first, so a file broken halfway creates nothing."""
    try:
        return list(read_region_file(path))
    except (UnicodeDecodeError, csv.Error) as exc:
        raise RegionFileError(f"Berkas {path} tidak bisa dibaca sebagai TSV UTF-8: {exc}") from exc


def _onboard_rows(
    rows: list[RegionRow],
    domain: str,
    port: int | None,
    summary: ImportSummary,
    progress: TextIO | None,
) -> None:
    ready: set[str] = set()  # kecamatan codes that exist now
    failed: dict[str, int] = {}  # kecamatan code -> line of its failed row
    bar = tqdm(
        rows, total=len(rows), file=progress, disable=progress is None, desc="Impor", unit="baris"
    )
    with bar:
        for row in bar:
            code = row.region.code
            try:
                if row.region.is_village:
                    _require_kecamatan(row.region.kecamatan_code, ready, failed)
                    result = onboard_village(code, row.name, port=port)
                else:
                    hostname = f"{slugify(row.name)}.{domain}"
                    result = onboard_kecamatan(code, row.name, hostname, port=port)
            except (OnboardingError, ValidationError) as exc:
                summary.errors.append(RegionRowError(row.line, _reason(exc)))
                if not row.region.is_village and code not in ready:
                    failed[code] = row.line
                continue
            if not row.region.is_village:
                ready.add(code)
            summary.tenants.append(result.tenant)
            if result.created:
                summary.created += 1
            else:
                summary.unchanged += 1


def _require_kecamatan(code: str, ready: set[str], failed: dict[str, int]) -> None:
    """Say which kecamatan is missing, in words that fit an import, not one call."""
    if code in ready:
        return
    if code in failed:
        raise OnboardingError(
            f"kecamatan {code} (baris {failed[code]}) gagal didaftarkan, "
            "jadi desa/kelurahannya tidak bisa didaftarkan"
        )
    if not Tenant.objects.kecamatan().filter(code=code).exists():
        raise OnboardingError(f"kecamatan {code} tidak ada di berkas ini dan belum terdaftar")
    ready.add(code)


def _reason(exc: Exception) -> str:
    if isinstance(exc, ValidationError):
        return " ".join(exc.messages)
    return str(exc)
