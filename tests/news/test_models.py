"""NewsPage rules: alt text for the lead photo, sharing defaults, the date default."""

import datetime

import pytest
from django.core.exceptions import ValidationError
from django.utils import timezone

from cms.demo_images import demo_image
from news.models import NewsPage

pytestmark = pytest.mark.django_db


def photo(tree, alt):
    image = demo_image("Foto uji", tree.village_a1.collection, size=(64, 36), alt="x")
    image.description = alt
    image.save()
    return image


def test_a_lead_photo_without_any_alt_text_is_refused(tree):
    page = NewsPage(title="Tanpa alt", lead_image=photo(tree, ""), lead_image_alt="  ")
    with pytest.raises(ValidationError) as error:
        page.clean()
    assert "lead_image_alt" in error.value.message_dict


def test_the_image_description_serves_as_alt_text_when_the_page_gives_none(tree):
    page = NewsPage(title="Alt dari deskripsi", lead_image=photo(tree, "Warga panen patin"))
    page.clean()  # no error
    assert page.lead_image_alt_text == "Warga panen patin"


def test_the_page_alt_text_wins_over_the_image_description(tree):
    page = NewsPage(
        title="Alt sendiri", lead_image=photo(tree, "Deskripsi umum"), lead_image_alt="Khusus"
    )
    assert page.lead_image_alt_text == "Khusus"


def test_sharing_uses_the_summary_and_the_lead_photo_unless_overridden(tree):
    image = photo(tree, "Foto")
    page = NewsPage(title="Bagikan", summary="Ringkasan singkat.", lead_image=image)
    assert page.get_meta_description() == "Ringkasan singkat."
    assert page.get_social_image() == image
    page.search_description = "Deskripsi khusus."
    assert page.get_meta_description() == "Deskripsi khusus."


def test_a_new_article_is_dated_today_in_jakarta():
    assert NewsPage().date == timezone.localdate()
    assert isinstance(NewsPage().date, datetime.date)


def test_the_summary_is_limited_to_300_characters():
    assert NewsPage._meta.get_field("summary").max_length == 300
