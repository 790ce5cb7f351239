"""No image is published on a content page without alt text; drafts may wait for it.

Covers the shared rule in ``cms.alt_text``: gallery photos and image blocks
inside a body StreamField (``cms.blocks.AltTextImageBlock``), both through
the admin form and through code, plus the image form that takes the alt
text once, at upload.
"""

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.images import get_image_model
from wagtail.images.forms import get_image_form
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.blocks import AltTextImageBlock
from cms.demo_images import demo_image
from gallery.models import GalleryPage
from news.models import NewsPage
from tests.factories import UserFactory
from tests.gallery.conftest import gallery_of
from tests.news.conftest import news_index_of

pytestmark = pytest.mark.django_db

MISSING_ALT = "belum punya teks alternatif"


@pytest.fixture
def operator_client(tree, client):
    client.force_login(UserFactory(username="operator.satu", groups=[tree.village_a1.editor_group]))
    return client


def bare_image(tree, title="Panen patin"):
    """An image of Satu without a description, so it has no alt text of its own."""
    image = demo_image(title, tree.village_a1.collection, size=(300, 200))
    image.description = ""
    image.save()
    return image


def album_post(image, alt_text, action="action-publish"):
    data = {
        "title": "Panen patin",
        "slug": "panen-patin",
        "date": "2026-10-18",
        "description": "",
        "photos": streamfield(
            [
                (
                    "photo",
                    {
                        "image": {"image": image.pk, "decorative": "", "alt_text": alt_text},
                        "caption": "Panen",
                    },
                )
            ]
        ),
        "comments": inline_formset([]),
    }
    if action:
        data[action] = action
    return nested_form_data(data)


def album_url(tree):
    return reverse(
        "wagtailadmin_pages:add", args=["gallery", "gallerypage", gallery_of(tree.village_a1).pk]
    )


def test_an_album_photo_without_alt_text_is_not_published(tree, operator_client):
    image = bare_image(tree)
    response = operator_client.post(
        album_url(tree), album_post(image, ""), HTTP_HOST="satu.kec-a.test"
    )
    assert response.status_code == 200
    assert MISSING_ALT in response.content.decode()
    assert "Teks alternatif" in response.content.decode()
    assert not GalleryPage.objects.exists()

    response = operator_client.post(
        album_url(tree),
        album_post(image, "Warga menjaring ikan patin"),
        HTTP_HOST="satu.kec-a.test",
    )
    assert response.status_code == 302
    album = GalleryPage.objects.get()
    assert album.live and album.photo_list[0].alt == "Warga menjaring ikan patin"


def test_an_album_draft_may_be_saved_before_the_alt_text_is_written(tree, operator_client):
    image = bare_image(tree)
    response = operator_client.post(
        album_url(tree), album_post(image, "", action=None), HTTP_HOST="satu.kec-a.test"
    )
    assert response.status_code == 302
    album = GalleryPage.objects.get()
    assert not album.live
    # Publishing the draft from code is still refused, on the StreamField.
    with pytest.raises(ValidationError) as error:
        album.save_revision().publish()
    assert MISSING_ALT in error.value.message_dict["photos"][0]


def test_an_album_photo_takes_the_image_description_as_alt_text(tree, operator_client):
    image = bare_image(tree)
    image.description = "Kolam ikan patin milik BUMDes"
    image.save()
    response = operator_client.post(
        album_url(tree), album_post(image, ""), HTTP_HOST="satu.kec-a.test"
    )
    assert response.status_code == 302
    assert GalleryPage.objects.get().photo_list[0].alt == "Kolam ikan patin milik BUMDes"


def news_with_figure(image, alt_text, decorative=""):
    return nested_form_data(
        {
            "title": "Rapat desa",
            "slug": "rapat-desa",
            "date": "2026-03-02",
            "lead_image": "",
            "lead_image_alt": "",
            "body": streamfield(
                [
                    ("paragraph", rich_text("<p>Rapat desa membahas APBDes.</p>")),
                    (
                        "figure",
                        {
                            "image": {
                                "image": image.pk,
                                "decorative": decorative,
                                "alt_text": alt_text,
                            },
                            "caption": "",
                        },
                    ),
                ]
            ),
            "category": "umum",
            "summary": "",
            "lead_image_caption": "",
            "comments": inline_formset([]),
            "action-publish": "action-publish",
        }
    )


def test_an_image_block_in_the_body_needs_alt_text_to_publish(tree, operator_client):
    image = bare_image(tree, "Rapat desa")
    url = reverse(
        "wagtailadmin_pages:add", args=["news", "newspage", news_index_of(tree.village_a1).pk]
    )
    response = operator_client.post(url, news_with_figure(image, ""), HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    assert MISSING_ALT in response.content.decode()
    assert not NewsPage.objects.exists()

    response = operator_client.post(
        url, news_with_figure(image, "Warga duduk di balai desa"), HTTP_HOST="satu.kec-a.test"
    )
    assert response.status_code == 302
    assert NewsPage.objects.get().live


def test_a_decorative_image_block_needs_no_alt_text(tree, operator_client):
    image = bare_image(tree, "Ornamen")
    url = reverse(
        "wagtailadmin_pages:add", args=["news", "newspage", news_index_of(tree.village_a1).pk]
    )
    response = operator_client.post(
        url, news_with_figure(image, "", decorative="on"), HTTP_HOST="satu.kec-a.test"
    )
    assert response.status_code == 302


def test_publishing_from_code_checks_image_blocks_too(tree):
    image = bare_image(tree, "Rapat desa")
    image.contextual_alt_text = ""
    image.decorative = False
    page = NewsPage(
        title="Rapat desa",
        body=[
            ("paragraph", RichText("<p>Rapat desa membahas APBDes.</p>")),
            ("figure", {"image": image, "caption": ""}),
        ],
    )
    with pytest.raises(ValidationError) as error:
        news_index_of(tree.village_a1).add_child(instance=page)
    message = error.value.message_dict["body"][0]
    assert MISSING_ALT in message and "Teks alternatif" in message


def test_the_image_block_is_labelled_in_indonesian():
    block = AltTextImageBlock()
    assert str(block.child_blocks["alt_text"].label) == "Teks alternatif"
    assert "Contoh:" in str(block.child_blocks["alt_text"].field.help_text)


def test_the_upload_form_asks_for_the_alt_text_once():
    form = get_image_form(get_image_model())()
    field = form.fields["description"]
    assert str(field.label).startswith("Teks alternatif")
    assert "Contoh:" in str(field.help_text)


def test_the_chooser_upload_tab_shows_the_alt_text_field(tree, operator_client):
    response = operator_client.get(
        reverse("wagtailimages_chooser:choose"), HTTP_HOST="satu.kec-a.test"
    )
    assert response.status_code == 200
    html = response.json()["html"]
    assert 'name="image-chooser-upload-description"' in html
    assert "Teks alternatif (isi foto untuk tunanetra)" in html
