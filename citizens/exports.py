"""CSV and XLSX exports of an office's complaints and requests.

Every cell goes through ``cms.spreadsheet.neutralise``, so that text starting
with ``= + - @`` (or a tab or carriage return) is never run as a formula by
spreadsheet programs (CSV/formula injection). The NIK is exported masked.
"""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone
from openpyxl import Workbook

from cms.spreadsheet import neutralise


def _local(dt):
    return timezone.localtime(dt).strftime("%Y-%m-%d %H:%M") if dt else ""


COMPLAINT_HEADER = [
    "Kode",
    "Dikirim",
    "Status",
    "Kantor",
    "Dari situs",
    "Kategori",
    "Isi",
    "Anonim",
    "Nama",
    "Telepon",
    "Email",
    "Ditutup",
    "Nilai",
    "Hari terbuka",
    "Terlambat",
]
REQUEST_HEADER = [
    "Kode",
    "Dikirim",
    "Status",
    "Kantor",
    "Dari situs",
    "Layanan",
    "Nama",
    "NIK",
    "Telepon",
    "Email",
    "Batas waktu",
    "Terlambat",
    "Ditutup",
    "Nilai",
]


def complaint_rows(complaints):
    for c in complaints:
        yield [
            c.code,
            _local(c.created_at),
            c.get_status_display(),
            c.tenant.display_name,
            c.origin.display_name,
            c.category.name if c.category else "",
            c.text,
            "ya" if c.anonymous else "tidak",
            c.name,
            c.phone,
            c.email,
            _local(c.closed_at),
            c.rating or "",
            c.days_open,
            "ya" if c.is_late else "tidak",
        ]


def request_rows(requests):
    for r in requests:
        yield [
            r.code,
            _local(r.created_at),
            r.get_status_display(),
            r.tenant.display_name,
            r.origin.display_name,
            r.service_title,
            r.applicant_name,
            r.masked_nik,
            r.phone,
            r.email,
            _local(r.due_at),
            "ya" if r.is_late else "tidak",
            _local(r.closed_at),
            r.rating or "",
        ]


def as_csv(filename: str, header, rows) -> HttpResponse:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    for row in rows:
        writer.writerow([neutralise(cell) for cell in row])
    response = HttpResponse(
        "\ufeff" + buffer.getvalue(),  # BOM: Excel then reads UTF-8 correctly
        content_type="text/csv; charset=utf-8",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.csv"'
    return response


def as_xlsx(filename: str, header, rows) -> HttpResponse:
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(filename[:31])
    sheet.append(header)
    for row in rows:
        sheet.append([neutralise(cell) for cell in row])
    buffer = io.BytesIO()
    workbook.save(buffer)
    response = HttpResponse(
        buffer.getvalue(),
        content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    )
    response["Content-Disposition"] = f'attachment; filename="{filename}.xlsx"'
    return response
