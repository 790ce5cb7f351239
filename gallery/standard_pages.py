"""The gallery every tenant starts with (see ``tenants.standard_pages``)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from gallery.models import GalleryIndexPage
from tenants.standard_pages import StandardPage

GALLERY_SLUG = "galeri"

PAGES = [
    StandardPage(
        GalleryIndexPage,
        GALLERY_SLUG,
        _("Galeri"),
        fields=lambda tenant: {"intro": gettext("Foto-foto kegiatan warga dan pemerintahan.")},
    ),
]
