"""A product photo must have alt text before the product can be published."""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from cms.demo_images import demo_image
from tests.factories import UserFactory
from tests.umkm.conftest import make_product, umkm_index_of
from umkm.models import ProductPage

pytestmark = pytest.mark.django_db
MISSING_ALT = "belum punya teks alternatif"  # cms.alt_text.missing_alt_message


def photo_without_description(tenant):
    photo = demo_image("Foto tanpa keterangan", tenant.collection, size=(120, 90))
    photo.description = ""
    photo.save()
    return photo


def test_the_image_description_serves_as_alt_text(tree):
    product = make_product(tree.village_a1, "Keripik Nanas", alt="Keripik nanas dalam kemasan")
    assert product.photo_alt_text == "Keripik nanas dalam kemasan"


def test_an_explicit_alt_text_wins_over_the_image_description(tree):
    product = make_product(
        tree.village_a1, "Keripik Nanas", alt="Deskripsi umum", photo_alt="Keripik di toples"
    )
    assert product.photo_alt_text == "Keripik di toples"
    html = product.serve(_request(tree, product)).rendered_content
    assert 'alt="Keripik di toples"' in html


def test_a_photo_without_any_alt_text_cannot_be_saved_or_published(tree):
    photo = photo_without_description(tree.village_a1)

    def product(**fields):
        return ProductPage(
            title="Dodol Nanas",
            slug="dodol-nanas",
            producer="UMKM Sari Rasa",
            summary="Dodol legit.",
            category="makanan-minuman",
            whatsapp="0812-0000-0123",
            photo=photo,
            **fields,
        )

    index = umkm_index_of(tree.village_a1)
    with pytest.raises(ValidationError) as error:
        index.add_child(instance=product())
    assert MISSING_ALT in error.value.message_dict["photo_alt"][0]
    assert not ProductPage.objects.exists()

    page = index.add_child(instance=product(photo_alt="Dodol nanas dibungkus kertas minyak"))
    page.save_revision().publish()
    assert ProductPage.objects.live().get().photo_alt_text == "Dodol nanas dibungkus kertas minyak"


def _request(tree, page):
    from django.test import RequestFactory

    return RequestFactory().get(page.url_path, HTTP_HOST=tree.village_a1.site.hostname)


def _admin_post(client, index, photo, **overrides):
    data = {
        "title": "Dodol Nanas",
        "slug": "dodol-nanas",
        "producer": "UMKM Sari Rasa",
        "category": "makanan-minuman",
        "photo": photo.pk if photo else "",
        "photo_alt": "",
        "summary": "Dodol legit dari nanas.",
        "price_min": "25000",
        "price_max": "30000",
        "unit": "per kotak",
        "whatsapp": "0812-0000-0123",
        "body": streamfield([]),
        "comments": inline_formset([]),
        "action-publish": "action-publish",
    } | overrides
    url = reverse("wagtailadmin_pages:add", args=("umkm", "productpage", index.pk))
    return client.post(url, nested_form_data(data), HTTP_HOST="kec-a.test")


def test_the_admin_refuses_to_publish_a_photo_without_alt_text(tree, client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    index = umkm_index_of(tree.village_a1)
    photo = photo_without_description(tree.village_a1)

    response = _admin_post(client, index, photo)
    assert response.status_code == 200
    assert MISSING_ALT in str(response.context["form"].errors["photo_alt"])
    assert not ProductPage.objects.exists()

    response = _admin_post(client, index, photo, photo_alt="Dodol nanas di kotak kertas")
    assert response.status_code == 302
    assert ProductPage.objects.live().get().photo_alt_text == "Dodol nanas di kotak kertas"


def test_the_admin_refuses_to_publish_without_a_photo(tree, client):
    client.force_login(UserFactory(is_superuser=True, is_staff=True))
    response = _admin_post(client, umkm_index_of(tree.village_a1), None)
    assert response.status_code == 200
    assert "photo" in response.context["form"].errors
    assert not ProductPage.objects.exists()
