"""What OpenSID pushed, as the public data page and the content API show it.

Per village: the identity (``sebutan_desa``, website, the boundary as the
small outline kept at push time, with a map link) and the report documents
(laporan penduduk and APBDes, PDF), each with the date it was received. A
kecamatan answers for each of its villages. Nothing here reads the stored
polygon or a document's bytes: pages list, :func:`report_response` serves.

The documents are reports written for the public (OpenDK itself publishes
them on its public disk, contract §4 and §5), checked to be PDF when they
arrive (``villagedata.push``), and served only from the data page of their
own village's site, as a download.
"""

from django.db.models.functions import Length
from django.http import Http404, HttpResponse
from django.utils.dates import MONTHS
from django.utils.translation import gettext as _

from tenants import scoping, tree
from tenants.models import Tenant
from villagedata.models import ReportKind, SyncedIdentity, SyncedReport, VillageDataPage

# The path segment naming each kind of report in a document's address.
REPORT_SLUGS = {ReportKind.POPULATION: "penduduk", ReportKind.BUDGET: "apbdes"}
SLUG_KINDS = {slug: kind for kind, slug in REPORT_SLUGS.items()}
SEMESTERS = {1: "Semester I", 2: "Semester II"}


def report_period(report) -> str:
    """``Januari 2024`` for a population report, ``Semester I 2024`` for an APBDes one."""
    if report.kind == ReportKind.POPULATION:
        return f"{MONTHS.get(report.part, report.part)} {report.year}"
    return f"{SEMESTERS.get(report.part, report.part)} {report.year}"


def report_path(report) -> str:
    """The document's address below its village's data page."""
    return f"laporan/{REPORT_SLUGS[report.kind]}/{report.remote_id}/"


def _villages(tenant) -> list[Tenant]:
    """The village itself, or a kecamatan's villages by code, with site and home loaded."""
    if tenant.is_village:
        villages = Tenant.objects.filter(pk=tenant.pk)
    else:
        villages = tenant.villages.order_by("code")
    return list(villages.select_related("site", "home_page"))


def _data_page_urls(tenant, villages) -> dict[int, str]:
    """Each village's public data page address (absolute), by tenant id."""
    if tenant.is_village:
        pages = VillageDataPage.objects.live().descendant_of(tenant.home_page)
    else:
        pages = scoping.folder_pages(tenant.home_page, VillageDataPage).live()
    by_home = {tree.home_path(page): page for page in pages.only("path", "url_path")}
    urls = {}
    for village in villages:
        page = by_home.get(village.home_page.path)
        if page is not None:
            urls[village.pk] = village.site.root_url + tree.url_below(page, village.home_page)
    return urls


def pushed_data(tenant) -> list[dict]:
    """Per village of ``tenant`` (itself if a village): what OpenSID delivered.

    Three queries whatever the number of villages, and none of them reads a
    polygon or a file.
    """
    villages = _villages(tenant)
    identities = {
        identity.tenant_id: identity
        for identity in SyncedIdentity.objects.filter(tenant__in=villages).defer("boundary")
    }
    reports = (
        SyncedReport.objects.filter(tenant__in=villages)
        .defer("content")
        .annotate(size=Length("content"))
        .order_by("tenant__code", "kind", "-year", "-part")
    )
    documents: dict[int, list[dict]] = {}
    page_urls = _data_page_urls(tenant, villages)
    for report in reports:
        base = page_urls.get(report.tenant_id)
        documents.setdefault(report.tenant_id, []).append(
            {
                "kind": report.kind,
                "kind_label": str(ReportKind(report.kind).label),
                "title": report.title,
                "year": report.year,
                "month": report.part if report.kind == ReportKind.POPULATION else None,
                "semester": report.part if report.kind == ReportKind.BUDGET else None,
                "period_label": report_period(report),
                "received_at": report.received_at,
                "size": report.size or 0,
                "url": base + report_path(report) if base else None,
            }
        )
    rows = []
    for village in villages:
        identity = identities.get(village.pk)
        outline = identity.outline if identity else None
        rows.append(
            {
                "code": village.code,
                "name": village.name,
                "kind": village.kind,
                "display_name": village.display_name,
                "data_page": page_urls.get(village.pk),
                "village_term": identity.village_term if identity else None,
                "website": identity.website if identity else "",
                "identity_received_at": identity.received_at if identity else None,
                "boundary": outline,
                "documents": documents.get(village.pk, []),
            }
        )
    return rows


def report_response(tenant, slug: str, remote_id: int) -> HttpResponse:
    """The PDF of one of ``tenant``'s reports, as a download; 404 for anything else."""
    kind = SLUG_KINDS.get(slug)
    report = (
        SyncedReport.objects.filter(tenant=tenant, kind=kind, remote_id=remote_id).first()
        if kind
        else None
    )
    content = bytes(report.content) if report else b""
    # Checked on arrival too; a row written any other way is held to the same.
    if not content.startswith(b"%PDF"):
        raise Http404(_("Laporan tidak ditemukan."))
    response = HttpResponse(content, content_type="application/pdf")
    name = f"{REPORT_SLUGS[kind]}-{tenant.code}-{report.year}-{report.part:02d}.pdf"
    # A download, never rendered in the site's origin; the name is ours, not
    # the one OpenSID sent.
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    response["X-Content-Type-Options"] = "nosniff"
    # Kept by the reader's browser, not by the page cache (up to 10 MB each).
    response["Cache-Control"] = "private, max-age=3600"
    return response
