"""Hostile XLSX files for the import tests, built in memory in a fraction of a second.

Each is a valid workbook written by openpyxl whose worksheet part is then
replaced by hand-written XML: the row bomb of the security review (finding 6),
a zip bomb, a sheet that claims a row near the end of the grid, a cell in the
last column.
"""

import io
import zipfile

import openpyxl

SHEET = "xl/worksheets/sheet1.xml"
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


def xlsx_with_sheet(sheet_data: str, dimension: str = "A1") -> bytes:
    """A workbook whose first sheet holds ``sheet_data`` (the ``<row>`` elements)."""
    workbook = openpyxl.Workbook()
    workbook.active.append(["x"])
    template = io.BytesIO()
    workbook.save(template)
    sheet = (
        f'<worksheet xmlns="{NS}"><dimension ref="{dimension}"/>'
        f"<sheetData>{sheet_data}</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(template.getvalue())) as source,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for member in source.infolist():
            data = sheet.encode() if member.filename == SHEET else source.read(member)
            target.writestr(member.filename, data)
    return out.getvalue()


def text_cell(ref: str, text: str) -> str:
    return f'<c r="{ref}" t="inlineStr"><is><t>{text}</t></is></c>'


def row_bomb(rows: int = 200_000) -> bytes:
    """The review's bomb: a workbook of about 500 KB holding ``rows`` rows.

    A header that lacks the required columns, so that the code before the fix
    fails fast (after reading every row) instead of validating them all.
    """
    header = f'<row r="1">{text_cell("A1", "kode_wilayah")}</row>'
    body = "".join(f'<row r="{n}"><c><v>1</v></c></row>' for n in range(2, rows + 1))
    return xlsx_with_sheet(header + body, dimension=f"A1:A{rows}")


def zip_bomb(megabytes: int = 40) -> bytes:
    """A workbook of about 120 KB whose sheet unpacks to ``megabytes`` MB (ratio ~340)."""
    row = '<row r="2"><c r="A2"><v>1</v></c></row>'
    count = megabytes * 1024 * 1024 // len(row)
    return xlsx_with_sheet(row * count, dimension=f"A1:A{count + 1}")


def far_row() -> bytes:
    """A sheet of two rows, the second claiming to be row 1,048,576 (the grid's last)."""
    last = 1_048_576
    return xlsx_with_sheet(
        f'<row r="1">{text_cell("A1", "kode_wilayah")}</row>'
        f'<row r="{last}"><c r="A{last}"><v>1</v></c></row>',
        dimension=f"A1:A{last}",
    )


def far_column() -> bytes:
    """A header with a cell in the grid's last column, XFD (16,384)."""
    return xlsx_with_sheet(
        f'<row r="1">{text_cell("A1", "kode_wilayah")}{text_cell("XFD1", "x")}</row>',
        dimension="A1:XFD1",
    )
