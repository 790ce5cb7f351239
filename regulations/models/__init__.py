"""Documents and regulations with JDIH metadata (Permenkumham No. 8 Tahun 2019).

* ``DocumentIndexPage``: the site's filterable list, at ``/dokumen/``.
* ``LegalDocumentPage``: one document, its metadata and its file.
"""

from regulations.models.document import (
    UNNUMBERED_KINDS,
    DocumentKind,
    DocumentStatus,
    LegalDocumentPage,
    next_year,
)
from regulations.models.index import DocumentIndexPage

__all__ = [
    "UNNUMBERED_KINDS",
    "DocumentIndexPage",
    "DocumentKind",
    "DocumentStatus",
    "LegalDocumentPage",
    "next_year",
]
