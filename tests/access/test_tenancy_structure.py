"""A camat cannot delete, move or unpublish the kecamatan folder or a site's home.

The camat's reach is the kecamatan's folder, so Wagtail offered "Hapus" on
the folder (every village with it) and on each village's home. Only a
superuser may; the operator's and camat's ordinary pages are unaffected.
"""

import pytest

from tests.factories import UserFactory

pytestmark = pytest.mark.django_db
HOST = {"HTTP_HOST": "kec-a.test"}


def structural_pages(tree):
    home = tree.village_a1.home_page
    return {"folder": home.get_parent(), "village home": home, "portal": tree.kec_a.home_page}


@pytest.fixture
def camat_client(tree, client):
    client.force_login(UserFactory(groups=[tree.kec_a.admin_group]))
    return client


@pytest.mark.parametrize("which", ["folder", "village home", "portal"])
@pytest.mark.parametrize("action", ["delete", "unpublish", "move"])
def test_a_camat_cannot_take_a_site_or_the_folder_away(tree, camat_client, which, action):
    page = structural_pages(tree)[which]
    url = f"/admin/pages/{page.pk}/{action}/"
    if action == "move":
        # Wagtail asks for the move on its confirmation step, under another parent.
        other = tree.village_a2.home_page
        url = f"/admin/pages/{page.pk}/move/{other.pk}/confirm/"
    if action != "unpublish":  # Wagtail runs its unpublish hook on the POST only
        assert camat_client.get(url, **HOST).status_code == 302, (which, action)
    if action == "move":
        assert camat_client.post(url, **HOST).status_code == 302
        assert type(page).objects.get(pk=page.pk).get_parent() == page.get_parent()
    if action in ("delete", "unpublish"):
        assert camat_client.post(url, **HOST).status_code == 302
        page.refresh_from_db()  # still there, and still live
        assert page.live


@pytest.mark.parametrize("action", ["delete", "unpublish", "move"])
def test_bulk_actions_refuse_them_too(tree, camat_client, action):
    home = tree.village_a1.home_page
    url = f"/admin/bulk/wagtailcore/page/{action}/?id={home.pk}"
    assert camat_client.get(url, **HOST).status_code == 404


def test_ordinary_pages_stay_the_camats_to_delete(tree, camat_client):
    from news.models import NewsIndexPage

    index = NewsIndexPage.objects.child_of(tree.village_a1.home_page).get()
    response = camat_client.get(f"/admin/pages/{index.pk}/delete/", **HOST)
    assert response.status_code == 200


def test_a_superuser_still_may(tree, client):
    client.force_login(UserFactory(is_superuser=True))
    home = tree.village_a1.home_page
    assert client.get(f"/admin/pages/{home.pk}/delete/", **HOST).status_code == 200
