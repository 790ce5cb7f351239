"""The documents index every tenant starts with (see ``tenants.standard_pages``)."""

from django.utils.translation import gettext_lazy as _

from regulations.models import DocumentIndexPage
from tenants.standard_pages import StandardPage

PAGES = [StandardPage(DocumentIndexPage, "dokumen", _("Dokumen dan Peraturan"))]
