"""Demo figures for ``seed_demo``: Rambang Kapak Tengah's 9 villages, two periods each.

The numbers are invented but plausible for a rural kecamatan of Kota
Prabumulih, drawn from a random generator seeded by each village's code, so
every run produces the same figures and a second seed writes nothing. They
are labelled "data contoh" in their source so nobody mistakes them for
official statistics.
"""

import datetime
import random
from decimal import Decimal

from django.db import transaction

from tenants.codes import TenantKind
from tenants.demo import RKT_CODE
from villagedata.categories import BUDGET_GROUP_BY_CODE, POPULATION_GROUP_BY_CODE
from villagedata.demo_pushed import seed_pushed
from villagedata.importing import write_budget_year, write_population_period, write_profile

POPULATION_SOURCE = "Data contoh, disusun menyerupai data Dukcapil (bukan data resmi)"
BUDGET_SOURCE = "Data contoh APBDes (bukan data resmi)"
PROFILE_SOURCE = "Data contoh profil desa (bukan data resmi)"
POPULATION_PERIODS = (
    (2024, "1", datetime.date(2024, 6, 30)),
    (2024, "2", datetime.date(2024, 12, 31)),
)
BUDGET_YEARS = (2024, 2025)
PROFILE_DATE = datetime.date(2024, 12, 31)

# Shares per category, in the order of the categories in villagedata.categories.
WEIGHTS = {
    "umur": (
        (8.6, 8.8, 8.7, 8.3, 7.9, 7.7, 7.6, 7.4, 7.0, 6.4, 5.7, 4.8, 3.9, 3.0, 2.1, 2.1),
        (8.3, 8.5, 8.4, 8.1, 7.9, 7.8, 7.6, 7.4, 7.0, 6.5, 5.8, 4.9, 4.0, 3.1, 2.3, 2.4),
    ),
    "agama": ((97.2, 1.3, 0.8, 0.2, 0.4, 0.05, 0.05),) * 2,
    "pendidikan": (
        (21, 15, 24, 16, 19, 0.8, 1.5, 2.5, 0.2, 0),
        (23, 15, 25, 15, 17, 1.0, 1.6, 2.2, 0.2, 0),
    ),
    "pekerjaan": (
        (22, 0.5, 18, 0.6, 34, 10, 0.6, 5, 4, 3, 1.2, 0.5, 0.6),
        (20, 30, 18, 0.3, 14, 6, 0.1, 6, 2.5, 1, 0.8, 1.0, 0.3),
    ),
    "perkawinan": ((47, 49, 1.5, 2.5), (42, 47, 2.5, 8.5)),
}
INCOME_RANGES = (  # rupiah, in thousands: (low, high) per income category
    (20_000, 80_000),
    (780_000, 1_100_000),
    (30_000, 60_000),
    (400_000, 700_000),
    (0, 60_000),
    (50_000, 150_000),
    (0, 10_000),
)
SPENDING_SHARES = (30, 46, 8, 12, 4)


def split(total: int, weights) -> list[int]:
    """``total`` divided by ``weights`` into whole numbers that add up exactly."""
    weight_sum = sum(weights)
    raw = [total * w / weight_sum for w in weights]
    parts = [int(value) for value in raw]
    by_remainder = sorted(range(len(raw)), key=lambda i: raw[i] - parts[i], reverse=True)
    for i in by_remainder[: total - sum(parts)]:
        parts[i] += 1
    return parts


def population_figures(code: str, semester_index: int) -> dict:
    """{(group, category): (male, female)} for one village and period."""
    rng = random.Random(f"penduduk-{code}")
    total = rng.randint(1_800, 4_200)
    male = round(total * rng.uniform(0.500, 0.515))
    growth = 1 + 0.006 * semester_index
    male, female = round(male * growth), round((total - male) * growth)
    figures = {("penduduk", "jumlah"): (male, female)}
    for group_code, (male_weights, female_weights) in WEIGHTS.items():
        categories = POPULATION_GROUP_BY_CODE[group_code].category_codes
        for category, m, f in zip(
            categories, split(male, male_weights), split(female, female_weights), strict=True
        ):
            figures[(group_code, category)] = (m, f)
    households = round((male + female) / rng.uniform(3.5, 3.9))
    male_heads = round(households * 0.88)
    figures[("keluarga", "kk")] = (male_heads, households - male_heads)
    return figures


