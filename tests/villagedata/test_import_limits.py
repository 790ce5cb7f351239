"""Import files too long, too wide or packed as a bomb are refused quickly (review finding 6)."""

import io
import zipfile

import openpyxl
import pytest

from tests.villagedata import spreadsheets
from villagedata import importing
from villagedata.importing import MAX_ROWS, ImportFileError, read_table


@pytest.fixture
def never_parsed(monkeypatch):
    """Fail the test if openpyxl is asked to open the workbook at all."""

    def load_workbook(*args, **kwargs):
        pytest.fail("the workbook was parsed before its sizes were checked")

    monkeypatch.setattr(openpyxl, "load_workbook", load_workbook)


def refusal(data: bytes, filename: str = "data.xlsx") -> str:
    with pytest.raises(ImportFileError) as caught:
        read_table(data, filename)
    return str(caught.value)


def test_workbook_of_200000_rows_is_refused_at_the_row_cap():
    bomb = spreadsheets.row_bomb(200_000)
    assert len(bomb) < 600 * 1024  # the review's ~580 KB workbook
    importing.check_xlsx_archive(bomb)  # an honest compression ratio: the rows are the bomb
    assert "lebih dari 25.000 baris" in refusal(bomb)


def test_zip_bomb_is_refused_before_any_part_is_parsed(never_parsed):
    message = refusal(spreadsheets.zip_bomb(40))
    assert "dimampatkan secara tidak wajar" in message


def test_workbook_unpacking_beyond_the_size_cap_is_refused_before_parsing(
    never_parsed, monkeypatch
):
    monkeypatch.setattr(importing, "MAX_XLSX_UNPACKED_BYTES", 1024 * 1024)
    message = refusal(spreadsheets.row_bomb(200_000))  # about 7 MB unpacked
    assert "lebih dari 1 MB setelah dibuka" in message


def test_bzip2_packed_part_is_refused_before_parsing(never_parsed):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_BZIP2) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", "<worksheet/>")
    assert refusal(buffer.getvalue()) == "Berkas XLSX tidak dapat dibaca."


def test_sheet_claiming_the_grids_last_row_is_refused():
    assert "lebih dari 25.000 baris" in refusal(spreadsheets.far_row())


def test_sheet_reaching_the_grids_last_column_is_refused():
    assert "di luar kolom ke-50" in refusal(spreadsheets.far_column())


def test_broken_sheet_xml_is_unreadable_not_a_server_error():
    broken = spreadsheets.xlsx_with_sheet('<row r="1"><c r="A1"><v>1</v></row>')
    assert refusal(broken) == "Berkas XLSX tidak dapat dibaca."


def test_csv_is_held_to_the_same_row_cap():
    lines = ["kode_wilayah"] + ["16.74.04.2008"] * (MAX_ROWS - 1)
    assert len(read_table("\n".join(lines).encode(), "data.csv")) == MAX_ROWS
    lines.append("16.74.04.2008")
    assert "lebih dari 25.000 baris" in refusal("\n".join(lines).encode(), "data.csv")
