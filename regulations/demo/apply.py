"""Write the demo documents idempotently: files in each tenant's collection, pages under
its documents index.

A file is made once per title and collection; a page is created if its slug
is missing, otherwise given a new revision only if a field differs. A second
seed run writes nothing.
"""

import hashlib

from django.core.files.base import ContentFile
from django.utils import translation
from django.utils.formats import date_format
from wagtail.documents import get_document_model

from cms.models import SiteProfile
from cms.pages import apply_page, publish_child
from regulations.demo.content import DemoDocument, documents_for
from regulations.demo.pdf import simple_pdf
from regulations.models import UNNUMBERED_KINDS, DocumentIndexPage, LegalDocumentPage
from tenants import standard_pages
from tenants.demo import RKT_CODE
from tenants.models import Tenant

CREATED = "baru"
UPDATED = "diperbarui"

# Fields a demo document leaves at these values unless it says otherwise, so
# that an editor's change to them is put back by the next seed run.
DEFAULTS = {
    "number": "",
    "date_enacted": None,
    "place": "",
    "status": "berlaku",
    "status_note": "",
    "source": "",
    "language": "Indonesia",
    "abstract": "",
}


def document_lines(tenant: Tenant, profile: SiteProfile, demo: DemoDocument) -> list[str]:
    """The text of the demo file: letterhead, demo warning, title, body and signature."""
    fields = DEFAULTS | demo.fields
    if tenant.is_village:
        letterhead = [f"PEMERINTAH {tenant.display_name.upper()}"]
        letterhead += [f"{tenant.kecamatan.display_name.upper()}", "KOTA PRABUMULIH"]
        signatory = f"{profile.get_leader_title_display()} {tenant.name}".upper()
    else:
        letterhead = ["PEMERINTAH KOTA PRABUMULIH", tenant.display_name.upper()]
        signatory = f"CAMAT {tenant.name.upper()}"
    # The act's name as its first page prints it: the title up to "tentang".
    heading = [demo.title.split(" tentang ")[0].upper()]
    if fields["number"] and fields["number"].upper() not in heading[0]:
        heading.append(f"NOMOR {fields['number']}")
    is_act = fields["kind"] not in UNNUMBERED_KINDS
    if is_act:
        heading += ["TENTANG", fields["subject"].upper()]
    with translation.override("id"):
        date_set = date_format(fields["date_set"], "j F Y")
    return [
        *letterhead,
        "",
        "DOKUMEN CONTOH UNTUK DEMO - BUKAN DOKUMEN RESMI",
        "",
        *heading,
        "",
        fields["abstract"],
        "",
        *demo.body,
        "",
        f"{'Ditetapkan' if is_act else 'Dibuat'} di {fields['place'] or tenant.name}",
        f"pada tanggal {date_set}",
        f"{signatory},",
        "",
        profile.leader_name or "(nama pimpinan)",
    ]


def demo_file(tenant: Tenant, profile: SiteProfile, demo: DemoDocument):
    """The demo document's PDF in the tenant's collection, made on first use."""
    Document = get_document_model()
    existing = Document.objects.filter(title=demo.title, collection=tenant.collection).first()
    if existing is not None:
        return existing
    data = simple_pdf(document_lines(tenant, profile, demo))
    document = Document(title=demo.title, collection=tenant.collection)
    document.file = ContentFile(data, name=f"{tenant.home_page.slug}-{demo.slug}.pdf")
    # What Wagtail's upload view records, so the list can show the size.
    document.file_size = len(data)
    document.file_hash = hashlib.sha1(data, usedforsecurity=False).hexdigest()
    document.save()
    return document


def apply_document(
    index: DocumentIndexPage, tenant: Tenant, profile: SiteProfile, demo: DemoDocument
) -> str | None:
    """Create ``demo`` under ``index`` or bring it up to date; CREATED, UPDATED or None."""
    fields = DEFAULTS | demo.fields | {"title": demo.title}
    fields["document"] = demo_file(tenant, profile, demo)
    page = LegalDocumentPage.objects.child_of(index).filter(slug=demo.slug).first()
    if page is None:
        publish_child(index, LegalDocumentPage(slug=demo.slug, **fields))
        return CREATED
    return UPDATED if apply_page(page, fields) else None


def seed_demo_documents(tenants: list[Tenant], stdout) -> None:
    """Fill the documents index of Rambang Kapak Tengah and each of its villages.

    Every seeded tenant first gets an empty index if it lacks one (a database
    seeded before this app existed). Writes one progress line to ``stdout``.
    """
    rkt = next((tenant for tenant in tenants if tenant.code == RKT_CODE), None)
    if rkt is None:
        return
    sites = [rkt] + sorted((t for t in tenants if t.kecamatan_id == rkt.pk), key=lambda t: t.code)
    results = []
    for tenant in sites:
        index = standard_pages.page_of(tenant, DocumentIndexPage)
        profile = SiteProfile.for_site(tenant.site)
        results += [apply_document(index, tenant, profile, d) for d in documents_for(tenant)]
    stdout.write(
        f"Dokumen dan peraturan {rkt.display_name}: {len(results)} dokumen di {len(sites)} "
        f"situs, {results.count(CREATED)} baru, {results.count(UPDATED)} diperbarui."
    )
