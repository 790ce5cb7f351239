"""Read side: the figures of one village, or of a kecamatan summed over its villages.

Every function returns plain dicts and lists, so the public page, the
downloads and the API all show the same numbers from one place. A
kecamatan's figures are the sum of its villages for the same period, with a
per-village breakdown and the list of villages that have no data for that
period (``missing``), so a reader never mistakes a partial sum for a whole.
"""

from django.utils.functional import cached_property

from tenants.codes import TenantKind
from tenants.models import Tenant
from villagedata.categories import (
    BUDGET_GROUPS,
    FACILITIES,
    POPULATION_GROUPS,
    TOTAL_CATEGORY,
    TOTAL_GROUP,
)
from villagedata.models import (
    BudgetLine,
    BudgetYear,
    PopulationFigure,
    PopulationPeriod,
    VillageProfile,
    period_key,
    period_label,
)


class Coverage:
    """The rows ``tenant``'s figures are made of, each read once per instance.

    A page that shows several tables (population, APBDes, profile) builds one
    and passes it to each function, so the villages and each table's periods
    are queried once for the page rather than once per table. Without one,
    each function builds its own.
    """

    def __init__(self, tenant: Tenant):
        self.tenant = tenant

    @cached_property
    def villages(self) -> list[Tenant]:
        """Itself for a village; a kecamatan's villages, by code."""
        if self.tenant.is_village:
            return [self.tenant]
        return list(self.tenant.villages.order_by("code"))

    @cached_property
    def population_periods(self) -> list[PopulationPeriod]:
        """Every population period of the villages, their tenant loaded, by village code."""
        return list(
            PopulationPeriod.objects.filter(tenant__in=self.villages)
            .select_related("tenant")
            .order_by("tenant__code")
        )

    @cached_property
    def budget_years(self) -> list[BudgetYear]:
        """Every APBDes year of the desa among the villages, by village code."""
        return list(
            BudgetYear.objects.filter(tenant__in=villages_covered(self.tenant, True, self))
            .select_related("tenant")
            .order_by("tenant__code")
        )


def villages_covered(
    tenant: Tenant, budget: bool = False, coverage: Coverage | None = None
) -> list[Tenant]:
    """The villages whose data make up ``tenant``'s: itself, or a kecamatan's villages.

    For the APBDes only desa count: a kelurahan has no budget of its own.
    """
    villages = (coverage or Coverage(tenant)).villages
    if budget:
        villages = [village for village in villages if village.kind == TenantKind.DESA]
    return villages


def _tenant_ref(tenant: Tenant) -> dict:
    return {"code": tenant.code, "name": tenant.name, "kind": tenant.kind}


def opensid_header(tenant: Tenant, villages, with_data: set, updated_at) -> dict:
    """The metadata keys every dataset carries, for one pushed only by OpenSID
    (``villagedata.aid``, ``villagedata.development``): ``with_data`` holds the
    ids of the villages that sent some."""
    return {
        **_tenant_ref(tenant),
        "period": updated_at.date().isoformat(),
        "sources": ["OpenSID"],
        "as_of": updated_at.date(),
        "updated_at": updated_at,
        "missing": [_tenant_ref(v) for v in villages if v.pk not in with_data],
    }


def _sources(records) -> list[str]:
    return sorted({record.source for record in records})


# --- Population -------------------------------------------------------------


def population_periods(tenant: Tenant, coverage: Coverage | None = None) -> list[tuple[int, str]]:
    """``(year, semester)`` of every period with data, newest first."""
    periods = (coverage or Coverage(tenant)).population_periods
    return sorted({(period.year, period.semester) for period in periods}, reverse=True)


def population(
    tenant: Tenant, year: int, semester: str, coverage: Coverage | None = None
) -> dict | None:
    """The population figures of ``tenant`` for one period; None if no village has any.

    ``groups`` lists every known group in order, each with its categories
    (zero where nothing was recorded). For a kecamatan, ``villages`` holds
    each contributing village's total and ``missing`` the villages without data.
    """
    coverage = coverage or Coverage(tenant)
    villages = coverage.villages
    periods = [
        period
        for period in coverage.population_periods
        if period.year == int(year) and period.semester == str(semester)
    ]
    if not periods:
        return None
    sums: dict[tuple[str, str], list[int]] = {}
    per_village: dict[int, dict[tuple[str, str], list[int]]] = {}
    for figure in PopulationFigure.objects.filter(period__in=periods).values_list(
        "period_id", "group", "category", "male", "female"
    ):
        period_id, group, category, male, female = figure
        for target in (sums, per_village.setdefault(period_id, {})):
            counts = target.setdefault((group, category), [0, 0])
            counts[0] += male
            counts[1] += female
    groups = []
    for group in POPULATION_GROUPS:
        rows = []
        for code, label in group.categories:
            male, female = sums.get((group.code, code), (0, 0))
            rows.append(
                {
                    "category": code,
                    "label": str(label),
                    "male": male,
                    "female": female,
                    "total": male + female,
                }
            )
        groups.append({"code": group.code, "label": str(group.label), "rows": rows})
    with_data = {period.tenant_id for period in periods}
    result = {
        **_tenant_ref(tenant),
        "period": period_key(year, semester),
        "period_label": period_label(year, semester),
        "year": year,
        "semester": semester,
        "sources": _sources(periods),
        "as_of": max(period.as_of for period in periods),
        "updated_at": max(period.updated_at for period in periods),
        "groups": groups,
        "villages": [],
        "missing": [_tenant_ref(v) for v in villages if v.pk not in with_data],
    }
    for period in periods:
        own = per_village.get(period.pk, {})
        male, female = own.get((TOTAL_GROUP, TOTAL_CATEGORY), (0, 0))
        households = sum(own.get(("keluarga", "kk"), (0, 0)))
        result["villages"].append(
            {
                **_tenant_ref(period.tenant),
                "source": period.source,
                "as_of": period.as_of,
                "male": male,
                "female": female,
                "total": male + female,
                "households": households,
                "figures": own,
            }
        )
    return result


