"""WhatsApp contact: numbers as Indonesians write them, turned into wa.me links."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.core.exceptions import ValidationError

from umkm.models import ProductPage
from umkm.whatsapp import normalise_whatsapp, validate_whatsapp, whatsapp_link


@pytest.mark.parametrize(
    "typed",
    ["0812-0000-0101", "0812 0000 0101", "+62 812-0000-0101", "62812.0000.0101", "812 0000 0101"],
)
def test_common_ways_of_writing_a_number_give_the_international_form(typed):
    assert normalise_whatsapp(typed) == "6281200000101"


@pytest.mark.parametrize(
    "typed", ["", "0713-322110", "0812-ABCD-0101", "0812", "0812-0000-0101-9999", "+1 555 0100"]
)
def test_landlines_letters_and_wrong_lengths_are_refused_in_indonesian(typed):
    assert normalise_whatsapp(typed) == ""
    with pytest.raises(ValidationError) as error:
        validate_whatsapp(typed)
    assert "Nomor WhatsApp tidak dikenali" in error.value.messages[0]


def test_link_goes_to_wa_me_with_62_and_a_fully_encoded_message():
    link = whatsapp_link("0812-0000-0101", "Halo KWT Mawar, kopi & gula?")
    assert link == ("https://wa.me/6281200000101?text=Halo%20KWT%20Mawar%2C%20kopi%20%26%20gula%3F")


def test_an_invalid_number_gives_no_link():
    assert whatsapp_link("12345", "Halo") == ""


def test_product_link_prefills_an_indonesian_message_naming_producer_and_product():
    product = ProductPage(
        title="Kopi Robusta Bubuk", producer="KWT Mawar", whatsapp="0812-0000-0101"
    )
    parts = urlsplit(product.whatsapp_url)
    assert (parts.scheme, parts.netloc, parts.path) == ("https", "wa.me", "/6281200000101")
    assert " " not in product.whatsapp_url
    assert parse_qs(parts.query)["text"] == [
        "Halo KWT Mawar, saya tertarik dengan produk Kopi Robusta Bubuk. Apakah masih tersedia?"
    ]


def test_instagram_and_phone_links_are_built_from_what_the_operator_typed():
    product = ProductPage(instagram="@kwtmawar.karangan", phone="0713-000112")
    assert product.instagram_url == "https://www.instagram.com/kwtmawar.karangan/"
    assert product.instagram_handle == "@kwtmawar.karangan"
    assert product.phone_link == "tel:0713000112"
