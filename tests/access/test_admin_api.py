"""The admin's pages API behind the sidebar explorer (issue 23, item 1).

It answered 403 to everyone but the superuser (the project's default DRF
permission is ``IsAdminUser``), so the "Halaman" menu showed "Kesalahan
server". It now answers every admin user, within their reach:
``access.admin_api``. The browser side is ``tests/browser/test_admin_explorer.py``.
"""

import pytest

from tests.access.test_matrix import XHR

pytestmark = pytest.mark.django_db

API = "/admin/api/main/pages/"


def explorer(client, parent):
    """What the sidebar explorer asks for: the children of ``parent``."""
    return client.get(f"{API}?child_of={parent.pk}&for_explorer=1", **XHR)


def ids(response):
    assert response.status_code == 200, response.content
    return {item["id"] for item in response.json()["items"]}


@pytest.mark.parametrize(
    ("role", "root", "children"),
    [
        ("operator", "village_a1", "village_a1"),
        ("kec_editor", "kec_a", "kec_a"),
        # A kecamatan admin starts at the kecamatan's folder: the portal and its villages.
        ("kec_admin", None, ("kec_a", "village_a1", "village_a2")),
    ],
)
def test_the_explorer_lists_each_roles_own_pages(world, client, role, root, children):
    client.force_login(world.users[role])
    if root is None:
        parent = world.kec_a.home_page.get_parent()
        expected = {getattr(world, name).home_page_id for name in children}
    else:
        parent = getattr(world, root).home_page
        expected = set(parent.get_children().values_list("pk", flat=True))
    assert ids(explorer(client, parent)) == expected


@pytest.mark.parametrize("role", ["operator", "kec_editor", "other_operator"])
def test_the_explorer_refuses_a_parent_outside_the_reach_like_a_missing_one(world, client, role):
    client.force_login(world.users[role])
    foreign = world.village_a2.home_page  # no one of these roles reaches village A2
    refused = explorer(client, foreign)
    assert refused.status_code == 400
    assert refused.json() == {"message": "parent page doesn't exist"}
    missing = client.get(f"{API}?child_of=999999&for_explorer=1", **XHR)
    assert missing.json() == refused.json()


def test_listing_detail_and_find_never_show_a_foreign_page(world, client):
    client.force_login(world.users["operator"])
    foreign = world.objects["K"].draft
    listed = ids(client.get(f"{API}?limit=100", **XHR))
    own = world.village_a1.home_page
    assert own.pk in listed
    assert foreign.pk not in listed
    assert world.kec_a.home_page_id not in listed
    assert world.kec_a.home_page.get_parent().pk not in listed  # not even its ancestors
    assert client.get(f"{API}{foreign.pk}/", **XHR).status_code == 404
    search = client.get(f"{API}?search=Draf", **XHR)
    assert foreign.pk not in ids(search)


def test_actions_on_a_foreign_page_are_refused_and_change_nothing(world, client):
    client.force_login(world.users["operator"])
    foreign = world.objects["K"].page
    response = client.post(f"{API}{foreign.pk}/action/unpublish/", {}, **XHR)
    assert response.status_code == 404
    foreign.refresh_from_db()
    assert foreign.live


@pytest.mark.parametrize("endpoint", ["images", "documents"])
def test_the_admin_media_api_is_for_superusers_only(world, client, endpoint):
    """It lists every collection's media, and no admin screen needs it."""
    client.force_login(world.users["kec_admin"])
    assert client.get(f"/admin/api/main/{endpoint}/", **XHR).status_code == 404
    client.force_login(world.users["superuser"])
    response = client.get(f"/admin/api/main/{endpoint}/", **XHR)
    assert response.status_code == 200
    assert response.json()["meta"]["total_count"] >= 2


def test_anonymous_visitors_get_nothing_from_the_admin_api(world, client):
    response = client.get(f"{API}?child_of={world.village_a1.home_page_id}", **XHR)
    assert response.status_code in (401, 403)
    assert "items" not in response.content.decode()
