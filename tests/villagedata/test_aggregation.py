"""Kecamatan figures are the sum of their villages, with breakdown and missing villages."""

from villagedata import figures


def rows_of(data, group):
    return {r["category"]: r for g in data["groups"] if g["code"] == group for r in g["rows"]}


def test_kecamatan_population_is_the_sum_of_its_villages_for_the_period(world):
    data = figures.population(world.kec_a, 2024, "2")
    total = rows_of(data, "penduduk")["jumlah"]
    assert (total["male"], total["female"]) == (1000 + 1500, 1010 + 1480)
    assert rows_of(data, "keluarga")["kk"]["total"] == 2 * 340
    # Kecamatan B's village is not summed in.
    assert [v["code"] for v in data["villages"]] == [world.satu.code, world.dua.code]
    assert sorted(data["sources"]) == ["Dukcapil Dua", "Dukcapil uji"]


def test_villages_without_data_for_the_period_are_listed_not_silently_dropped(world):
    data = figures.population(world.kec_a, 2024, "2")
    assert [m["code"] for m in data["missing"]] == [world.lima.code]
    first_semester = figures.population(world.kec_a, 2024, "1")
    assert rows_of(first_semester, "penduduk")["jumlah"]["male"] == 990
    assert {m["code"] for m in first_semester["missing"]} == {world.dua.code, world.lima.code}


def test_per_village_breakdown_carries_each_villages_totals(world):
    data = figures.population(world.kec_a, 2024, "2")
    dua = next(v for v in data["villages"] if v["code"] == world.dua.code)
    assert (dua["male"], dua["female"], dua["total"], dua["households"]) == (1500, 1480, 2980, 340)


def test_kecamatan_apbdes_sums_desa_only_and_lists_missing_desa(world):
    data = figures.budget(world.kec_a, 2024)
    income = next(g for g in data["groups"] if g["code"] == "pendapatan")
    assert income["planned"] == 1_300_000_000
    # Kelurahan Satu has no APBDes, so it is neither summed nor "missing".
    assert [m["code"] for m in data["missing"]] == [world.lima.code]
    assert figures.budget(world.satu, 2024) is None


def test_periods_list_is_the_union_of_the_villages_periods(world):
    assert figures.population_periods(world.kec_a) == [(2024, "2"), (2024, "1")]
    assert figures.population_periods(world.dua) == [(2024, "2")]


def test_kecamatan_profile_sums_latest_village_profiles(world):
    data = figures.profile(world.kec_a)
    assert str(data["area_km2"]) == "32.750"
    counts = {c["field"]: c["value"] for c in data["counts"]}
    assert counts["rt_count"] == 35
    assert counts["posyandu"] == 7
    assert [m["code"] for m in data["missing"]] == [world.lima.code]
