"""``DocumentIndexPage``: the site's list of documents and regulations, at ``/dokumen/``."""

from django.core.paginator import Paginator
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.search import index

from cms.models import BasePage
from regulations.models.document import DocumentKind, DocumentStatus, LegalDocumentPage


class DocumentIndexPage(BasePage):
    """The documents of one site, newest first, filtered and paginated.

    Lists only its own children. Wagtail served this page because it sits
    under the request's Site, so its children are that site's documents and
    no other's: the listing needs no wider query.
    """

    intro = models.TextField(
        _("pengantar"),
        blank=True,
        help_text=_(
            "Contoh: Peraturan desa, keputusan kepala desa, dan laporan Desa Karangan yang "
            "dapat diunduh warga."
        ),
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    search_fields = BasePage.search_fields + [index.SearchField("intro")]
    api_fields = [APIField("intro")]

    parent_page_types = ["tenants.KecamatanHomePage", "tenants.VillageHomePage"]
    subpage_types = ["regulations.LegalDocumentPage"]
    max_count_per_parent = 1

    # Rows per page of the listing; small pages suit slow connections.
    documents_per_page = 20

    class Meta:
        verbose_name = _("daftar dokumen dan peraturan")
        verbose_name_plural = _("daftar dokumen dan peraturan")

    def get_documents(self):
        """This index's live, public documents with their files, newest first."""
        return (
            LegalDocumentPage.objects.child_of(self)
            .live()
            .public()
            .select_related("document")
            .order_by("-date_set", "-year", "-pk")
        )

    def get_years(self) -> list[int]:
        """The years that this index's documents carry, newest first, for the filter."""
        years = self.get_documents().order_by("-year").values_list("year", flat=True)
        return list(dict.fromkeys(years))

    def get_context(self, request, *args, **kwargs):
        """Add the filtered, paginated ``documents`` and what the filter form needs.

        ``?page=`` beyond the last page shows the last page; a page that is
        not a number shows the first (Django's ``Paginator.get_page``).
        """
        from regulations.filters import DocumentFilters

        context = super().get_context(request, *args, **kwargs)
        filters = DocumentFilters.from_query(request.GET)
        paginator = Paginator(filters.apply(self.get_documents()), self.documents_per_page)
        context.update(
            filters=filters,
            documents=paginator.get_page(request.GET.get("page")),
            kinds=DocumentKind.choices,
            statuses=DocumentStatus.choices,
            years=self.get_years(),
        )
        return context
