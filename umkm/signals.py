"""Add the demo's products when the demo is seeded.

The UMKM index every tenant gets is declared in ``umkm.standard_pages``.
"""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="umkm_demo_content")
def add_demo_products(sender, tenants, stdout, **kwargs):
    """``seed_demo``: the demo products of Rambang Kapak Tengah's villages.

    Idempotent, like the rest of the seed; other kecamatan get only their
    (empty) index.
    """
    # Imported here so that the demo data loads only when the demo is seeded.
    from umkm.demo.apply import seed_demo_products

    seed_demo_products(tenants, stdout)
