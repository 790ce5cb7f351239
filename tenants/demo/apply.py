"""Write demo content idempotently: only what differs, pages through a revision.

A second run with the same content writes nothing: no new revision, no new
``last_published_at``, no profile save.
"""

import copy

from wagtail.fields import StreamField
from wagtail.models import Page

from cms.models import SiteProfile
from tenants.demo.wanted import WantedContent
from tenants.models import Tenant, VillageIndexPage


def comparable(page: Page, name: str, value):
    """``value`` of field ``name`` in a form that compares equal when the content is.

    A StreamField is compared block by block through each block's own
    ``get_prep_value``, so raw data and values loaded from the database match
    regardless of block ids or how lazily they were loaded.
    """
    model_field = page._meta.get_field(name)
    if not isinstance(model_field, StreamField):
        return value
    if not hasattr(value, "raw_data"):  # raw data, not yet a StreamValue
        value = model_field.to_python(copy.deepcopy(value))
    return [(child.block_type, child.block.get_prep_value(child.value)) for child in value]


def apply_page(page: Page, fields: dict) -> bool:
    """Publish ``fields`` on ``page`` through a new revision if any differs; True if so.

    ``page`` must be the specific page. Fields not named are left as they are.
    """
    changed = {
        name: value
        for name, value in fields.items()
        if comparable(page, name, getattr(page, name)) != comparable(page, name, value)
    }
    if not changed:
        return False
    for name, value in changed.items():
        setattr(page, name, copy.deepcopy(value))
    page.save_revision(log_action=False).publish(log_action=False)
    return True


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