def population_rows(data: dict) -> list[dict]:
    """Flat rows for CSV/JSON downloads: each village's figures, then the sum.

    Every row carries the Kemendagri code of the region it counts.
    """
    rows = []
    labels = {
        (g.code, c): (str(g.label), str(lbl)) for g in POPULATION_GROUPS for c, lbl in g.categories
    }
    for village in data["villages"]:
        for (group, category), (male, female) in sorted(village["figures"].items()):
            rows.append(
                _population_row(
                    village, data, group, category, labels, male, female, village["source"]
                )
            )
    if len(data["villages"]) != 1 or data["code"] != data["villages"][0]["code"]:
        source = "; ".join(data["sources"])
        for group in data["groups"]:
            for row in group["rows"]:
                rows.append(
                    _population_row(
                        data,
                        data,
                        group["code"],
                        row["category"],
                        labels,
                        row["male"],
                        row["female"],
                        source,
                    )
                )
    return rows


def _population_row(region, data, group, category, labels, male, female, source) -> dict:
    group_label, category_label = labels.get((group, category), (group, category))
    return {
        "kode_wilayah": region["code"],
        "nama_wilayah": region["name"],
        "periode": data["period"],
        "kelompok": group,
        "kategori": category,
        "label_kelompok": group_label,
        "label_kategori": category_label,
        "laki_laki": male,
        "perempuan": female,
        "jumlah": male + female,
        "sumber": source,
    }


# --- APBDes -------------------------------------------------------------------


def budget_years(tenant: Tenant, coverage: Coverage | None = None) -> list[int]:
    """Years with an APBDes among ``tenant``'s desa, newest first."""
    budgets = (coverage or Coverage(tenant)).budget_years
    return sorted({budget.year for budget in budgets}, reverse=True)


def budget(tenant: Tenant, year: int, coverage: Coverage | None = None) -> dict | None:
    """The APBDes of a desa, or the sum over a kecamatan's desa, for one year.

    None for a kelurahan or when no desa has that year.
    """
    coverage = coverage or Coverage(tenant)
    villages = villages_covered(tenant, True, coverage)
    budgets = [budget for budget in coverage.budget_years if budget.year == int(year)]
    if not budgets:
        return None
    sums: dict[tuple[str, str], list[int]] = {}
    per_village: dict[int, dict[tuple[str, str], list[int]]] = {}
    for budget_id, group, category, planned, realised in BudgetLine.objects.filter(
        budget__in=budgets
    ).values_list("budget_id", "group", "category", "planned", "realised"):
        for target in (sums, per_village.setdefault(budget_id, {})):
            amounts = target.setdefault((group, category), [0, 0])
            amounts[0] += planned
            amounts[1] += realised
    groups = []
    for group in BUDGET_GROUPS:
        rows = []
        for code, label in group.categories:
            planned, realised = sums.get((group.code, code), (0, 0))
            rows.append(
                {"category": code, "label": str(label), "planned": planned, "realised": realised}
            )
        groups.append(
            {
                "code": group.code,
                "label": str(group.label),
                "rows": rows,
                "planned": sum(row["planned"] for row in rows),
                "realised": sum(row["realised"] for row in rows),
            }
        )
    with_data = {b.tenant_id for b in budgets}
    return {
        **_tenant_ref(tenant),
        "period": str(year),
        "period_label": str(year),
        "year": year,
        "sources": _sources(budgets),
        "as_of": max(b.as_of for b in budgets),
        "updated_at": max(b.updated_at for b in budgets),
        "groups": groups,
        "villages": [
            {
                **_tenant_ref(b.tenant),
                "source": b.source,
                "as_of": b.as_of,
                "income_planned": _group_sum(per_village.get(b.pk, {}), "pendapatan", 0),
                "income_realised": _group_sum(per_village.get(b.pk, {}), "pendapatan", 1),
                "spending_planned": _group_sum(per_village.get(b.pk, {}), "belanja", 0),
                "spending_realised": _group_sum(per_village.get(b.pk, {}), "belanja", 1),
                "lines": per_village.get(b.pk, {}),
            }
            for b in budgets
        ],
        "missing": [_tenant_ref(v) for v in villages if v.pk not in with_data],
    }


