"""Write the demo profile and contact pages idempotently.

A page gets one new revision, published, only if one of its fields or its
inline rows (officials, extra contacts) differs from what the demo wants;
a second seed run writes nothing.
"""

import copy

from cms.models import SiteProfile
from cms.pages import comparable
from profiles.demo import wanted
from profiles.models import ContactPage, ExtraContact, Official, ProfilePage
from tenants import standard_pages
from tenants.demo import RKT_CODE
from tenants.models import Tenant


def apply_page_with_rows(page, fields: dict, relation: str, model, rows: list[dict]) -> bool:
    """Publish ``fields`` and the inline ``rows`` of ``relation`` on ``page`` if any differ.

    ``rows`` replace every row of the relation, in order. True if a revision
    was published.
    """
    changed = {
        name: value
        for name, value in fields.items()
        if comparable(page, name, getattr(page, name)) != comparable(page, name, value)
    }
    current = [
        {key: getattr(row, key) for key in model_keys(rows)}
        for row in getattr(page, relation).all()
    ]
    same_rows = current == rows
    if not changed and same_rows:
        return False
    for name, value in changed.items():
        setattr(page, name, copy.deepcopy(value))
    if not same_rows:
        setattr(page, relation, [model(**row) for row in rows])
    page.save_revision(log_action=False).publish(log_action=False)
    return True


def model_keys(rows: list[dict]) -> list[str]:
    """The field names the wanted rows set (none when no rows are wanted)."""
    return list(rows[0]) if rows else []


def apply_tenant(tenant: Tenant) -> int:
    """Bring one site's profile and contact pages up to date; how many changed."""
    profile_page = standard_pages.page_of(tenant, ProfilePage)
    contact_page = standard_pages.page_of(tenant, ContactPage)
    site_profile = SiteProfile.for_site(tenant.site)
    want_profile = wanted.profile_page(tenant, site_profile)
    want_contact = wanted.contact_page(tenant)
    changed = apply_page_with_rows(
        profile_page,
        want_profile.fields,
        "officials",
        Official,
        want_profile.rows,
    )
    changed += apply_page_with_rows(
        contact_page,
        want_contact.fields,
        "extra_contacts",
        ExtraContact,
        want_contact.rows,
    )
    return changed


def seed_demo_profiles(tenants: list[Tenant], stdout) -> None:
    """Fill the profile and contact pages of Rambang Kapak Tengah and its villages.

    Every seeded tenant first gets its empty profile and contact pages if it
    lacks them (a database seeded before this app existed). Other kecamatan
    get nothing more. Writes one progress line to ``stdout``.
    """
    rkt = next((tenant for tenant in tenants if tenant.code == RKT_CODE), None)
    if rkt is None:
        return
    sites = [rkt] + sorted((t for t in tenants if t.kecamatan_id == rkt.pk), key=lambda t: t.code)
    changed = sum(apply_tenant(tenant) for tenant in sites)
    stdout.write(
        f"Profil dan kontak {rkt.display_name}: {len(sites)} situs, {changed} halaman diperbarui."
    )
