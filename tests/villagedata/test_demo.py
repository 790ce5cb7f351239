"""The demo figures: plausible, adding up, and idempotent."""

import io

from tenants.models import Tenant
from villagedata import figures
from villagedata.demo import seed_demo_figures
from villagedata.models import (
    AidProgramme,
    BudgetYear,
    PopulationPeriod,
    SyncedIdentity,
    SyncedReport,
    VillageProfile,
)


def test_demo_figures_are_written_once_and_add_up(world):
    tenants = list(Tenant.objects.all())
    out = io.StringIO()
    seed_demo_figures(tenants, out)
    lima_periods = PopulationPeriod.objects.filter(tenant=world.lima)
    assert {p.period_key for p in lima_periods} == {"2024-1", "2024-2"}
    assert BudgetYear.objects.filter(tenant=world.lima).count() == 2
    assert not BudgetYear.objects.filter(tenant=world.satu).exists()  # a kelurahan
    assert VillageProfile.objects.filter(tenant=world.lima).exists()
    # Kecamatan B is not RKT: its village keeps only what the fixture imported.
    empat = PopulationPeriod.objects.filter(tenant=world.empat)
    assert set(empat.values_list("source", flat=True)) == {"Dukcapil uji"}

    data = figures.population(world.kec_a, 2024, "2")
    assert data["missing"] == []
    total = data["groups"][0]["rows"][0]
    for group in data["groups"][1:-1]:  # every breakdown but households
        assert sum(r["male"] for r in group["rows"]) == total["male"], group["code"]
        assert sum(r["female"] for r in group["rows"]) == total["female"], group["code"]

    # What OpenSID would push: a boundary outline, PDFs, aid programmes for desa only.
    assert SyncedIdentity.objects.get(tenant=world.lima).outline["path"].startswith("M")
    assert bytes(SyncedReport.objects.filter(tenant=world.lima).first().content).startswith(b"%PDF")
    assert AidProgramme.objects.filter(tenant=world.lima).count() == 3
    assert not AidProgramme.objects.filter(tenant=world.satu).exists()

    again = io.StringIO()
    seed_demo_figures(tenants, again)
    assert "0 catatan baru atau diperbarui" in again.getvalue()
