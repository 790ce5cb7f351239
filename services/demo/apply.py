"""Write the demo services, maklumat and local notes idempotently.

The same approach as ``tenants.demo.apply``: a page is created only if
missing; an existing one is compared field by field (StreamFields by their
blocks' values, topics by slug) and gets a new revision, published, only if
something differs. A second seed run writes nothing.
"""

import copy

from cms.models import SiteProfile
from cms.pages import apply_page, comparable
from services.demo.catalogue import LOCAL_NOTES, PLEDGE, SERVICES, DemoLocalNote
from services.demo.common import DemoService
from services.models import (
    LocalServiceNote,
    ServiceCatalogPage,
    ServicePage,
    ServicePledgePage,
    ServiceTopic,
    VillageServiceIndexPage,
)
from tenants.demo import RKT_CODE
from tenants.models import Tenant

CREATED = "baru"
UPDATED = "diperbarui"


def seed_demo_services(tenants: list[Tenant], stdout) -> None:
    """Fill Rambang Kapak Tengah, if among ``tenants``, with its demo services.

    Other kecamatan get nothing. Writes one progress line per part to ``stdout``.
    """
    rkt = next((tenant for tenant in tenants if tenant.code == RKT_CODE), None)
    if rkt is None:
        return
    catalog = ServiceCatalogPage.objects.child_of(rkt.home_page).first()
    if catalog is None:
        stdout.write(f"Layanan PATEN {rkt.display_name}: tidak ada katalog layanan, dilewati.")
        return
    topics = {topic.slug: topic for topic in ServiceTopic.objects.all()}
    results = [apply_service(catalog, demo, topics) for demo in SERVICES]
    pledge = "diperbarui" if apply_pledge(rkt) else "sudah sesuai"
    stdout.write(
        f"Layanan PATEN {rkt.display_name}: {len(SERVICES)} layanan, "
        f"{results.count(CREATED)} baru, {results.count(UPDATED)} diperbarui; "
        f"maklumat pelayanan {pledge}."
    )
    for village in tenants:
        if village.code in LOCAL_NOTES and village.kecamatan_id == rkt.pk:
            notes = LOCAL_NOTES[village.code]
            created, updated = apply_local_notes(village, notes)
            stdout.write(
                f"Catatan layanan {village.display_name}: {len(notes)} catatan, "
                f"{created} baru, {updated} diperbarui."
            )


def changed_fields(instance, fields: dict) -> dict:
    """The items of ``fields`` whose value differs from ``instance``'s."""
    return {
        name: value
        for name, value in fields.items()
        if comparable(instance, name, getattr(instance, name)) != comparable(instance, name, value)
    }


def apply_service(catalog: ServiceCatalogPage, demo: DemoService, topics: dict) -> str | None:
    """Create ``demo`` under ``catalog``, or bring it up to date; CREATED, UPDATED or None.

    ``topics`` maps topic slugs to ServiceTopic rows. The page is found by slug.
    """
    fields = {"title": demo.title} | demo.fields
    wanted_topics = [topics[slug] for slug in demo.topics]
    page = ServicePage.objects.child_of(catalog).filter(slug=demo.slug).first()
    if page is None:
        page = ServicePage(slug=demo.slug, **copy.deepcopy(fields))
        catalog.add_child(instance=page)
        result = CREATED
    else:
        changed = changed_fields(page, fields)
        same_topics = {topic.slug for topic in page.topics.all()} == set(demo.topics)
        if not changed and same_topics:
            return None
        for name, value in changed.items():
            setattr(page, name, copy.deepcopy(value))
        result = UPDATED
    # A ParentalManyToManyField: stored by the revision and saved when published.
    page.topics.set(wanted_topics)
    page.save_revision(log_action=False).publish(log_action=False)
    return result


def apply_pledge(kecamatan: Tenant) -> bool:
    """Sign the kecamatan's maklumat in the name of the camat in its site profile.

    True if the maklumat changed. The name is read at seed time, so the demo
    names the camat in one place (``tenants.demo.content``).
    """
    pledge = ServicePledgePage.objects.child_of(kecamatan.home_page).first()
    if pledge is None:
        return False
    leader = SiteProfile.for_site(kecamatan.site).leader_name
    return apply_page(pledge, PLEDGE | {"signatory_name": leader})


def apply_local_notes(village: Tenant, notes: list[DemoLocalNote]) -> tuple[int, int]:
    """Add or update ``notes`` on the village's service index; (created, updated).

    Notes on other services, written by the village's editors, are kept.
    All changes go into one revision, published; none if nothing differs.
    """
    index = VillageServiceIndexPage.objects.child_of(village.home_page).first()
    if index is None:
        return 0, 0
    shared = {service.slug: service for service in index.shared_services_queryset()}
    current = list(index.local_notes.all())
    by_service = {note.service_id: note for note in current}
    created = updated = 0
    for wanted in notes:
        service = shared.get(wanted.service_slug)
        if service is None:
            continue
        fields = {
            "extra_requirements": wanted.extra_requirements,
            "office_hours": wanted.office_hours,
            "note": wanted.note,
        }
        note = by_service.get(service.pk)
        if note is None:
            current.append(
                LocalServiceNote(service=service, sort_order=len(current), **copy.deepcopy(fields))
            )
            created += 1
            continue
        changed = changed_fields(note, fields)
        for name, value in changed.items():
            setattr(note, name, copy.deepcopy(value))
        updated += bool(changed)
    if created or updated:
        index.local_notes = current
        index.save_revision(log_action=False).publish(log_action=False)
    return created, updated
