"""Tracking codes and NIK checks (no database)."""

import pytest
from django.core.exceptions import ValidationError

from citizens.codes import (
    CROCKFORD_ALPHABET,
    mask_nik,
    new_tracking_code,
    normalise_tracking_code,
    validate_nik,
)


def test_tracking_codes_are_10_crockford_characters_and_vary():
    codes = {new_tracking_code() for _ in range(200)}
    assert len(codes) == 200
    assert all(len(c) == 10 and set(c) <= set(CROCKFORD_ALPHABET) for c in codes)
    assert not set("ILOU") & set(CROCKFORD_ALPHABET)


def test_typed_codes_are_normalised():
    assert normalise_tracking_code(" 7k3m-9p2q-xz ") == "7K3M9P2QXZ"
    assert normalise_tracking_code("oil0il0il0") == "0110110110"
    assert normalise_tracking_code("ABC") is None
    assert normalise_tracking_code("UUUUUUUUUU") is None


@pytest.mark.parametrize(
    "nik",
    ["1674041512900003", "1674045512900003", "3171010101000001", "9471022902000001"],
)
def test_plausible_niks_pass(nik):
    validate_nik(nik)


@pytest.mark.parametrize(
    "nik",
    [
        "167404151290000",  # 15 digits
        "16740415129000031",  # 17 digits
        "16740415129O0003",  # a letter
        "9974041512900003",  # no province 99
        "1600041512900003",  # regency 00
        "1674041513900003",  # month 13
        "1674043202900003",  # 32 February
        "1674047512900003",  # day 75 (35 for a woman)
        "1674043002010003",  # 30 February
        "1674041512900000",  # serial 0000
    ],
)
def test_implausible_niks_are_refused_in_indonesian(nik):
    with pytest.raises(ValidationError) as error:
        validate_nik(nik)
    assert "NIK" in error.value.messages[0]


def test_nik_is_masked_for_lists():
    assert mask_nik("1674044512900003") == "1674**********03"
    assert mask_nik("") == ""
