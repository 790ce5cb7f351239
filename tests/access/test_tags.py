"""Tags are suggested and listed only from the user's reach (issue 16, finding 11).

Tags are shared rows; the autocomplete, the image and document listings'
"Tag" filter and the image chooser's popular tags showed every tenant's.
Each object of the world carries a tag named after its owner
(``tanda-gambar-k``, ``tanda-dokumen-a1``, …).
"""

import pytest

from access.tags import popular_tags_in_reach, tags_in_reach
from tests.access.test_matrix import XHR

pytestmark = pytest.mark.django_db


def suggested(client, term, url="/admin/tag-autocomplete/"):
    response = client.get(url, {"term": term}, **XHR)
    assert response.status_code == 200
    return set(response.json())


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("operator", {"tanda-gambar-a1", "tanda-dokumen-a1"}),
        ("kec_editor", {"tanda-gambar-k", "tanda-dokumen-k"}),
        ("kec_admin", {"tanda-gambar-k", "tanda-dokumen-k", "tanda-gambar-a1", "tanda-dokumen-a1"}),
        ("other_operator", set()),
        ("superuser", {"tanda-gambar-k", "tanda-dokumen-k", "tanda-gambar-a1", "tanda-dokumen-a1"}),
    ],
)
def test_tag_autocomplete_suggests_only_tags_from_the_reach(world, client, role, expected):
    client.force_login(world.users[role])
    assert suggested(client, "tanda") == expected
    assert suggested(client, "tanda", "/admin/tag-autocomplete/taggit/tag/") == expected


def test_tag_autocomplete_of_an_unknown_or_non_tag_model_is_a_404(world, client):
    client.force_login(world.users["operator"])
    for url in ("/admin/tag-autocomplete/taggit/nothing/", "/admin/tag-autocomplete/auth/user/"):
        assert client.get(url, {"term": "t"}, **XHR).status_code == 404


def test_image_listing_tag_filter_offers_only_own_tags(world, client):
    client.force_login(world.users["operator"])
    html = client.get("/admin/images/", **XHR).text
    assert "tanda-gambar-a1" in html
    assert "tanda-gambar-k" not in html
    results = client.get("/admin/images/results/?tag=tanda-gambar-a1", **XHR).text
    assert "Gambar A1" in results


def test_document_listing_tag_filter_offers_only_own_tags(world, client):
    client.force_login(world.users["operator"])
    html = client.get("/admin/documents/", **XHR).text
    assert "tanda-dokumen-a1" in html
    assert "tanda-dokumen-k" not in html


def test_image_chooser_popular_tags_are_only_own(world, client):
    client.force_login(world.users["kec_editor"])
    html = client.get("/admin/images/chooser/", **XHR).text
    assert "tanda-gambar-k" in html
    assert "tanda-gambar-a1" not in html


def test_a_user_without_media_sees_no_tag_filter(world, client):
    client.force_login(world.users["other_operator"])
    html = client.get("/admin/images/", **XHR).text
    assert "tanda-gambar" not in html


def test_popular_tags_count_only_objects_in_reach(world):
    """A tag used by another tenant too is counted by the user's own uses only."""
    a1, k = world.objects["A1"], world.objects["K"]
    k.image.tags.add("tanda-bersama")
    a1.image.tags.add("tanda-bersama")
    try:
        tags = {
            tag.name: tag.item_count
            for tag in popular_tags_in_reach(world.users["operator"], type(a1.image))
        }
        assert tags == {"tanda-gambar-a1": 1, "tanda-bersama": 1}
        assert "tanda-bersama" in set(
            tags_in_reach(world.users["kec_editor"]).values_list("name", flat=True)
        )
    finally:
        k.image.tags.remove("tanda-bersama")
        a1.image.tags.remove("tanda-bersama")
