"""Kemendagri region codes (kode wilayah), the identity of every tenant.

A kecamatan is ``PP.KK.CC`` (province, kabupaten/kota, kecamatan). A village
is ``PP.KK.CC.NNNN``, where the first digit of ``NNNN`` is 1 for a kelurahan
and 2 for a desa (Permendagri 72/2019 and its amendments).
"""

import re
from dataclasses import dataclass

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.translation import gettext_lazy as _

KECAMATAN_CODE_RE = re.compile(r"^(?P<prov>\d{2})\.(?P<kab>\d{2})\.(?P<kec>\d{2})$")
VILLAGE_CODE_RE = re.compile(
    r"^(?P<kecamatan>\d{2}\.\d{2}\.\d{2})\.(?P<kind>[12])(?P<serial>\d{3})$"
)


class TenantKind(models.TextChoices):
    """What a tenant is, in the words of the Kemendagri code list."""

    KECAMATAN = "kecamatan", _("Kecamatan")
    KELURAHAN = "kelurahan", _("Kelurahan")
    DESA = "desa", _("Desa")


@dataclass(frozen=True)
class RegionCode:
    """A validated region code and what it says about the region."""

    code: str
    kind: TenantKind

    @property
    def kecamatan_code(self) -> str:
        """The ``PP.KK.CC`` part: the code itself for a kecamatan."""
        return self.code[:8]

    @property
    def is_village(self) -> bool:
        """True for a kelurahan or desa."""
        return self.kind != TenantKind.KECAMATAN


def parse_region_code(value: str) -> RegionCode:
    """Validate a kecamatan or village code and say what kind of region it is.

    Raises ``ValidationError`` with an Indonesian message for anything else,
    including the province, kabupaten/kota and kecamatan parts being ``00``.
    """
    code = (value or "").strip()
    kec = KECAMATAN_CODE_RE.match(code)
    if kec:
        if "00" in (kec["prov"], kec["kab"], kec["kec"]):
            raise ValidationError(
                _("Kode %(code)s tidak sah: tidak ada bagian kode yang bernilai 00."),
                code="invalid_region_code",
                params={"code": code},
            )
        return RegionCode(code, TenantKind.KECAMATAN)
    village = VILLAGE_CODE_RE.match(code)
    if village:
        parse_region_code(village["kecamatan"])  # its kecamatan part must be valid too
        if village["serial"] == "000":
            raise ValidationError(
                _("Kode %(code)s tidak sah: nomor urut desa/kelurahan tidak boleh 000."),
                code="invalid_region_code",
                params={"code": code},
            )
        kind = TenantKind.KELURAHAN if village["kind"] == "1" else TenantKind.DESA
        return RegionCode(code, kind)
    raise ValidationError(
        _(
            "Kode %(code)s tidak sah. Gunakan kode Kemendagri: PP.KK.CC untuk kecamatan "
            "(contoh 16.74.04) atau PP.KK.CC.NNNN untuk kelurahan/desa (contoh 16.74.04.2008; "
            "angka pertama NNNN: 1 = kelurahan, 2 = desa)."
        ),
        code="invalid_region_code",
        params={"code": code},
    )


def validate_region_code(value: str) -> None:
    """Model-field validator form of :func:`parse_region_code`."""
    parse_region_code(value)
