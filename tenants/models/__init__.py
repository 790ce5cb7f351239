"""Tenant models: the per-kecamatan page tree and the tenant registry."""

from tenants.models.pages import (
    KecamatanFolder,
    KecamatanHomePage,
    VillageHomePage,
    VillageIndexPage,
)
from tenants.models.registry import Tenant

__all__ = [
    "KecamatanFolder",
    "KecamatanHomePage",
    "Tenant",
    "VillageHomePage",
    "VillageIndexPage",
]
