"""Give every newly onboarded tenant its profile and contact pages; seed the demo."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from cms.pages import ensure_child
from profiles.models import ContactPage, ProfilePage
from tenants.signals import demo_seeded, tenant_onboarded


def ensure_profile_pages(home) -> tuple[ProfilePage, ContactPage]:
    """The profile and contact pages under ``home``, created and published if missing."""
    profile = ensure_child(home, ProfilePage, title=_("Profil"), slug="profil")
    contact = ensure_child(home, ContactPage, title=_("Kontak"), slug="kontak")
    return profile, contact


@receiver(tenant_onboarded, dispatch_uid="profiles_pages_for_new_tenant")
def add_profile_pages(sender, tenant, **kwargs):
    """Every kecamatan and village site gets /profil/ and /kontak/, in its menu."""
    ensure_profile_pages(tenant.home_page)


@receiver(demo_seeded, dispatch_uid="profiles_demo_content")
def add_demo_profiles(sender, tenants, stdout, **kwargs):
    """``seed_demo``: profiles and contact pages for Rambang Kapak Tengah (demo texts).

    Idempotent, like the rest of the seed; other kecamatan keep onboarding's
    empty pages.
    """
    # Imported here so that the demo texts load only when the demo is seeded.
    from profiles.demo.apply import seed_demo_profiles

    seed_demo_profiles(tenants, stdout)
