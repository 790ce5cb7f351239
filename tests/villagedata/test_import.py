"""Import validation (one test per rule), XLSX reading, and the atomic replace of a period."""

import io

import openpyxl
import pytest
from django.core.management import CommandError, call_command

from tests.villagedata.conftest import (
    BUDGET_HEADER,
    POP_HEADER,
    budget_rows,
    population_rows,
    table,
)
from villagedata.importing import (
    import_budget,
    import_file,
    import_population,
    read_table,
)
from villagedata.models import BudgetYear, PopulationFigure, PopulationPeriod


def errors_of(result):
    return [(e.row, e.column) for e in result.errors]


def test_missing_required_column_is_reported_on_the_header_row(world):
    header = [c for c in POP_HEADER if c != "perempuan"]
    result = import_population(table(header, []))
    assert (1, "perempuan") in errors_of(result)


def test_unknown_region_code_is_reported_with_row_and_column(world):
    rows = population_rows("16.74.04.2999", 2023, 2, 500, 500)
    result = import_population(table(POP_HEADER, rows))
    assert (2, "kode_wilayah") in errors_of(result)
    assert "16.74.04.2999" in str(result.errors[0])
    assert "Baris 2, kolom kode_wilayah" in str(result.errors[0])


def test_village_outside_the_importers_scope_is_refused(world):
    rows = population_rows(world.empat.code, 2023, 2, 500, 500)
    result = import_population(table(POP_HEADER, rows), allowed={world.satu.code})
    assert (2, "kode_wilayah") in errors_of(result)
    assert "tidak berwenang" in str(result.errors[0])


def test_kelurahan_apbdes_is_refused(world):
    result = import_budget(table(BUDGET_HEADER, budget_rows(world.satu.code, 2023)))
    assert (2, "kode_wilayah") in errors_of(result)
    assert "kelurahan" in str(result.errors[0])


def test_unknown_group_is_refused(world):
    rows = population_rows(world.satu.code, 2023, 2, 500, 500)
    rows[1][5] = "hobi"
    result = import_population(table(POP_HEADER, rows))
    assert (3, "kelompok") in errors_of(result)


def test_unknown_category_is_refused(world):
    rows = population_rows(world.satu.code, 2023, 2, 500, 500)
    rows[1][6] = "jomblo"
    result = import_population(table(POP_HEADER, rows))
    assert (3, "kategori") in errors_of(result)


def test_negative_number_is_refused(world):
    rows = population_rows(world.satu.code, 2023, 2, 500, 500)
    rows[3][7] = -5
    result = import_population(table(POP_HEADER, rows))
    assert errors_of(result) == [(5, "laki_laki")]
    assert "negatif" in str(result.errors[0])


def test_non_whole_number_is_refused(world):
    result = import_budget(
        table(BUDGET_HEADER, [[*budget_rows(world.dua.code, 2023)[0][:6], "12.5", "1"]])
    )
    assert (2, "anggaran") in errors_of(result)


def test_row_total_must_equal_male_plus_female(world):
    rows = population_rows(world.satu.code, 2023, 2, 500, 500)
    rows[0][9] = 999
    result = import_population(table(POP_HEADER, rows))
    assert errors_of(result) == [(2, "jumlah")]


def test_breakdown_must_add_up_to_the_population_total(world):
    rows = population_rows(world.satu.code, 2023, 2, 500, 500)
    rows[2][8] = 291  # one woman too many among the married
    result = import_population(table(POP_HEADER, rows))
    assert errors_of(result) == [(6, "perempuan")]  # the group's last row
    assert "perkawinan" in str(result.errors[0])


def test_period_needs_its_population_total(world):
    rows = population_rows(world.satu.code, 2023, 2, 500, 500)[1:]
    result = import_population(table(POP_HEADER, rows))
    assert (2, "kelompok") in errors_of(result)


def test_budget_total_row_must_equal_its_lines(world):
    rows = budget_rows(world.dua.code, 2023)
    rows[2][6] = 1  # the income "jumlah" row
    result = import_budget(table(BUDGET_HEADER, rows))
    assert errors_of(result) == [(4, "anggaran")]


def test_bad_date_is_refused(world):
    rows = population_rows(world.satu.code, 2023, 2, 500, 500)
    rows[0][3] = "31/12/2023"
    result = import_population(table(POP_HEADER, rows))
    assert (2, "tanggal_data") in errors_of(result)


