"""Write demo content idempotently: only what differs, pages through a revision.

A second run with the same content writes nothing: no new revision, no new
``last_published_at``, no profile save.
"""

from cms.models import SiteProfile
from cms.pages import apply_page
from tenants.demo.wanted import WantedContent
from tenants.models import Tenant, VillageIndexPage


def apply_profile(profile: SiteProfile, fields: dict) -> bool:
    """Store ``fields`` in the site's profile if any differs; True if so."""
    changed = [name for name, value in fields.items() if getattr(profile, name) != value]
    if not changed:
        return False
    for name in changed:
        setattr(profile, name, fields[name])
    profile.full_clean()
    profile.save()
    return True


def apply_content(tenant: Tenant, wanted: WantedContent) -> list[str]:
    """Apply ``wanted`` to the tenant's home, directory and profile.

    Returns the names of what changed, for the command's progress output.
    """
    changed = []
    if apply_page(tenant.home_page.specific, wanted.home):
        changed.append("beranda")
    if wanted.village_index:
        index = VillageIndexPage.objects.child_of(tenant.home_page).first()
        if index is not None and apply_page(index, wanted.village_index):
            changed.append("daftar desa")
    if apply_profile(SiteProfile.for_site(tenant.site), wanted.profile):
        changed.append("profil situs")
    return changed
