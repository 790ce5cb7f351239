"""The one CSV inside a ZIP that OpenSID uploads (``program-bantuan``, and
``pembangunan`` alike), read with the standard library and bounded.

OpenSID zips a CSV written by OpenSpout (UTF-8) and posts it as the
multipart field ``file``. Everything about the upload is untrusted: it is
read only as far as the limits below, and any problem is a
:class:`ZipCsvError` whose message, in Indonesian, becomes the 422 answer.
"""

import csv
import io
import re
import zipfile
import zlib
from datetime import date

from django.utils.translation import gettext as _

# Largest CSV read, unpacked. OpenSID sends 100 programmes per request (a
# few KB); a whole village's history is far below this.
MAX_CSV_BYTES = 5 * 1024 * 1024
# CSV packs about 5 to 10 times; far more is a "zip bomb". Small parts are not judged.
MAX_RATIO = 100
RATIO_FROM_BYTES = 1024 * 1024
MAX_ROWS = 5_000
MAX_FIELD_CHARS = 100_000


class ZipCsvError(ValueError):
    """The upload cannot be read as a ZIP holding a CSV; the message says why."""


def open_zip(upload) -> zipfile.ZipFile:
    """The ZIP ``upload``, opened; :class:`ZipCsvError` if it is not one."""
    try:
        return zipfile.ZipFile(upload)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError) as exc:
        raise ZipCsvError(_("Berkas bukan arsip ZIP yang sah.")) from exc


def read_csv_in_zip(upload) -> list[list[str]]:
    """The rows (header first) of the first ``.csv`` in the ZIP ``upload``."""
    return read_csv(open_zip(upload))


# Largest photo read from a ZIP (``pembangunan``: OpenSID's gallery photos).
MAX_MEMBER_BYTES = 5 * 1024 * 1024
_READ_ERRORS = (
    zipfile.BadZipFile,
    RuntimeError,  # encrypted
    NotImplementedError,  # unknown compression
    zlib.error,
    EOFError,
    OSError,
    ValueError,
)


def read_member(archive: zipfile.ZipFile, name: str, limit: int = MAX_MEMBER_BYTES):
    """The bytes of the member whose base name is ``name``; None if absent,
    too large, too packed or unreadable (a photo is optional, never fatal).

    OpenSID's ZIP library stores files by their base name; any folder in the
    archive is ignored, and ``name`` is reduced to its base name as well.
    """
    wanted = name.replace("\\", "/").rsplit("/", 1)[-1]
    if not wanted:
        return None
    for info in archive.infolist():
        if info.is_dir() or info.filename.rsplit("/", 1)[-1] != wanted:
            continue
        if info.file_size > limit or (
            info.file_size > RATIO_FROM_BYTES
            and info.file_size > MAX_RATIO * max(info.compress_size, 1)
        ):
            return None
        try:
            with archive.open(info) as member:
                raw = member.read(limit + 1)
        except _READ_ERRORS:
            return None
        return raw if len(raw) <= limit else None
    return None


def read_csv(archive: zipfile.ZipFile) -> list[list[str]]:
    """The rows (header first) of the first ``.csv`` in ``archive``."""
    members = [
        info
        for info in archive.infolist()
        if not info.is_dir() and info.filename.lower().endswith(".csv")
    ]
    if not members:
        raise ZipCsvError(_("Arsip ZIP tidak berisi berkas CSV."))
    info = members[0]
    if info.file_size > MAX_CSV_BYTES:
        raise ZipCsvError(_("Berkas CSV lebih dari 5 MB."))
    if info.file_size > RATIO_FROM_BYTES and info.file_size > MAX_RATIO * max(
        info.compress_size, 1
    ):
        raise ZipCsvError(_("Berkas CSV dalam ZIP tidak wajar (rasio kompresi terlalu besar)."))
    try:
        with archive.open(info) as member:
            raw = member.read(MAX_CSV_BYTES + 1)
    except _READ_ERRORS as exc:
        raise ZipCsvError(_("Berkas CSV dalam ZIP rusak dan tidak dapat dibuka.")) from exc
    if len(raw) > MAX_CSV_BYTES:
        raise ZipCsvError(_("Berkas CSV lebih dari 5 MB."))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    if "\x00" in text:
        raise ZipCsvError(_("Berkas CSV tidak dapat dibaca (berisi data biner)."))
    rows = []
    try:
        for row in csv.reader(io.StringIO(text, newline="")):
            if any(len(cell) > MAX_FIELD_CHARS for cell in row):
                raise ZipCsvError(_("Berkas CSV memuat isian yang terlalu panjang."))
            if not any(cell.strip() for cell in row):
                continue
            rows.append(row)
            if len(rows) > MAX_ROWS + 1:
                raise ZipCsvError(_("Berkas CSV lebih dari %(n)s baris.") % {"n": MAX_ROWS})
    except csv.Error as exc:
        raise ZipCsvError(_("Berkas CSV tidak dapat dibaca.")) from exc
    if not rows:
        raise ZipCsvError(_("Berkas CSV kosong."))
    return rows


def _same_header(header: list[str], width: int) -> list[str]:
    return header


def csv_records(rows, required, code, names_for=_same_header):
    """``([(line number, record)], errors)`` from OpenSID CSV ``rows`` (header first).

    The header is lowercased; ``names_for(header, width)`` gives the column
    names of a row ``width`` values wide (OpenSID's program-bantuan CSV has
    one value more than its header names). A row of another village, a row
    of the wrong width or without a numeric ``id`` is an error named after
    its line (``file.baris_<n>``), in the contract's 422 shape.
    """
    header = [cell.strip().lower() for cell in rows[0]]
    missing = [name for name in required if name not in header]
    if missing:
        return [], {"file": [_("Kolom CSV tidak ada: %(c)s.") % {"c": ", ".join(missing)}]}
    records, errors = [], {}
    for number, row in enumerate(rows[1:], start=2):
        names = names_for(header, len(row))
        where = f"file.baris_{number}"
        if len(row) != len(names):
            errors[where] = [
                _("Baris %(n)s memuat %(got)s nilai, kolomnya %(want)s.")
                % {"n": number, "got": len(row), "want": len(names)}
            ]
            continue
        record = dict(zip(names, (cell.strip() for cell in row), strict=True))
        if record.get("desa_id") and record["desa_id"] != code:
            errors[where] = [_("Baris %(n)s milik desa lain.") % {"n": number}]
            continue
        if not record["id"].isascii() or not record["id"].isdigit():
            errors[where] = [_("Baris %(n)s: id harus bilangan bulat.") % {"n": number}]
            continue
        records.append((number, record))
    return records, errors


# 16 digits standing alone: a NIK (or a KK number) typed into a free-text field.
NIK_LIKE = re.compile(r"(?<!\d)\d{16}(?!\d)")
MASK = "[disembunyikan]"


def clean_text(value, limit: int) -> str:
    """``value`` on one line, NIK-like numbers masked, cut to ``limit`` characters."""
    return NIK_LIKE.sub(MASK, " ".join(str(value or "").split()))[:limit]


def parse_date(value) -> date | None:
    """``2024-01-31`` (a time after it is ignored); None if empty or not a date."""
    try:
        return date.fromisoformat(str(value or "").strip()[:10])
    except ValueError:
        return None
