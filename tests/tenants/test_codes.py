"""Kemendagri region codes: what is accepted, what is refused, and why."""

import pytest
from django.core.exceptions import ValidationError

from tenants.codes import TenantKind, parse_region_code


@pytest.mark.parametrize(
    ("code", "kind", "kecamatan_code"),
    [
        ("16.74.04", TenantKind.KECAMATAN, "16.74.04"),
        ("16.74.04.1001", TenantKind.KELURAHAN, "16.74.04"),
        ("16.74.04.2008", TenantKind.DESA, "16.74.04"),
        (" 16.74.04.2008 ", TenantKind.DESA, "16.74.04"),
    ],
)
def test_valid_codes_are_parsed_with_their_kind(code, kind, kecamatan_code):
    region = parse_region_code(code)
    assert region.kind == kind
    assert region.kecamatan_code == kecamatan_code
    assert region.code == code.strip()


@pytest.mark.parametrize(
    "code",
    [
        "",
        "16.74",  # a kota, not a tenant
        "1674.04",
        "16.74.4",
        "16.74.04.3008",  # first digit must be 1 (kelurahan) or 2 (desa)
        "16.74.04.200",
        "16.74.04.20081",
        "00.74.04",
        "16.00.04",
        "16.74.00",
        "16.74.04.2000",
        "16-74-04",
        "16.74.O4",  # letter O, not zero
        "16.74.04 .2008",
    ],
)
def test_invalid_codes_are_refused_with_an_indonesian_message(code):
    with pytest.raises(ValidationError) as exc:
        parse_region_code(code)
    assert "tidak sah" in " ".join(exc.value.messages)
