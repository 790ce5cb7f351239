"""Tracking codes and NIK (Nomor Induk Kependudukan) checks.

Tracking codes are 10 characters of Crockford base32 drawn from ``secrets``:
32^10 ≈ 10^15 possibilities, so a code cannot be guessed, and the alphabet
leaves out I, L, O and U so that a code read over the phone is not misheard.
"""

import datetime
import re
import secrets

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

CROCKFORD_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
CODE_LENGTH = 10
# Letters people type for digits they look like (Crockford's decoding rules).
_LOOKALIKES = str.maketrans({"I": "1", "L": "1", "O": "0"})
_CODE_RE = re.compile(rf"^[{CROCKFORD_ALPHABET}]{{{CODE_LENGTH}}}$")

# Kemendagri province codes (the NIK's first two digits), 2024 list incl. the new
# Papua provinces.
PROVINCE_CODES = frozenset(
    [11, 12, 13, 14, 15, 16, 17, 18, 19, 21, 31, 32, 33, 34, 35, 36, 51, 52, 53]
    + [61, 62, 63, 64, 65, 71, 72, 73, 74, 75, 76, 81, 82, 91, 92, 93, 94, 95, 96, 97]
)


def new_tracking_code() -> str:
    """A fresh random tracking code (uniqueness is checked by the caller)."""
    return "".join(secrets.choice(CROCKFORD_ALPHABET) for _ in range(CODE_LENGTH))


def normalise_tracking_code(value: str) -> str | None:
    """The canonical form of a code typed by a citizen, or None if it cannot be one.

    Spaces and hyphens are dropped, case is ignored, and I/L/O read as 1/1/0.
    """
    cleaned = re.sub(r"[\s-]", "", value or "").upper().translate(_LOOKALIKES)
    return cleaned if _CODE_RE.match(cleaned) else None


def _plausible_birth_date(ddmmyy: str) -> bool:
    day, month, year = int(ddmmyy[:2]), int(ddmmyy[2:4]), int(ddmmyy[4:])
    if day > 40:  # women's NIKs add 40 to the day of birth
        day -= 40
    for century in (1900, 2000):
        try:
            datetime.date(century + year, month, day)
        except ValueError:
            continue
        return True
    return False


def validate_nik(value: str) -> None:
    """Raise ValidationError unless ``value`` is a plausible 16-digit NIK.

    Checks what can be checked offline without false refusals: 16 digits, a
    known province, non-zero regency and district, a real date of birth
    (day + 40 for women) and a non-zero serial number.
    """
    if not re.fullmatch(r"\d{16}", value or ""):
        raise ValidationError(_("NIK harus 16 angka, tanpa spasi atau tanda baca."))
    if (
        int(value[:2]) not in PROVINCE_CODES
        or value[2:4] == "00"
        or value[4:6] == "00"
        or not _plausible_birth_date(value[6:12])
        or value[12:] == "0000"
    ):
        raise ValidationError(
            _("NIK tidak valid. Periksa kembali 16 angka NIK sesuai KTP atau Kartu Keluarga.")
        )


def mask_nik(value: str) -> str:
    """A NIK for lists: the first 4 and last 2 digits, the rest as asterisks."""
    if not value:
        return ""
    return value[:4] + "*" * (len(value) - 6) + value[-2:]
