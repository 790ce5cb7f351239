"""Add the demo's PATEN services when the demo is seeded.

The service pages every tenant gets are declared in ``services.standard_pages``.
"""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="services_demo_content")
def add_demo_services(sender, tenants, stdout, **kwargs):
    """``seed_demo``: give Rambang Kapak Tengah its demo PATEN services (demo texts).

    Idempotent, like the rest of the seed; other kecamatan get nothing.
    """
    # Imported here so that the demo texts load only when the demo is seeded.
    from services.demo.apply import seed_demo_services

    seed_demo_services(tenants, stdout)
