"""Add the demo's news when the demo is seeded.

The news and announcement index pages every tenant gets are declared in
``news.apps`` (``tenants.standard_pages``).
"""

from django.dispatch import receiver

from tenants.signals import demo_seeded


@receiver(demo_seeded, dispatch_uid="news_demo_content")
def add_demo_news(sender, tenants, stdout, **kwargs):
    """``seed_demo``: news and announcements for Rambang Kapak Tengah and its villages.

    Only Rambang Kapak Tengah gets articles. Idempotent: a second run writes
    nothing.
    """
    # Imported here so that the demo texts load only when the demo is seeded.
    from news.demo.apply import seed_demo_news

    seed_demo_news(tenants, stdout)
