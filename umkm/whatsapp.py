"""WhatsApp numbers of producers: validation and ``wa.me`` chat links.

Operators type numbers the way Indonesians write them ("0812-3456-7890",
"+62 812 3456 7890", "62812…"); the link needs the international form
without "+" ("6281234567890").
"""

import re
from urllib.parse import quote

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

# Characters people put between digits; removed before checking.
_SEPARATORS = re.compile(r"[\s().-]")
# An Indonesian mobile number after the country code: 8xx, 9 to 12 digits.
_MOBILE = re.compile(r"^8\d{8,11}$")


def normalise_whatsapp(number: str) -> str:
    """The number in ``wa.me`` form, ``62`` + national digits; "" if it is not valid.

    ``"0812-0000-0101"`` → ``"6281200000101"``; ``"+62 812 0000 0101"`` and
    ``"812…"`` give the same.
    """
    digits = _SEPARATORS.sub("", number or "")
    if digits.startswith("+"):
        digits = digits[1:]
    if not digits.isdigit():
        return ""
    if digits.startswith("62"):
        national = digits[2:]
    elif digits.startswith("0"):
        national = digits[1:]
    else:
        national = digits
    return "62" + national if _MOBILE.match(national) else ""


def validate_whatsapp(value: str) -> None:
    """Model-field validator: ``value`` must be an Indonesian mobile number."""
    if not normalise_whatsapp(value):
        raise ValidationError(
            _(
                "Nomor WhatsApp tidak dikenali. Tulis nomor HP Indonesia dengan angka, "
                "misalnya 0812-3456-7890 atau +62 812-3456-7890."
            ),
            code="invalid_whatsapp",
        )


def whatsapp_link(number: str, message: str = "") -> str:
    """A ``https://wa.me/62…`` chat link, with ``message`` prefilled; "" if invalid.

    The message is fully URL-encoded (spaces as ``%20``), as ``wa.me`` expects.
    """
    digits = normalise_whatsapp(number)
    if not digits:
        return ""
    link = f"https://wa.me/{digits}"
    if message:
        link += "?text=" + quote(message, safe="")
    return link
