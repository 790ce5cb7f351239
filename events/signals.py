"""Give every tenant its agenda, and the demo its events."""

from django.dispatch import receiver
from django.utils.translation import gettext as _

from cms.pages import ensure_child
from events.models import EventIndexPage
from tenants.signals import demo_seeded, tenant_onboarded

AGENDA_SLUG = "agenda"


def ensure_agenda(home):
    """The agenda under ``home``, created and published if missing."""
    return ensure_child(
        home,
        EventIndexPage,
        title=_("Agenda"),
        slug=AGENDA_SLUG,
        intro=_("Kegiatan yang akan datang dan yang sudah berlangsung."),
    )


@receiver(tenant_onboarded, dispatch_uid="events_agenda_for_new_tenant")
def add_agenda(sender, tenant, **kwargs):
    """Every kecamatan and village gets an "Agenda" page at ``/agenda/``."""
    ensure_agenda(tenant.home_page)


@receiver(demo_seeded, dispatch_uid="events_demo_content")
def add_demo_events(sender, tenants, stdout, **kwargs):
    """``seed_demo``: demo events for Rambang Kapak Tengah and its villages; idempotent."""
    # Imported here so that the demo texts load only when the demo is seeded.
    from events.demo import seed_demo_events

    seed_demo_events(tenants, stdout)
