"""Bulk actions (``/admin/bulk/…``) answer only within the user's reach (issue 16, finding 2).

Wagtail's bulk-action screens listed the title of any id they were given
("You don't have permission to delete these pages: …"), drafts, private
documents and notices included, and ``id=all`` / ``childOf`` selected
other sites' objects. Every bulk action Wagtail 8.0 registers is swept
here: a registered action without a sample object below fails the test, so
a new one (after an upgrade, or from an app) is looked at.
"""

import pytest
from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from tests.access.test_matrix import XHR

pytestmark = pytest.mark.django_db


def foreign_sample(world, app_label, model_name):
    """An object of the model owned by kecamatan A's portal: foreign to village A1's operator."""
    k = world.objects["K"]
    samples = {
        ("wagtailcore", "page"): (k.draft, k.draft.title),
        ("wagtailimages", "image"): (k.image, k.image.title),
        ("wagtaildocs", "document"): (k.document, k.document.title),
        ("notices", "notice"): (k.notice, k.notice.title),
        ("auth", "user"): (world.users["kec_admin"], world.users["kec_admin"].username),
    }
    return samples[(app_label, model_name)]


def registered_bulk_actions():
    bulk_action_registry._scan_for_bulk_actions()
    return [
        (app_label, model_name, action)
        for app_label, models in bulk_action_registry.actions.items()
        for model_name, actions in models.items()
        for action in actions
    ]


def test_wagtail_registers_the_bulk_actions_this_sweep_knows():
    models = {(app, model) for app, model, _action in registered_bulk_actions()}
    assert models == {
        ("wagtailcore", "page"),
        ("wagtailimages", "image"),
        ("wagtaildocs", "document"),
        ("notices", "notice"),
        ("auth", "user"),
    }


@pytest.mark.parametrize(("app_label", "model_name", "action"), registered_bulk_actions())
def test_every_bulk_action_answers_404_for_a_foreign_id_and_names_nothing(
    world, client, app_label, model_name, action
):
    client.force_login(world.users["operator"])
    obj, label = foreign_sample(world, app_label, model_name)
    url = f"/admin/bulk/{app_label}/{model_name}/{action}/"
    for query in (f"id={obj.pk}", f"id={obj.pk}&id=999999", "id=x", "id=99999999999999999999"):
        response = client.get(f"{url}?{query}", **XHR)
        assert response.status_code == 404, query
        assert label not in response.text
    refused = client.post(f"{url}?id={obj.pk}", {}, **XHR)
    assert refused.status_code == 404
    type(obj).objects.get(pk=obj.pk)  # still there


@pytest.mark.parametrize(
    ("model_path", "attr", "foreign_label"),
    [
        ("wagtailcore/page", "draft", "Draf K"),
        ("wagtailimages/image", "image", "Gambar K"),
        ("wagtaildocs/document", "document", "Dokumen K"),
        ("notices/notice", "notice", "Pemberitahuan K"),
    ],
)
def test_bulk_id_all_lists_only_the_users_own_objects(
    world, client, model_path, attr, foreign_label
):
    client.force_login(world.users["operator"])
    own = getattr(world.objects["A1"], attr)
    response = client.get(f"/admin/bulk/{model_path}/delete/?id=all", **XHR)
    assert response.status_code == 200
    assert own.title in response.text
    assert foreign_label not in response.text
    assert "Tiga" not in response.text  # nothing of kecamatan B either


def test_bulk_id_all_of_a_search_lists_only_own_pages(world, client):
    client.force_login(world.users["operator"])
    response = client.get("/admin/bulk/wagtailcore/page/delete/?id=all&q=Draf", **XHR)
    assert response.status_code == 200
    assert "Draf A1" in response.text
    assert "Draf K" not in response.text


def test_bulk_child_of_a_foreign_page_or_collection_is_a_404(world, client):
    client.force_login(world.users["operator"])
    k = world.objects["K"]
    foreign_index = k.draft.get_parent()
    for url in (
        f"/admin/bulk/wagtailcore/page/publish/?id=all&childOf={foreign_index.pk}",
        f"/admin/bulk/wagtailimages/image/delete/?id=all&childOf={k.tenant.collection_id}",
        "/admin/bulk/wagtaildocs/document/delete/?id=all&childOf=x",
    ):
        response = client.get(url, **XHR)
        assert response.status_code == 404, url
        assert "Draf K" not in response.text
    own_index = world.objects["A1"].draft.get_parent()
    response = client.get(
        f"/admin/bulk/wagtailcore/page/publish/?id=all&childOf={own_index.pk}", **XHR
    )
    assert response.status_code == 200
    assert "Draf A1" in response.text


def test_bulk_delete_of_own_and_foreign_ids_together_deletes_nothing(world, client):
    client.force_login(world.users["operator"])
    own, foreign = world.objects["A1"].notice, world.objects["K"].notice
    response = client.post(
        f"/admin/bulk/notices/notice/delete/?id={own.pk}&id={foreign.pk}", {}, **XHR
    )
    assert response.status_code == 404
    assert type(own).objects.filter(pk__in=[own.pk, foreign.pk]).count() == 2


def test_user_bulk_actions_are_for_superusers_only(world, client):
    target = world.users["operator"]
    client.force_login(world.users["kec_admin"])
    response = client.get(f"/admin/bulk/auth/user/set_active_state/?id={target.pk}", **XHR)
    assert response.status_code == 404
    client.force_login(world.users["superuser"])
    response = client.get(f"/admin/bulk/auth/user/set_active_state/?id={target.pk}", **XHR)
    assert response.status_code == 200
    assert target.username in response.text


def test_a_kecamatan_admin_bulk_publishes_its_villages_pages(world, client):
    """Within the reach, bulk actions work as Wagtail made them."""
    client.force_login(world.users["kec_admin"])
    draft = world.objects["A1"].draft
    response = client.post(f"/admin/bulk/wagtailcore/page/publish/?id={draft.pk}", {}, **XHR)
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.live
    draft.unpublish()
