"""Write side: import village data from CSV or XLSX files, validated row by row.

Three datasets, each with its own columns (see ``COLUMNS`` and the template
files built by :func:`template_rows`):

* ``profil``: one row per village and date;
* ``penduduk``: one row per village, period, group and category, by sex;
* ``apbdes``: one row per desa, year, kind and category, planned/realised.

Rules checked for every file, with the row and column of each error:

1. the required columns are present;
2. the region code is a known village the importer may write to (and a desa
   for the APBDes: kelurahan have none);
3. groups and categories are known;
4. numbers are whole and not negative;
5. a ``jumlah`` column or row equals the sum it stands for, and every
   population breakdown adds up to the period's total, by sex;
6. dates are ISO dates (YYYY-MM-DD) and a category appears once per period.

Nothing is written unless the whole file is valid. Then each period in the
file replaces the stored one for that village, in one transaction.
"""

import csv
import datetime
import io
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.db import transaction
from django.utils.translation import gettext as _

from tenants.codes import TenantKind
from tenants.models import Tenant
from villagedata.categories import (
    BUDGET_GROUP_BY_CODE,
    BUDGET_TOTAL_CATEGORY,
    POPULATION_GROUP_BY_CODE,
    POPULATION_GROUPS,
    TOTAL_CATEGORY,
    TOTAL_GROUP,
)
from villagedata.figures import PROFILE_FILE_COLUMNS
from villagedata.models import (
    BudgetLine,
    BudgetYear,
    Period,
    PopulationFigure,
    PopulationPeriod,
    VillageProfile,
    period_label,
)

PROFILE = "profil"
POPULATION = "penduduk"
BUDGET = "apbdes"
DATASETS = {
    PROFILE: "Profil desa",
    POPULATION: "Statistik penduduk",
    BUDGET: "APBDes",
}

PROFILE_TEXT_COLUMNS = {
    "batas_utara": "boundary_north",
    "batas_timur": "boundary_east",
    "batas_selatan": "boundary_south",
    "batas_barat": "boundary_west",
}
COLUMNS = {
    PROFILE: {
        "required": ["kode_wilayah", "tanggal_data", "sumber"],
        "optional": [
            "luas_km2",
            "ketinggian_mdpl",
            *PROFILE_TEXT_COLUMNS,
            *PROFILE_FILE_COLUMNS.values(),
        ],
    },
    POPULATION: {
        "required": [
            "kode_wilayah",
            "tahun",
            "semester",
            "tanggal_data",
            "sumber",
            "kelompok",
            "kategori",
            "laki_laki",
            "perempuan",
        ],
        "optional": ["jumlah"],
    },
    BUDGET: {
        "required": [
            "kode_wilayah",
            "tahun",
            "tanggal_data",
            "sumber",
            "jenis",
            "kategori",
            "anggaran",
            "realisasi",
        ],
        "optional": [],
    },
}


@dataclass(frozen=True)
class RowError:
    """One problem in an import file, where a spreadsheet user can find it."""

    row: int
    column: str
    message: str

    def __str__(self):
        if self.row and self.column:
            return _("Baris %(row)s, kolom %(column)s: %(message)s") % self.__dict__
        if self.row:
            return _("Baris %(row)s: %(message)s") % self.__dict__
        return self.message


@dataclass
class ImportResult:
    """What an import did (or would do): periods replaced, rows read, errors."""

    dataset: str
    rows: int = 0
    periods: list[str] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


class ImportFileError(Exception):
    """The file cannot be read at all (not CSV/XLSX, empty, broken, too large)."""


# --- Reading ------------------------------------------------------------------

# Largest file read, in rows (header included) and columns. A whole kota's
# population for one semester is about 2,400 rows and the widest dataset has
# 25 columns. The caps keep one upload well inside a worker's timeout: an
# XLSX of 580 KB can hold 200,000 rows (finding 6 of the security review).
MAX_ROWS = 25_000
MAX_COLUMNS = 50
# An XLSX is a zip archive. Its parts' unpacked sizes are read from the zip
# directory and checked before anything is parsed; Python's zipfile never
# unpacks a part beyond its stated size, so these bound the parsing work.
MAX_XLSX_UNPACKED_BYTES = 50 * 1024 * 1024
# Spreadsheet XML packs about 10 to 20 times; a far higher ratio is a "zip
# bomb" (kilobytes that unpack into gigabytes). Small parts are not judged.
MAX_XLSX_RATIO = 100
RATIO_CHECKED_FROM_BYTES = 1024 * 1024


