"""One-page PDFs for demo data, written by hand so the demo downloads nothing.

Used by the demo's announcement attachments (``news.demo.documents``) and the
reports a demo village "pushed" from OpenSID (``villagedata.demo_pushed``).
"""


def _pdf_text(line: str) -> str:
    # PDF string literals escape backslashes and parentheses; Helvetica's
    # WinAnsi encoding has no characters beyond Latin-1.
    line = line.encode("latin-1", "replace").decode("latin-1")
    return line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")


def draw_pdf(lines: tuple[str, ...]) -> bytes:
    """A one-page A4 PDF showing ``lines``, top to bottom."""
    shown = " ".join(f"({_pdf_text(line)}) '" for line in lines)
    stream = f"BT /F1 12 Tf 16 TL 72 790 Td {shown} ET".encode("latin-1")
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(out)
