"""Give every newly onboarded tenant its documents index; seed the demo documents."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from cms.pages import ensure_child
from regulations.models import DocumentIndexPage
from tenants.signals import demo_seeded, tenant_onboarded


def ensure_document_index(home) -> DocumentIndexPage:
    """The documents index under ``home``, created and published if missing."""
    return ensure_child(home, DocumentIndexPage, title=_("Dokumen dan Peraturan"), slug="dokumen")


@receiver(tenant_onboarded, dispatch_uid="regulations_index_for_new_tenant")
def add_document_index(sender, tenant, **kwargs):
    """Every kecamatan and village site gets /dokumen/, in its menu."""
    ensure_document_index(tenant.home_page)


@receiver(demo_seeded, dispatch_uid="regulations_demo_content")
def add_demo_documents(sender, tenants, stdout, **kwargs):
    """``seed_demo``: demo regulations and decrees for Rambang Kapak Tengah and its villages.

    Idempotent, like the rest of the seed; other kecamatan get nothing.
    """
    # Imported here so that the demo texts load only when the demo is seeded.
    from regulations.demo.apply import seed_demo_documents

    seed_demo_documents(tenants, stdout)
