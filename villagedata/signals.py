"""Add the demo figures when the demo is seeded.

The data page every tenant gets is declared in ``villagedata.standard_pages``.
"""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="villagedata_demo_figures")
def add_demo_figures(sender, tenants, stdout, **kwargs):
    """``seed_demo``: figures for Rambang Kapak Tengah's villages, two periods each."""
    from villagedata.demo import seed_demo_figures

    seed_demo_figures(tenants, stdout)