def test_duplicate_category_in_a_period_is_refused(world):
    rows = population_rows(world.satu.code, 2023, 2, 500, 500)
    rows.append(list(rows[-1]))
    result = import_population(table(POP_HEADER, rows))
    assert (8, "kategori") in errors_of(result)


def test_invalid_file_writes_nothing(world):
    good = population_rows(world.lima.code, 2023, 2, 500, 500)
    bad = population_rows(world.satu.code, 2023, 2, 500, 500)
    bad[0][7] = "banyak"
    result = import_population(table(POP_HEADER, good + bad))
    assert not result.ok
    assert not PopulationPeriod.objects.filter(tenant=world.lima, year=2023).exists()


def test_reimport_of_a_period_replaces_it_whole(world):
    period = PopulationPeriod.objects.get(tenant=world.satu, year=2024, semester="2")
    rows = population_rows(world.satu.code, 2024, 2, 1100, 1110, source="Dukcapil revisi")
    rows = [row for row in rows if row[5] != "keluarga"]  # households dropped this time
    result = import_population(table(POP_HEADER, rows))
    assert result.ok, result.errors
    period.refresh_from_db()
    assert period.source == "Dukcapil revisi"
    figures = {(f.group, f.category): (f.male, f.female) for f in period.figures.all()}
    assert figures[("penduduk", "jumlah")] == (1100, 1110)
    assert ("keluarga", "kk") not in figures
    # The other semester of the same village is untouched.
    other = PopulationPeriod.objects.get(tenant=world.satu, year=2024, semester="1")
    assert other.figures.get(group="penduduk").male == 990


def test_replace_rolls_back_when_a_later_write_fails(world, monkeypatch):
    from villagedata import importing

    calls = []
    real = importing.write_population_period

    def failing(*args, **kwargs):
        calls.append(args[0])
        if len(calls) == 2:
            raise RuntimeError("disk full")
        return real(*args, **kwargs)

    monkeypatch.setattr(importing, "write_population_period", failing)
    rows = population_rows(world.satu.code, 2024, 2, 2000, 2000) + population_rows(
        world.dua.code, 2024, 2, 2000, 2000
    )
    with pytest.raises(RuntimeError):
        import_population(table(POP_HEADER, rows))
    period = PopulationPeriod.objects.get(tenant=world.satu, year=2024, semester="2")
    assert period.figures.get(group="penduduk").male == 1000


def test_xlsx_and_semicolon_csv_are_read(world):
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(POP_HEADER)
    for row in population_rows(world.lima.code, 2023, 1, 600, 610):
        sheet.append(row)
    buffer = io.BytesIO()
    workbook.save(buffer)
    result = import_file("penduduk", buffer.getvalue(), "data.xlsx")
    assert result.ok, result.errors
    assert (
        PopulationFigure.objects.get(
            period__tenant=world.lima, period__year=2023, group="penduduk"
        ).female
        == 610
    )
    csv_bytes = b"kode_wilayah;tahun\n16.74.04.2005;2023\n"
    assert read_table(csv_bytes, "x.csv")[1] == (
        2,
        {"kode_wilayah": "16.74.04.2005", "tahun": "2023"},
    )


def test_command_imports_and_fails_loudly_on_errors(world, tmp_path):
    path = tmp_path / "apbdes.csv"
    lines = [",".join(BUDGET_HEADER)] + [
        ",".join(str(v) for v in row) for row in budget_rows(world.dua.code, 2023)
    ]
    path.write_text("\n".join(lines), encoding="utf-8")
    out = io.StringIO()
    call_command("import_village_data", "apbdes", str(path), "--no-progress", stdout=out)
    assert "5 baris diimpor" in out.getvalue()
    assert BudgetYear.objects.get(tenant=world.dua, year=2023).lines.count() == 4

    lines[2] = lines[2].replace("alokasi_dana_desa", "dana_siluman")
    path.write_text("\n".join(lines), encoding="utf-8")
    err = io.StringIO()
    with pytest.raises(CommandError, match="1 kesalahan"):
        call_command("import_village_data", "apbdes", str(path), "--no-progress", stderr=err)
    assert "Baris 3, kolom kategori" in err.getvalue()
