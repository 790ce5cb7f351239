"""Add the demo's albums when the demo is seeded.

The gallery every tenant gets is declared in ``gallery.standard_pages``.
"""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="gallery_demo_content")
def add_demo_albums(sender, tenants, stdout, **kwargs):
    """``seed_demo``: demo albums for Rambang Kapak Tengah's villages; idempotent."""
    # Imported here so that the demo texts load only when the demo is seeded.
    from gallery.demo import seed_demo_albums

    seed_demo_albums(tenants, stdout)
