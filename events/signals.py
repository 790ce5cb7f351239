"""Add the demo's events when the demo is seeded.

The agenda every tenant gets is declared in ``events.standard_pages``.
"""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="events_demo_content")
def add_demo_events(sender, tenants, stdout, **kwargs):
    """``seed_demo``: demo events for Rambang Kapak Tengah and its villages; idempotent."""
    # Imported here so that the demo texts load only when the demo is seeded.
    from events.demo import seed_demo_events

    seed_demo_events(tenants, stdout)
