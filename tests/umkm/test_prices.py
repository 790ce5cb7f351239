"""Prices: shown as readers expect, and validated with Indonesian messages."""

import pytest
from django.core.exceptions import ValidationError

from tests.umkm.conftest import make_product
from umkm.models import ProductPage
from umkm.prices import price_range_display


@pytest.mark.parametrize(
    ("price_min", "price_max", "shown"),
    [
        (25000, 40000, "Rp25.000–Rp40.000"),
        (25000, 25000, "Rp25.000"),
        (0, 0, "Rp0"),
        (300, 1500000, "Rp300–Rp1.500.000"),
        (None, None, "Hubungi penjual"),
        (25000, None, "mulai Rp25.000"),
        (None, 40000, "hingga Rp40.000"),
    ],
)
def test_price_range_is_shown_in_rupiah_with_dots_and_a_dash(price_min, price_max, shown):
    assert price_range_display(price_min, price_max) == shown


def test_price_with_unit_adds_the_unit_only_when_there_is_a_price():
    with_price = ProductPage(price_min=25000, price_max=40000, unit="per kg")
    without_price = ProductPage(unit="per kg")
    assert with_price.price_with_unit == "Rp25.000–Rp40.000 per kg"
    assert without_price.price_with_unit == "Hubungi penjual"


@pytest.mark.django_db
def test_a_maximum_below_the_minimum_is_refused_with_an_indonesian_message(tree):
    product = make_product(tree.village_a1, "Gula Aren")
    product.price_min, product.price_max = 40000, 25000
    with pytest.raises(ValidationError) as error:
        product.full_clean()
    assert error.value.message_dict["price_max"] == [
        "Harga tertinggi (Rp25.000) tidak boleh lebih kecil dari harga terendah (Rp40.000)."
    ]


@pytest.mark.django_db
def test_a_negative_price_is_refused_with_an_indonesian_message(tree):
    product = make_product(tree.village_a1, "Gula Aren")
    product.price_min = -1
    with pytest.raises(ValidationError) as error:
        product.full_clean()
    assert "Harga tidak boleh kurang dari 0." in error.value.message_dict["price_min"]


@pytest.mark.django_db
def test_equal_and_empty_prices_are_valid(tree):
    product = make_product(tree.village_a1, "Gula Aren", price_min=20000, price_max=20000)
    product.full_clean()
    product.price_min = product.price_max = None
    product.full_clean()  # "Hubungi penjual" is a valid choice
    assert product.price_display == "Hubungi penjual"
