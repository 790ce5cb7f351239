"""The agenda every tenant starts with (see ``tenants.standard_pages``)."""

from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from events.models import EventIndexPage
from tenants.standard_pages import StandardPage

AGENDA_SLUG = "agenda"

PAGES = [
    StandardPage(
        EventIndexPage,
        AGENDA_SLUG,
        _("Agenda"),
        fields=lambda tenant: {
            "intro": gettext("Kegiatan yang akan datang dan yang sudah berlangsung.")
        },
    ),
]
