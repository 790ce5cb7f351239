"""Emails: the tracking code to the citizen, status changes, and new requests to the office.

Sent through Django's mail API (console in DEBUG, SMTP otherwise; see
MAILERS in settings). A failing mail server never undoes a saved case: the
error is logged (without personal data) and the citizen still sees the code.
Emails never contain the NIK.
"""

import logging

from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils.translation import gettext as _

from cms.models import SiteProfile

logger = logging.getLogger(__name__)


def _send(subject: str, template: str, context: dict, to: list[str]) -> None:
    to = [address for address in to if address]
    if not to:
        return
    body = render_to_string(template, context)
    try:
        send_mail(subject, body, None, to)
    except Exception as error:
        # No traceback: SMTP errors quote the recipient's address.
        logger.error("Could not send citizens email %s: %s", template, type(error).__name__)


def status_url(case) -> str:
    return f"{case.origin.site.root_url}/warga/lacak/{case.code}/"


def office_email(tenant) -> str:
    return SiteProfile.for_site(tenant.site).email


def case_received(case) -> None:
    """To the citizen (if they gave an email): the tracking code and where to follow it."""
    _send(
        _("Kode lacak %(kind)s Anda: %(code)s") % {"kind": case.kind_label, "code": case.code},
        "citizens/email/received.txt",
        {"case": case, "status_url": status_url(case)},
        [case.email],
    )


def new_request_to_office(service_request) -> None:
    """To the handling office: a new request arrived (no personal data in the mail)."""
    _send(
        _("Permohonan baru %(code)s: %(service)s")
        % {"code": service_request.code, "service": service_request.service_title},
        "citizens/email/new_request.txt",
        {"case": service_request},
        [office_email(service_request.tenant)],
    )


def status_changed(case, note: str = "") -> None:
    """To the citizen: the new status, with the office's public note."""
    _send(
        _("%(kind)s %(code)s: %(status)s")
        % {"kind": case.kind_label, "code": case.code, "status": case.get_status_display()},
        "citizens/email/status_changed.txt",
        {"case": case, "note": note, "status_url": status_url(case)},
        [case.email],
    )
