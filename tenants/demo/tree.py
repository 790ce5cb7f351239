"""The demo's tenants: read the region file and onboard it at demo hostnames.

Hostnames: Rambang Kapak Tengah is ``rkt.localhost`` and the default site;
every other kecamatan is ``<slug>.localhost``. Villages get onboarding's
default, ``<village-slug>.<kecamatan host>`` (e.g. ``karangan.rkt.localhost``).
Browsers and curl resolve every ``*.localhost`` name to this machine.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from django.utils.text import slugify
from wagtail.models import Site

from tenants.demo import RKT_CODE
from tenants.models import Tenant
from tenants.onboarding import OnboardingResult, onboard_kecamatan, onboard_village
from tenants.regions_file import RegionFileError, RegionRow, RegionRowError, read_region_file

DEMO_DOMAIN = "localhost"
# Kecamatan whose host is a short name rather than the slug of their name.
SHORT_HOST_BY_CODE = {RKT_CODE: "rkt"}


@dataclass(frozen=True)
class KecamatanGroup:
    """One kecamatan row and the rows of its villages, in code order."""

    code: str
    rows: list[RegionRow]

    @property
    def kecamatan_row(self) -> RegionRow | None:
        """The kecamatan's own row, or None if the file lists only its villages."""
        return next((r for r in self.rows if not r.region.is_village), None)


def read_rows(path: str | Path) -> list[RegionRow]:
    """Every tenant row of the file; ``RegionFileError`` listing all bad lines."""
    rows, errors = [], []
    for item in read_region_file(path):
        if isinstance(item, RegionRowError):
            errors.append(f"baris {item.line}: {item.message}")
        elif item is not None:
            rows.append(item)
    if errors:
        raise RegionFileError(f"Berkas {path} berisi baris yang salah: " + "; ".join(errors))
    if not rows:
        raise RegionFileError(f"Berkas {path} tidak berisi satu pun kecamatan atau desa.")
    return rows


def group_by_kecamatan(rows: Iterable[RegionRow]) -> list[KecamatanGroup]:
    """Rows grouped per kecamatan, each group kecamatan first, then its villages."""
    groups: dict[str, list[RegionRow]] = {}
    for row in sorted(rows, key=lambda r: r.region.code):
        groups.setdefault(row.region.kecamatan_code, []).append(row)
    return [KecamatanGroup(code, group_rows) for code, group_rows in groups.items()]


def kecamatan_hostname(row: RegionRow) -> str:
    """The demo hostname of a kecamatan: ``rkt.localhost`` or ``<slug>.localhost``."""
    prefix = SHORT_HOST_BY_CODE.get(row.region.code) or slugify(row.name)
    return f"{prefix}.{DEMO_DOMAIN}"


def onboard_regions(rows: Iterable[RegionRow], *, port: int) -> list[OnboardingResult]:
    """Onboard ``rows``, kecamatan before villages; idempotent like onboarding itself.

    This is the one loop that a shared region importer can replace. Villages
    take onboarding's default hostname and their kecamatan's port.
    """
    rows = list(rows)
    results = [
        onboard_kecamatan(
            row.region.code,
            row.name,
            kecamatan_hostname(row),
            port=port,
            make_default=row.region.code == RKT_CODE,
        )
        for row in rows
        if not row.region.is_village
    ]
    results += [onboard_village(row.region.code, row.name) for row in rows if row.region.is_village]
    return results


def ensure_site_port(tenant: Tenant, port: int) -> bool:
    """Give the tenant's Site ``port`` (a rerun with another ``--port``); True if changed."""
    site = tenant.site
    if site.port == port:
        return False
    site.port = port
    site.save(update_fields=["port"])
    return True


def ensure_default_site(tenant: Tenant) -> bool:
    """Make the tenant's Site the default one, if it is not yet; True if changed."""
    site = tenant.site
    if site.is_default_site:
        return False
    Site.objects.filter(is_default_site=True).update(is_default_site=False)
    site.is_default_site = True
    site.save(update_fields=["is_default_site"])
    return True
