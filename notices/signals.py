"""Demo notices for Rambang Kapak Tengah and one of its villages."""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="notices_demo_content")
def add_demo_notices(sender, tenants, stdout, **kwargs):
    """``seed_demo``: a couple of current notices (idempotent: looked up by site and title)."""
    from notices.demo import seed_demo_notices

    seed_demo_notices(tenants, stdout)
