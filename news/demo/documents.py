"""Small PDF attachments for demo announcements, written by hand so the demo downloads nothing.

Each PDF is one A4 page of plain Helvetica lines. ``demo_document`` is
idempotent: the same title in the same collection returns the same document.
"""

from django.core.files.base import ContentFile
from django.utils.text import slugify
from wagtail.documents import get_document_model

from cms.demo_pdf import draw_pdf


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
