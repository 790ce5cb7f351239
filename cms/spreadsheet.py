"""Cells that spreadsheet programs will not run: the one rule for every CSV/XLSX we serve.

A cell that starts with ``= + - @`` (or a tab or carriage return) is taken
as a formula by Excel, LibreOffice and Google Sheets when the file is opened
(CSV/formula injection): ``=HYPERLINK(…)`` or ``=cmd|…`` typed into a
complaint or an imported data file would run on the reader's computer. Such
a cell gets a leading apostrophe, which spreadsheets show as plain text.
Used by the staff exports (``citizens.exports``) and the public open-data
downloads (``villagedata.views``).
"""

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value) -> str:
    """``value`` as text that no spreadsheet will evaluate as a formula."""
    text = "" if value is None else str(value)
    if text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text
