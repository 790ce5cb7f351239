"""Add the demo's profiles when the demo is seeded.

The profile and contact pages every tenant gets are declared in
``profiles.standard_pages``.
"""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="profiles_demo_content")
def add_demo_profiles(sender, tenants, stdout, **kwargs):
    """``seed_demo``: profiles and contact pages for Rambang Kapak Tengah (demo texts).

    Idempotent, like the rest of the seed; other kecamatan keep onboarding's
    empty pages.
    """
    # Imported here so that the demo texts load only when the demo is seeded.
    from profiles.demo.apply import seed_demo_profiles

    seed_demo_profiles(tenants, stdout)