def read_table(data: bytes, filename: str) -> list[tuple[int, dict]]:
    """``[(row_number, {column: value}), …]`` from a CSV or XLSX file.

    Row numbers are the spreadsheet's own (the header is row 1). Column names
    are lower-cased and trimmed; blank rows are skipped. CSV may use ``,`` or
    ``;`` (Excel in Indonesian locale writes ``;``).
    """
    name = filename.lower()
    if name.endswith(".xlsx"):
        raw_rows = _xlsx_rows(data)
    elif name.endswith(".csv"):
        raw_rows = _csv_rows(data)
    else:
        raise ImportFileError(_("Berkas harus berformat .csv atau .xlsx."))
    if not raw_rows:
        raise ImportFileError(_("Berkas kosong."))
    header = [str(cell or "").strip().lower() for cell in raw_rows[0]]
    table = []
    for number, cells in enumerate(raw_rows[1:], start=2):
        values = {header[i]: cells[i] for i in range(min(len(header), len(cells))) if header[i]}
        if all(value is None or str(value).strip() == "" for value in values.values()):
            continue
        table.append((number, values))
    return [(1, {column: column for column in header if column})] + table


def _too_wide() -> ImportFileError:
    return ImportFileError(
        _(
            "Berkas berisi data atau format di luar kolom ke-%(columns)s. Hapus kolom yang "
            "tidak dipakai, lalu unggah lagi."
        )
        % {"columns": MAX_COLUMNS}
    )


def _capped(rows) -> list[list]:
    """``rows`` as lists, read only up to the caps: a longer or wider file is refused."""
    table = []
    for row in rows:
        if len(table) >= MAX_ROWS:
            raise ImportFileError(
                _(
                    "Berkas berisi lebih dari %(rows)s baris. Bagi menjadi beberapa berkas, "
                    "misalnya satu berkas per tahun atau per desa."
                )
                % {"rows": _fmt(MAX_ROWS)}
            )
        if any(cell not in (None, "") for cell in row[MAX_COLUMNS:]):
            raise _too_wide()
        table.append(list(row[:MAX_COLUMNS]))
    return table


def _csv_rows(data: bytes) -> list[list]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportFileError(_("Berkas CSV harus disimpan dengan pengodean UTF-8.")) from exc
    first_line = text.split("\n", 1)[0]
    delimiter = ";" if first_line.count(";") > first_line.count(",") else ","
    try:
        return _capped(csv.reader(io.StringIO(text), delimiter=delimiter))
    except csv.Error as exc:  # e.g. a field longer than the csv module allows
        raise ImportFileError(_("Berkas CSV tidak dapat dibaca.")) from exc


