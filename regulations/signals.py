"""Add the demo's documents when the demo is seeded.

The documents index every tenant gets is declared in ``regulations.standard_pages``.
"""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="regulations_demo_content")
def add_demo_documents(sender, tenants, stdout, **kwargs):
    """``seed_demo``: demo regulations and decrees for Rambang Kapak Tengah and its villages.

    Idempotent, like the rest of the seed; other kecamatan get nothing.
    """
    # Imported here so that the demo texts load only when the demo is seeded.
    from regulations.demo.apply import seed_demo_documents

    seed_demo_documents(tenants, stdout)
