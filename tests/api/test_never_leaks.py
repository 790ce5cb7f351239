"""Nothing private leaves through any endpoint, parameter or filter.

The world (``tests/api/conftest.py``) holds a draft, a live page with
unpublished changes, a password-protected page, private and root-collection
media, and another kecamatan's content. Each URL below is asked of a
village site; every answer must be free of the secret marker and of any
foreign id, and foreign ids asked for directly must be a 404 (or a 400).
"""

import pytest

from tests.api.conftest import SECRET

pytestmark = pytest.mark.django_db

HOST = "satu.kec-a.test"


def foreign_page_ids(world):
    """Pages a request to village Satu must never see."""
    return [
        world.draft.pk,
        world.protected.pk,
        world.news_a2.pk,  # the neighbouring village
        world.news_kec_a.pk,  # its own kecamatan's portal
        world.news_b1.pk,  # another kecamatan
        world.dispensasi.pk,  # a kecamatan-only service
        world.tree.kec_a.home_page.pk,
    ]


def leak_urls(world):
    urls = [
        "/api/v2/pages/?limit=100",
        "/api/v2/pages/?limit=100&fields=*",
        "/api/v2/pages/?limit=100&type=news.NewsPage&fields=*",
        f"/api/v2/pages/?limit=100&search={SECRET}",
        "/api/v2/pages/?limit=100&search=berita",
        "/api/v2/pages/?limit=100&child_of=root",
        "/api/v2/pages/?limit=100&descendant_of=root",
        f"/api/v2/pages/{world.changed.pk}/",
        f"/api/v2/pages/{world.changed.pk}/?fields=*",
        "/api/v2/images/?limit=100&fields=*",
        f"/api/v2/images/?search={SECRET}",
        "/api/v2/documents/?limit=100&fields=*",
        f"/api/v2/documents/?search={SECRET}",
        "/api/v2/services/?limit=100",
        "/api/v2/news/?limit=100",
        f"/api/v2/news/?search={SECRET}",
        "/api/v2/sites/?limit=100",
    ]
    for page_id in foreign_page_ids(world):
        urls += [
            f"/api/v2/pages/{page_id}/",
            f"/api/v2/pages/{page_id}/?fields=*",
            f"/api/v2/pages/find/?id={page_id}",
            f"/api/v2/pages/?child_of={page_id}",
            f"/api/v2/pages/?descendant_of={page_id}",
            f"/api/v2/pages/?ancestor_of={page_id}",
            f"/api/v2/services/{page_id}/",
        ]
    for image in (world.image_a2, world.image_private, world.image_root, world.image_b1):
        urls += [f"/api/v2/images/{image.pk}/", f"/api/v2/images/find/?id={image.pk}"]
    for document in (world.doc_private, world.doc_b1):
        urls += [f"/api/v2/documents/{document.pk}/", f"/api/v2/documents/find/?id={document.pk}"]
    urls += ["/api/v2/pages/find/?html_path=/berita/" + world.protected.slug + "/"]
    return urls


def test_no_endpoint_or_filter_leaks_private_or_foreign_content(world, client):
    # The login/password a browser may hold must not widen what the API shows.
    session = client.session
    session["wagtail_page_view_restrictions"] = [world.protected.pk]
    session.save()
    foreign = {str(pk) for pk in foreign_page_ids(world)}
    for url in leak_urls(world):
        response = client.get(url, HTTP_HOST=HOST, follow=True)
        assert response.status_code in (200, 400, 404), (url, response.status_code)
        body = response.content.decode()
        assert SECRET not in body, url
        if response.status_code == 200:
            data = response.json()
            listed = {str(item.get("id")) for item in data.get("items", [])}
            assert not listed & foreign, (url, listed & foreign)
            if "id" in data:
                assert str(data["id"]) not in foreign, url


def test_foreign_ids_asked_directly_are_not_found(world, client):
    for page_id in foreign_page_ids(world):
        response = client.get(f"/api/v2/pages/{page_id}/", HTTP_HOST=HOST)
        assert response.status_code == 404, page_id
    for image in (world.image_a2, world.image_private, world.image_root):
        assert client.get(f"/api/v2/images/{image.pk}/", HTTP_HOST=HOST).status_code == 404


def test_live_page_serves_its_published_content_not_the_draft(world, client):
    data = client.get(f"/api/v2/pages/{world.changed.pk}/", HTTP_HOST=HOST).json()
    assert data["title"] == "Berita Terbit"


def test_no_personal_data_in_the_site_directory(world, client):
    from django.contrib.auth import get_user_model

    get_user_model().objects.create_user(
        "operator.satu", email="operator.satu@example.test", password="x" * 12
    )
    body = client.get("/api/v2/sites/", HTTP_HOST=HOST).content.decode()
    assert "operator.satu" not in body
