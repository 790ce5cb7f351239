"""A tiny, valid one-page PDF writer for demo documents; no library needed.

The output is deterministic (no dates or ids inside), so the same text
always gives the same bytes and the same file hash.
"""

import textwrap

# A4 in points, with 2.5 cm margins.
PAGE_W, PAGE_H = 595, 842
MARGIN = 72
FONT_SIZE = 11
LEADING = 15
WRAP_AT = 85  # characters of 11 pt Helvetica that fit between the margins


def _escape(text: str) -> bytes:
    """``text`` as a PDF string literal body, in the standard Windows-1252 encoding."""
    raw = text.encode("cp1252", errors="replace")
    return raw.replace(b"\\", b"\\\\").replace(b"(", b"\\(").replace(b")", b"\\)")


def simple_pdf(lines: list[str]) -> bytes:
    """A one-page A4 PDF showing ``lines`` (long lines wrap; "" is a blank line).

    Text that does not fit on one page is cut off: demo documents are short.
    """
    wrapped = []
    for line in lines:
        wrapped += textwrap.wrap(line, WRAP_AT) or [""]
    wrapped = wrapped[: (PAGE_H - 2 * MARGIN) // LEADING]
    text = b"".join(b"(" + _escape(line) + b") Tj T*\n" for line in wrapped)
    stream = (
        b"BT /F1 %d Tf %d TL %d %d Td\n" % (FONT_SIZE, LEADING, MARGIN, PAGE_H - MARGIN)
        + text
        + b"ET"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] "
        b"/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>" % (PAGE_W, PAGE_H),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref_at = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref_at,
    )
    return bytes(out)
