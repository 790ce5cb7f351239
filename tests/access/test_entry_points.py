"""The admin's entry points: every URL classified, and the ones found open from outside.

DESIGN.md: "Every admin screen Wagtail adds (bulk actions, usage, tag
autocomplete, choosers, reports) is an entry point; when Wagtail is
upgraded, list its admin URLs again and check each against the reach."

* **The registry** (``access.entry_points``): a URL under ``/admin/`` that
  nobody has classified fails here, so after a Wagtail upgrade, or when an
  app or viewset adds a screen, someone decides whether Wagtail's
  permissions, the project's scoping, superusers only, or nothing at all
  keeps each tenant inside its reach. Superuser-only screens are requested
  as a kecamatan admin to prove it.
* **Bulk actions** (issue 16, finding 2): Wagtail's bulk-action screens
  listed the title of any id they were given ("You don't have permission to
  delete these pages: …"), drafts, private documents and notices included,
  and ``id=all`` / ``childOf`` selected other sites' objects. Every bulk
  action Wagtail 8.0 registers is swept; one without a sample fails.
* **The admin pages API** behind the sidebar explorer (issue 23, item 1):
  it answered 403 to everyone but the superuser, so "Halaman" showed
  "Kesalahan server"; it now answers within the reach
  (``access.admin_api``). The browser side is
  ``tests/browser/test_admin_explorer.py``.
* **Tags** (issue 16, finding 11): the autocomplete, the media listings'
  tag filter and the image chooser's popular tags showed every tenant's.
  Each object of the world carries a tag named after its owner
  (``tanda-gambar-k``, ``tanda-dokumen-a1``, …).

All of it shares one ``world`` (built once for the module).
"""

import pytest
from django.conf import settings
from django.urls import URLResolver, get_resolver
from wagtail.admin.views.bulk_action.registry import bulk_action_registry

from access import entry_points
from access.entry_points import SUPERUSER, classify
from access.tags import popular_tags_in_reach, tags_in_reach
from tests.access.test_matrix import XHR

pytestmark = pytest.mark.django_db

ADMIN = "admin/"
API = "/admin/api/main/pages/"


# --- Every admin URL is classified ----------------------------------------------


def admin_urls():
    """``(view name or None, route)`` of every URL pattern under /admin/."""

    def walk(patterns, prefix="", namespaces=()):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = namespaces + ((pattern.namespace,) if pattern.namespace else ())
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern), inner)
            else:
                name = ":".join((*namespaces, pattern.name)) if pattern.name else None
                yield name, prefix + str(pattern.pattern)

    return [url for url in walk(get_resolver().url_patterns) if url[1].startswith(ADMIN)]


def test_every_admin_url_is_classified():
    urls = admin_urls()
    assert len(urls) > 200  # the walk found Wagtail's admin
    unclassified = sorted(
        f"{name or '(unnamed)'}  /{route}" for name, route in urls if classify(name, route) is None
    )
    assert unclassified == [], (
        "Admin URLs nobody has classified yet; decide for each in access/entry_points.py:\n"
        + "\n".join(unclassified)
    )


def test_the_registry_lists_no_url_that_is_gone():
    """A stale entry would hide that a screen was renamed: keep the list exact."""
    names = {name for name, _route in admin_urls()}
    assert sorted(set(entry_points.ENTRY_POINTS) - names) == []


def test_wagtail_page_search_still_filters_by_permissions():
    """The explorer's search is classified WAGTAIL because of this setting's default."""
    assert getattr(settings, "WAGTAILADMIN_PAGE_SEARCH_FILTER_BY_PERMISSIONS", True) is True


SUPERUSER_SCREENS = [
    name
    for name, route in admin_urls()
    if name and classify(name, route) == SUPERUSER and "<" not in route and "(?P" not in route
]


@pytest.mark.parametrize("name", SUPERUSER_SCREENS)
def test_superuser_only_screens_refuse_a_kecamatan_admin(world, client, name):
    """The classification is honest: the most trusted tenant role is refused each one."""
    route = dict((n, r) for n, r in admin_urls())[name]
    client.force_login(world.users["kec_admin"])
    response = client.get(f"/{route.replace('^', '')}", **XHR)
    assert response.status_code in (403, 404), (name, response.status_code)


def test_the_workflow_task_chooser_names_no_task_to_a_tenant(world, client):
    """Wagtail's task chooser had no permission check: every kecamatan's tasks by name."""
    from wagtail.models import Task

    task = Task.objects.create(name="Persetujuan kecamatan lain")
    client.force_login(world.users["kec_admin"])
    for url in (
        "/admin/workflows/task_chooser/",
        "/admin/workflows/task_chooser/results/",
        f"/admin/workflows/task_chooser/{task.pk}/",
    ):
        response = client.get(url, **XHR)
        assert response.status_code == 404, url
        assert task.name not in response.text


# --- Bulk actions --------------------------------------------------------------


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


# --- The admin pages API behind the sidebar explorer ---------------------------


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


# --- Tags -----------------------------------------------------------------------


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
