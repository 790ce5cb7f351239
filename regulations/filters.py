"""The documents index's filters: ``?jenis=``, ``?tahun=``, ``?status=`` and ``?q=``.

Values that are not valid choices are ignored rather than rejected, so a
hand-edited or stale link still shows a list instead of an error.
"""

from dataclasses import dataclass

from django.db.models import Q, QuerySet

from regulations.models.document import DocumentKind, DocumentStatus

QUERY_MAX_LENGTH = 100


@dataclass(frozen=True)
class DocumentFilters:
    """The filters a reader chose; empty strings and None mean "any"."""

    kind: str = ""
    year: int | None = None
    status: str = ""
    query: str = ""

    @classmethod
    def from_query(cls, params) -> "DocumentFilters":
        """Read and validate the filters from ``request.GET`` (a QueryDict or dict)."""
        kind = params.get("jenis", "")
        status = params.get("status", "")
        year = params.get("tahun", "")
        return cls(
            kind=kind if kind in DocumentKind.values else "",
            status=status if status in DocumentStatus.values else "",
            year=int(year) if year.isdigit() and len(year) == 4 else None,
            query=" ".join(params.get("q", "").split())[:QUERY_MAX_LENGTH],
        )

    @property
    def is_active(self) -> bool:
        """True when any filter narrows the list."""
        return bool(self.kind or self.year or self.status or self.query)

    def apply(self, documents: QuerySet) -> QuerySet:
        """``documents`` narrowed by every chosen filter; the text matches title or subject."""
        if self.kind:
            documents = documents.filter(kind=self.kind)
        if self.year:
            documents = documents.filter(year=self.year)
        if self.status:
            documents = documents.filter(status=self.status)
        if self.query:
            documents = documents.filter(
                Q(title__icontains=self.query)
                | Q(subject__icontains=self.query)
                | Q(number__icontains=self.query)
            )
        return documents