def budget_lines(code: str, year: int) -> dict:
    """{(kind, category): (planned, realised)} in rupiah for one desa and year."""
    rng = random.Random(f"apbdes-{code}-{year}")
    lines = {}
    income_codes = BUDGET_GROUP_BY_CODE["pendapatan"].category_codes
    planned_income = 0
    for category, (low, high) in zip(income_codes, INCOME_RANGES, strict=True):
        planned = rng.randint(low, high) * 1000
        realised = round(planned * rng.uniform(0.93, 1.0) / 1000) * 1000
        lines[("pendapatan", category)] = (planned, realised)
        planned_income += planned
    silpa = rng.randint(20_000, 80_000) * 1000
    lines[("pembiayaan", "penerimaan_pembiayaan")] = (silpa, silpa)
    lines[("pembiayaan", "pengeluaran_pembiayaan")] = (0, 0)
    spending_codes = BUDGET_GROUP_BY_CODE["belanja"].category_codes
    planned_spending = split((planned_income + silpa) // 1000, SPENDING_SHARES)
    for category, planned in zip(spending_codes, planned_spending, strict=True):
        planned *= 1000
        realised = round(planned * rng.uniform(0.85, 0.99) / 1000) * 1000
        lines[("belanja", category)] = (planned, realised)
    return lines


def profile_fields(village, names: list[str]) -> dict:
    """A plausible profile for ``village``; its neighbours come from ``names``."""
    rng = random.Random(f"profil-{village.code}")
    others = [name for name in names if name != village.name]
    neighbours = rng.sample(others, 3) if len(others) >= 3 else others + ["-"] * 3
    rw = rng.randint(3, 6)
    return {
        "source": PROFILE_SOURCE,
        "area_km2": Decimal(f"{rng.uniform(12, 60):.3f}"),
        "altitude_m": rng.randint(40, 90),
        "boundary_north": f"Desa {neighbours[0]}",
        "boundary_east": f"Desa {neighbours[1]}",
        "boundary_south": f"Desa {neighbours[2]}",
        "boundary_west": "Kabupaten Muara Enim",
        "dusun_count": rng.randint(3, 5),
        "rw_count": rw,
        "rt_count": rw * rng.randint(3, 5),
        "school_paud": rng.randint(1, 3),
        "school_sd": rng.randint(1, 3),
        "school_smp": rng.randint(0, 1),
        "school_sma": rng.randint(0, 1),
        "puskesmas": 1 if village.code.endswith("1001") else 0,
        "pustu": rng.randint(0, 1),
        "posyandu": rng.randint(2, 5),
        "masjid": rng.randint(2, 5),
        "musala": rng.randint(3, 9),
        "gereja": 0,
        "pura": 0,
        "vihara": 0,
        "pasar": rng.randint(0, 1),
    }


def seed_demo_figures(tenants, stdout) -> None:
    """Write the demo figures for RKT's villages; unchanged ones are left alone."""
    rkt = next((tenant for tenant in tenants if tenant.code == RKT_CODE), None)
    if rkt is None:
        return
    villages = sorted(
        (tenant for tenant in tenants if tenant.kecamatan_id == rkt.pk), key=lambda t: t.code
    )
    names = [village.name for village in villages]
    written = 0
    with transaction.atomic():
        for village in villages:
            fields = profile_fields(village, names)
            written += write_profile(village, PROFILE_DATE, fields)
            for index, (year, semester, as_of) in enumerate(POPULATION_PERIODS):
                written += write_population_period(
                    village,
                    year,
                    semester,
                    as_of,
                    POPULATION_SOURCE,
                    population_figures(village.code, index),
                )
            if village.kind != TenantKind.DESA:
                continue
            for year in BUDGET_YEARS:
                written += write_budget_year(
                    village,
                    year,
                    datetime.date(year, 12, 31),
                    BUDGET_SOURCE,
                    budget_lines(village.code, year),
                )
        written += seed_pushed(villages)
    stdout.write(
        f"Data desa {rkt.display_name}: {len(villages)} desa/kelurahan, "
        f"{written} catatan baru atau diperbarui."
    )