def check_xlsx_archive(data: bytes) -> None:
    """Refuse an XLSX whose parts would unpack too large, before any is parsed."""
    try:
        members = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise ImportFileError(_("Berkas XLSX tidak dapat dibaca.")) from exc
    if sum(member.file_size for member in members) > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFileError(
            _(
                "Isi berkas XLSX ini lebih dari %(mb)s MB setelah dibuka, jadi tidak dibaca. "
                "Simpan hanya lembar datanya, atau bagi menjadi beberapa berkas."
            )
            % {"mb": MAX_XLSX_UNPACKED_BYTES // (1024 * 1024)}
        )
    for member in members:
        # bzip2 and LZMA parts are unpacked a whole block at a time, beyond
        # the stated size; spreadsheet programs only write deflate or stored.
        if member.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
            raise ImportFileError(_("Berkas XLSX tidak dapat dibaca."))
        ratio = member.file_size // max(member.compress_size, 1)
        if member.file_size > RATIO_CHECKED_FROM_BYTES and ratio > MAX_XLSX_RATIO:
            raise ImportFileError(
                _(
                    "Berkas XLSX ini dimampatkan secara tidak wajar (isinya %(ratio)s kali "
                    "lebih besar setelah dibuka), jadi tidak dibaca. Buka dan simpan ulang "
                    "berkasnya di Excel atau LibreOffice, atau unggah sebagai CSV."
                )
                % {"ratio": _fmt(ratio)}
            )


def _xlsx_rows(data: bytes) -> list[list]:
    import openpyxl

    check_xlsx_archive(data)
    try:
        # Read-only mode streams the sheet row by row instead of building it.
        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a broken file
        raise ImportFileError(_("Berkas XLSX tidak dapat dibaca.")) from exc
    try:
        sheet = workbook.worksheets[0]
        # Cells past the column cap are not read at all, so the sheet's stated
        # size is what tells of them: refused, rather than silently dropped.
        if (sheet.max_column or 0) > MAX_COLUMNS:
            raise _too_wide()
        # One row and one column past the caps, so that _capped sees them and
        # refuses; openpyxl pads rows up to these, never to the sheet's own
        # stated size (which a crafted file sets to 1,048,576 × 16,384).
        return _capped(
            sheet.iter_rows(max_row=MAX_ROWS + 1, max_col=MAX_COLUMNS + 1, values_only=True)
        )
    except ImportFileError:
        raise
    except Exception as exc:  # a broken part shows only while the rows are read
        raise ImportFileError(_("Berkas XLSX tidak dapat dibaca.")) from exc
    finally:
        workbook.close()


# --- Cell parsing -------------------------------------------------------------


class CellError(ValueError):
    """A cell's value is not acceptable; the message says why, in Indonesian."""


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def parse_count(value, required: bool = True) -> int | None:
    """A whole, non-negative number; ``1.234`` style thousands separators are not allowed."""
    text = _text(value)
    if text == "":
        if required:
            raise CellError(_("wajib diisi."))
        return None
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise CellError(_("'%(value)s' bukan angka.") % {"value": text}) from exc
    if number < 0:
        raise CellError(_("tidak boleh negatif (%(value)s).") % {"value": text})
    if number != number.to_integral_value():
        raise CellError(_("harus bilangan bulat (%(value)s).") % {"value": text})
    return int(number)


def parse_decimal(value) -> Decimal | None:
    """A non-negative decimal number, or None for an empty cell."""
    text = _text(value).replace(",", ".")
    if text == "":
        return None
    try:
        number = Decimal(text)
    except InvalidOperation as exc:
        raise CellError(_("'%(value)s' bukan angka.") % {"value": text}) from exc
    if number < 0:
        raise CellError(_("tidak boleh negatif (%(value)s).") % {"value": text})
    return number


def parse_date(value) -> datetime.date:
    """An ISO date, or a date cell from a spreadsheet."""
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    text = _text(value)
    try:
        return datetime.date.fromisoformat(text)
    except ValueError as exc:
        raise CellError(
            _("'%(value)s' bukan tanggal; tulis seperti 2024-12-31.") % {"value": text}
        ) from exc


def parse_year(value) -> int:
    year = parse_count(value)
    if not 1945 <= year <= 2100:
        raise CellError(_("tahun %(value)s tidak masuk akal.") % {"value": year})
    return year


def parse_semester(value) -> str:
    text = _text(value) or Period.YEAR
    if text not in Period.values:
        raise CellError(_("isi 0 (tahunan), 1 atau 2, bukan '%(value)s'.") % {"value": text})
    return text


# --- Validation ---------------------------------------------------------------


class _Checker:
    """Collects errors while reading rows; helpers return None on a bad cell."""

    def __init__(self, result: ImportResult):
        self.result = result

    def error(self, row: int, column: str, message: str) -> None:
        self.result.errors.append(RowError(row, column, message))

    def cell(self, row: int, values: dict, column: str, parser, *args):
        try:
            return parser(values.get(column), *args)
        except CellError as exc:
            self.error(row, column, str(exc))
            return None


def _check_header(table, dataset: str, checker: _Checker) -> bool:
    header = set(table[0][1]) if table else set()
    missing = [c for c in COLUMNS[dataset]["required"] if c not in header]
    for column in missing:
        checker.error(1, column, _("kolom wajib ini tidak ada di baris judul."))
    known = set(COLUMNS[dataset]["required"]) | set(COLUMNS[dataset]["optional"])
    for column in sorted(header - known):
        checker.error(1, column, _("kolom ini tidak dikenal."))
    return not missing


def _tenants_by_code(table) -> dict[str, Tenant]:
    codes = {_text(values.get("kode_wilayah")) for _row, values in table[1:]}
    return {t.code: t for t in Tenant.objects.filter(code__in=codes)}


def _village(row, values, tenants, allowed, checker, desa_only=False) -> Tenant | None:
    code = _text(values.get("kode_wilayah"))
    tenant = tenants.get(code)
    if tenant is None or not tenant.is_village:
        checker.error(
            row,
            "kode_wilayah",
            _("'%(code)s' bukan kode desa/kelurahan yang terdaftar.") % {"code": code},
        )
        return None
    if allowed is not None and tenant.code not in allowed:
        checker.error(
            row,
            "kode_wilayah",
            _("Anda tidak berwenang mengisi data %(name)s.") % {"name": tenant.display_name},
        )
        return None
    if desa_only and tenant.kind != TenantKind.DESA:
        checker.error(
            row,
            "kode_wilayah",
            _("%(name)s adalah kelurahan; kelurahan tidak memiliki APBDes.")
            % {"name": tenant.display_name},
        )
        return None
    return tenant


def _fmt(number: int) -> str:
    return f"{number:,}".replace(",", ".")


# --- Population ---------------------------------------------------------------


def import_population(table, allowed=None, progress=iter) -> ImportResult:
    """Validate population rows and, if all are valid, replace each period they hold."""
    result = ImportResult(POPULATION)
    checker = _Checker(result)
    if not _check_header(table, POPULATION, checker):
        return result
    tenants = _tenants_by_code(table)
    periods: dict[tuple, dict] = {}
    for row, values in progress(table[1:]):
        result.rows += 1
        tenant = _village(row, values, tenants, allowed, checker)
        year = checker.cell(row, values, "tahun", parse_year)
        semester = checker.cell(row, values, "semester", parse_semester)
        as_of = checker.cell(row, values, "tanggal_data", parse_date)
        source = _text(values.get("sumber"))
        if not source:
            checker.error(row, "sumber", _("wajib diisi, misalnya: Dukcapil, Desember 2024."))
        group_code = _text(values.get("kelompok")).lower()
        category = _text(values.get("kategori")).lower()
        group = POPULATION_GROUP_BY_CODE.get(group_code)
        if group is None:
            checker.error(
                row,
                "kelompok",
                _("kelompok '%(value)s' tidak dikenal. Pilihan: %(choices)s.")
                % {"value": group_code, "choices": ", ".join(POPULATION_GROUP_BY_CODE)},
            )
        elif category not in group.category_codes:
            checker.error(
                row,
                "kategori",
                _(
                    "kategori '%(value)s' tidak dikenal untuk kelompok %(group)s. "
                    "Pilihan: %(choices)s."
                )
                % {
                    "value": category,
                    "group": group_code,
                    "choices": ", ".join(group.category_codes),
                },
            )
        male = checker.cell(row, values, "laki_laki", parse_count)
        female = checker.cell(row, values, "perempuan", parse_count)
        total = checker.cell(row, values, "jumlah", parse_count, False)
        if None not in (male, female, total) and total != male + female:
            checker.error(
                row,
                "jumlah",
                _("%(total)s tidak sama dengan laki-laki + perempuan (%(sum)s).")
                % {"total": _fmt(total), "sum": _fmt(male + female)},
            )
        if None in (tenant, year, semester, as_of, male, female) or not source:
            continue
        if group is None or category not in group.category_codes:
            continue
        period = periods.setdefault(
            (tenant, year, semester), {"as_of": as_of, "source": source, "figures": {}, "rows": {}}
        )
        key = (group.code, category)
        if key in period["figures"]:
            checker.error(
                row,
                "kategori",
                _("kategori ini sudah ada di baris %(other)s untuk periode yang sama.")
                % {"other": period["rows"][key]},
            )
            continue
        period["figures"][key] = (male, female)
        period["rows"][key] = row
    if not result.errors:  # sums of rows already in error would only add noise
        for (tenant, year, semester), period in periods.items():
            _check_population_totals(tenant, year, semester, period, checker)
    if result.errors:
        return result
    with transaction.atomic():
        for (tenant, year, semester), period in periods.items():
            write_population_period(
                tenant, year, semester, period["as_of"], period["source"], period["figures"]
            )
            result.periods.append(f"{tenant.name} {period_label(year, semester)}")
    return result


def _check_population_totals(tenant, year, semester, period, checker) -> None:
    """Every breakdown present must add up to the total population, by sex."""
    figures, rows = period["figures"], period["rows"]
    label = f"{tenant.name} {period_label(year, semester)}"
    total = figures.get((TOTAL_GROUP, TOTAL_CATEGORY))
    if total is None:
        first_row = min(rows.values())
        checker.error(
            first_row,
            "kelompok",
            _("%(period)s tidak memiliki baris kelompok 'penduduk', kategori 'jumlah'.")
            % {"period": label},
        )
        return
    for group in POPULATION_GROUPS:
        if not group.adds_up_to_total:
            continue
        keys = [(group.code, c) for c in group.category_codes if (group.code, c) in figures]
        if not keys:
            continue
        last_row = max(rows[key] for key in keys)
        for index, column, sex in (
            (0, "laki_laki", _("laki-laki")),
            (1, "perempuan", _("perempuan")),
        ):
            summed = sum(figures[key][index] for key in keys)
            if summed != total[index]:
                checker.error(
                    last_row,
                    column,
                    _(
                        "jumlah kelompok %(group)s (%(sum)s) tidak sama dengan jumlah "
                        "penduduk %(sex)s (%(total)s) untuk %(period)s."
                    )
                    % {
                        "group": group.code,
                        "sum": _fmt(summed),
                        "sex": sex,
                        "total": _fmt(total[index]),
                        "period": label,
                    },
                )


def write_population_period(tenant, year, semester, as_of, source, figures: dict) -> bool:
    """Replace one period's figures with ``figures`` ({(group, category): (m, f)}).

    Returns False, writing nothing, if the stored period is already the same.
    Callers run it inside a transaction, so a period is never half replaced.
    """
    period = PopulationPeriod.objects.filter(tenant=tenant, year=year, semester=semester).first()
    if period is not None:
        stored = {(f.group, f.category): (f.male, f.female) for f in period.figures.all()}
        if stored == figures and period.as_of == as_of and period.source == source:
            return False
        period.as_of, period.source = as_of, source
        period.save()
        period.figures.all().delete()
    else:
        period = PopulationPeriod.objects.create(
            tenant=tenant, year=year, semester=semester, as_of=as_of, source=source
        )
    PopulationFigure.objects.bulk_create(
        PopulationFigure(period=period, group=g, category=c, male=m, female=f)
        for (g, c), (m, f) in figures.items()
    )
    return True


# --- APBDes -------------------------------------------------------------------


def import_budget(table, allowed=None, progress=iter) -> ImportResult:
    """Validate APBDes rows and, if all are valid, replace each desa-year they hold."""
    result = ImportResult(BUDGET)
    checker = _Checker(result)
    if not _check_header(table, BUDGET, checker):
        return result
    tenants = _tenants_by_code(table)
    years: dict[tuple, dict] = {}
    for row, values in progress(table[1:]):
        result.rows += 1
        tenant = _village(row, values, tenants, allowed, checker, desa_only=True)
        year = checker.cell(row, values, "tahun", parse_year)
        as_of = checker.cell(row, values, "tanggal_data", parse_date)
        source = _text(values.get("sumber"))
        if not source:
            checker.error(row, "sumber", _("wajib diisi, misalnya: Perdes APBDes 2024."))
        group_code = _text(values.get("jenis")).lower()
        category = _text(values.get("kategori")).lower()
        group = BUDGET_GROUP_BY_CODE.get(group_code)
        if group is None:
            checker.error(
                row,
                "jenis",
                _("jenis '%(value)s' tidak dikenal. Pilihan: %(choices)s.")
                % {"value": group_code, "choices": ", ".join(BUDGET_GROUP_BY_CODE)},
            )
        elif category not in [*group.category_codes, BUDGET_TOTAL_CATEGORY]:
            checker.error(
                row,
                "kategori",
                _("kategori '%(value)s' tidak dikenal untuk %(group)s. Pilihan: %(choices)s.")
                % {
                    "value": category,
                    "group": group_code,
                    "choices": ", ".join([*group.category_codes, BUDGET_TOTAL_CATEGORY]),
                },
            )
        planned = checker.cell(row, values, "anggaran", parse_count)
        realised = checker.cell(row, values, "realisasi", parse_count)
        if None in (tenant, year, as_of, planned, realised) or not source or group is None:
            continue
        if category not in [*group.category_codes, BUDGET_TOTAL_CATEGORY]:
            continue
        entry = years.setdefault(
            (tenant, year),
            {"as_of": as_of, "source": source, "lines": {}, "rows": {}, "totals": {}},
        )
        key = (group.code, category)
        target = entry["totals"] if category == BUDGET_TOTAL_CATEGORY else entry["lines"]
        if key in entry["rows"]:
            checker.error(
                row,
                "kategori",
                _("kategori ini sudah ada di baris %(other)s untuk tahun yang sama.")
                % {"other": entry["rows"][key]},
            )
            continue
        target[key] = (planned, realised)
        entry["rows"][key] = row
    for entry in years.values() if not result.errors else ():
        for (group_code, _total), amounts in entry["totals"].items():
            lines = [v for (g, _c), v in entry["lines"].items() if g == group_code]
            row = entry["rows"][(group_code, BUDGET_TOTAL_CATEGORY)]
            for index, column in ((0, "anggaran"), (1, "realisasi")):
                summed = sum(line[index] for line in lines)
                if summed != amounts[index]:
                    checker.error(
                        row,
                        column,
                        _("jumlah %(group)s %(total)s tidak sama dengan total rinciannya %(sum)s.")
                        % {"group": group_code, "total": _fmt(amounts[index]), "sum": _fmt(summed)},
                    )
    if result.errors:
        return result
    with transaction.atomic():
        for (tenant, year), entry in years.items():
            write_budget_year(tenant, year, entry["as_of"], entry["source"], entry["lines"])
            result.periods.append(f"{tenant.name} {year}")
    return result


def write_budget_year(tenant, year, as_of, source, lines: dict) -> bool:
    """Replace one desa-year's APBDes lines ({(kind, category): (planned, realised)})."""
    budget = BudgetYear.objects.filter(tenant=tenant, year=year).first()
    if budget is not None:
        stored = {(b.group, b.category): (b.planned, b.realised) for b in budget.lines.all()}
        if stored == lines and budget.as_of == as_of and budget.source == source:
            return False
        budget.as_of, budget.source = as_of, source
        budget.save()
        budget.lines.all().delete()
    else:
        budget = BudgetYear.objects.create(tenant=tenant, year=year, as_of=as_of, source=source)
    BudgetLine.objects.bulk_create(
        BudgetLine(budget=budget, group=g, category=c, planned=p, realised=r)
        for (g, c), (p, r) in lines.items()
    )
    return True


# --- Profile ------------------------------------------------------------------


def import_profiles(table, allowed=None, progress=iter) -> ImportResult:
    """Validate profile rows and, if all are valid, write each (village, date) entry."""
    result = ImportResult(PROFILE)
    checker = _Checker(result)
    if not _check_header(table, PROFILE, checker):
        return result
    tenants = _tenants_by_code(table)
    entries: dict[tuple, tuple[int, dict]] = {}
    for row, values in progress(table[1:]):
        result.rows += 1
        tenant = _village(row, values, tenants, allowed, checker)
        as_of = checker.cell(row, values, "tanggal_data", parse_date)
        source = _text(values.get("sumber"))
        if not source:
            checker.error(row, "sumber", _("wajib diisi, misalnya: Profil desa 2024."))
        fields = {"source": source}
        fields["area_km2"] = checker.cell(row, values, "luas_km2", parse_decimal)
        fields["altitude_m"] = checker.cell(row, values, "ketinggian_mdpl", parse_count, False)
        for column, name in PROFILE_TEXT_COLUMNS.items():
            fields[name] = _text(values.get(column))
        for name, column in PROFILE_FILE_COLUMNS.items():
            fields[name] = checker.cell(row, values, column, parse_count, False) or 0
        if tenant is None or as_of is None:
            continue
        if (tenant, as_of) in entries:
            checker.error(
                row,
                "tanggal_data",
                _("profil desa ini untuk tanggal yang sama sudah ada di baris %(other)s.")
                % {"other": entries[(tenant, as_of)][0]},
            )
            continue
        entries[(tenant, as_of)] = (row, fields)
    if result.errors:
        return result
    with transaction.atomic():
        for (tenant, as_of), (_row, fields) in entries.items():
            write_profile(tenant, as_of, fields)
            result.periods.append(f"{tenant.name} {as_of.isoformat()}")
    return result


def write_profile(tenant, as_of, fields: dict) -> bool:
    """Create or replace the profile of ``tenant`` dated ``as_of``; False if unchanged."""
    profile = VillageProfile.objects.filter(tenant=tenant, as_of=as_of).first()
    if profile is not None and all(getattr(profile, k) == v for k, v in fields.items()):
        return False
    VillageProfile.objects.update_or_create(tenant=tenant, as_of=as_of, defaults=fields)
    return True


IMPORTERS = {PROFILE: import_profiles, POPULATION: import_population, BUDGET: import_budget}


def import_file(dataset, data: bytes, filename: str, allowed=None, progress=iter) -> ImportResult:
    """Read and import one file; an unreadable file becomes a single error."""
    try:
        table = read_table(data, filename)
    except ImportFileError as exc:
        return ImportResult(dataset, errors=[RowError(0, "", str(exc))])
    return IMPORTERS[dataset](table, allowed=allowed, progress=progress)


# --- Templates ----------------------------------------------------------------


def template_rows(dataset: str) -> list[list]:
    """A header and example rows for ``dataset``: what the template downloads hold."""
    if dataset == PROFILE:
        header = COLUMNS[PROFILE]["required"] + COLUMNS[PROFILE]["optional"]
        example = {
            "kode_wilayah": "16.74.04.2008",
            "tanggal_data": "2024-12-31",
            "sumber": "Profil Desa 2024",
            "luas_km2": "12.5",
            "ketinggian_mdpl": 45,
            "batas_utara": "Desa Tetangga Utara",
            "batas_timur": "Desa Tetangga Timur",
            "batas_selatan": "Desa Tetangga Selatan",
            "batas_barat": "Desa Tetangga Barat",
        }
        return [header, [example.get(column, 0) for column in header]]
    if dataset == POPULATION:
        header = COLUMNS[POPULATION]["required"] + ["jumlah"]
        common = ["16.74.04.2008", 2024, 2, "2024-12-31", "Dukcapil, Desember 2024"]
        rows = [header, [*common, TOTAL_GROUP, TOTAL_CATEGORY, 1000, 980, 1980]]
        rows.append([*common, "perkawinan", "belum_kawin", 450, 420, 870])
        rows.append([*common, "perkawinan", "kawin", 520, 510, 1030])
        rows.append([*common, "perkawinan", "cerai_hidup", 10, 15, 25])
        rows.append([*common, "perkawinan", "cerai_mati", 20, 35, 55])
        rows.append([*common, "keluarga", "kk", 520, 60, 580])
        return rows
    header = COLUMNS[BUDGET]["required"]
    common = ["16.74.04.2008", 2024, "2024-12-31", "Perdes APBDes 2024"]
    return [
        header,
        [*common, "pendapatan", "dana_desa", 900000000, 880000000],
        [*common, "pendapatan", "alokasi_dana_desa", 450000000, 450000000],
        [*common, "pendapatan", "jumlah", 1350000000, 1330000000],
        [*common, "belanja", "pelaksanaan_pembangunan", 700000000, 650000000],
    ]