def _group_sum(lines: dict, group: str, index: int) -> int:
    return sum(amounts[index] for (g, _c), amounts in lines.items() if g == group)


def budget_rows(data: dict) -> list[dict]:
    """Flat rows for downloads: each desa's lines, then the kecamatan's sum."""
    labels = {
        (g.code, c): (str(g.label), str(lbl)) for g in BUDGET_GROUPS for c, lbl in g.categories
    }
    rows = []

    def row(region, group, category, planned, realised, source):
        group_label, category_label = labels.get((group, category), (group, category))
        return {
            "kode_wilayah": region["code"],
            "nama_wilayah": region["name"],
            "tahun": data["year"],
            "jenis": group,
            "kategori": category,
            "label_jenis": group_label,
            "label_kategori": category_label,
            "anggaran": planned,
            "realisasi": realised,
            "sumber": source,
        }

    for village in data["villages"]:
        for (group, category), (planned, realised) in sorted(village["lines"].items()):
            rows.append(row(village, group, category, planned, realised, village["source"]))
    if len(data["villages"]) != 1 or data["code"] != data["villages"][0]["code"]:
        for group in data["groups"]:
            for line in group["rows"]:
                rows.append(
                    row(
                        data,
                        group["code"],
                        line["category"],
                        line["planned"],
                        line["realised"],
                        "; ".join(data["sources"]),
                    )
                )
    return rows


# --- Profile ------------------------------------------------------------------

PROFILE_COUNT_LABELS = (
    ("dusun_count", "Dusun"),
    ("rw_count", "RW"),
    ("rt_count", "RT"),
    *((name, str(label)) for name, label in FACILITIES),
)


def latest_profiles(villages: list[Tenant]) -> dict[int, VillageProfile]:
    """The newest profile of each village that has one, by tenant id (one query)."""
    profiles = (
        VillageProfile.objects.filter(tenant__in=villages)
        .select_related("tenant")
        .order_by("tenant_id", "-as_of", "-pk")
    )
    latest = {}
    for p in profiles:
        latest.setdefault(p.tenant_id, p)
    return latest


def profile(tenant: Tenant, coverage: Coverage | None = None) -> dict | None:
    """The latest profile of a village, or for a kecamatan the sum of its villages'."""
    villages = villages_covered(tenant, coverage=coverage)
    profiles = latest_profiles(villages)
    if not profiles:
        return None
    ordered = [profiles[v.pk] for v in villages if v.pk in profiles]
    counts = [
        {"field": name, "label": label, "value": sum(getattr(p, name) for p in ordered)}
        for name, label in PROFILE_COUNT_LABELS
    ]
    areas = [p.area_km2 for p in ordered if p.area_km2 is not None]
    result = {
        **_tenant_ref(tenant),
        "period": max(p.as_of for p in ordered).isoformat(),
        "sources": _sources(ordered),
        "as_of": max(p.as_of for p in ordered),
        "updated_at": max(p.updated_at for p in ordered),
        "area_km2": sum(areas) if areas else None,
        "counts": counts,
        "villages": [profile_record(p) for p in ordered],
        "missing": [_tenant_ref(v) for v in villages if v.pk not in profiles],
    }
    if tenant.is_village:
        own = ordered[0]
        result.update(
            altitude_m=own.altitude_m,
            boundaries={
                "utara": own.boundary_north,
                "timur": own.boundary_east,
                "selatan": own.boundary_south,
                "barat": own.boundary_west,
            },
        )
    return result


def profile_record(p: VillageProfile) -> dict:
    """One village profile as a flat row (download and API field names)."""
    return {
        "kode_wilayah": p.tenant.code,
        "nama_wilayah": p.tenant.name,
        "tanggal_data": p.as_of,
        "sumber": p.source,
        "luas_km2": p.area_km2,
        "ketinggian_mdpl": p.altitude_m,
        "batas_utara": p.boundary_north,
        "batas_timur": p.boundary_east,
        "batas_selatan": p.boundary_south,
        "batas_barat": p.boundary_west,
        **{PROFILE_FILE_COLUMNS[name]: getattr(p, name) for name in VillageProfile.COUNT_FIELDS},
    }


# Model field -> column name in import files, downloads and the API.
PROFILE_FILE_COLUMNS = {
    "dusun_count": "jumlah_dusun",
    "rw_count": "jumlah_rw",
    "rt_count": "jumlah_rt",
    "school_paud": "sekolah_paud",
    "school_sd": "sekolah_sd",
    "school_smp": "sekolah_smp",
    "school_sma": "sekolah_sma",
    "puskesmas": "puskesmas",
    "pustu": "pustu",
    "posyandu": "posyandu",
    "masjid": "masjid",
    "musala": "musala",
    "gereja": "gereja",
    "pura": "pura",
    "vihara": "vihara",
    "pasar": "pasar",
}
