"""Give every tenant its gallery, and the demo its albums."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from cms.pages import ensure_child
from gallery.models import GalleryIndexPage
from tenants.signals import demo_seeded, tenant_onboarded

GALLERY_SLUG = "galeri"


def ensure_gallery(home):
    """The gallery under ``home``, created and published if missing."""
    return ensure_child(
        home,
        GalleryIndexPage,
        title=_("Galeri"),
        slug=GALLERY_SLUG,
        intro=_("Foto-foto kegiatan warga dan pemerintahan."),
    )


@receiver(tenant_onboarded, dispatch_uid="gallery_index_for_new_tenant")
def add_gallery(sender, tenant, **kwargs):
    """Every kecamatan and village gets a "Galeri" page at ``/galeri/``."""
    ensure_gallery(tenant.home_page)


@receiver(demo_seeded, dispatch_uid="gallery_demo_content")
def add_demo_albums(sender, tenants, stdout, **kwargs):
    """``seed_demo``: demo albums for Rambang Kapak Tengah's villages; idempotent."""
    # Imported here so that the demo texts load only when the demo is seeded.
    from gallery.demo import seed_demo_albums

    seed_demo_albums(tenants, stdout)
