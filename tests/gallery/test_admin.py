"""Editors can open the album form; it refuses a photo without alt text."""

import pytest
from django.contrib.auth import get_user_model

from cms.demo_images import demo_image
from gallery.models import GalleryPage
from tests.gallery.conftest import gallery_of

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("admin", "admin@example.test", "x")
    client.force_login(user)
    return client


def album_form(image_pk, alt_text):
    return {
        "title": "Panen patin",
        "slug": "panen-patin",
        "date": "2026-10-18",
        "description": "",
        "photos-count": "1",
        "photos-0-type": "photo",
        "photos-0-deleted": "",
        "photos-0-order": "0",
        "photos-0-value-image-image": str(image_pk),
        "photos-0-value-image-alt_text": alt_text,
        "photos-0-value-caption": "Panen",
        "action-publish": "action-publish",  # drafts defer validation
    }


def test_add_album_form_refuses_a_photo_without_alt_text(tree, admin_client):
    gallery = gallery_of(tree.village_a1)
    url = f"/admin/pages/add/gallery/gallerypage/{gallery.pk}/"
    assert admin_client.get(url, HTTP_HOST="kec-a.test").status_code == 200
    image = demo_image("Panen", tree.village_a1.collection, size=(300, 200))
    image.description = ""  # a description would count as the alt text
    image.save()
    response = admin_client.post(url, album_form(image.pk, ""), HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    assert "belum punya teks alternatif" in response.text  # cms.blocks.AltTextImageBlock
    assert not GalleryPage.objects.child_of(gallery).exists()
    response = admin_client.post(url, album_form(image.pk, "Warga memanen"), HTTP_HOST="kec-a.test")
    assert response.status_code == 302
    album = GalleryPage.objects.child_of(gallery).get()
    assert album.photo_list[0].alt == "Warga memanen"
