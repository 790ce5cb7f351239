"""Small PDF attachments for demo announcements, written by hand so the demo downloads nothing.

Each PDF is one A4 page of plain Helvetica lines. ``demo_document`` is
idempotent: the same title in the same collection returns the same document.
"""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model


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


def demo_document(title: str, collection, lines: tuple[str, ...]):
    """The demo document called ``title`` in ``collection``, created on first use."""
    Document = get_document_model()
    existing = Document.objects.filter(title=title, collection=collection).first()
    if existing is not None:
        return existing
    document = Document(title=title, collection=collection)
    document.file = ContentFile(draw_pdf(lines), name=f"{slugify(title)[:60]}.pdf")
    document._set_document_file_metadata()
    document.save()
    return document
