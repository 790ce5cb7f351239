"""The permission matrix: every role × every kind of object × every action.

Each cell asserts an allow or a deny. An allow is a 200 (or a 302 after a
successful POST); a deny is a real 403 or 404, or the object's absence from
its listing. Anything else (a 500, a redirect to the dashboard) fails the
cell. Requests carry ``X-Requested-With: XMLHttpRequest``, so Wagtail
answers a refused permission with a plain 403 instead of its usual redirect
to the dashboard with a message.

Besides Wagtail's own screens the matrix covers the entry points found
from outside (issue 16): bulk actions, the admin pages API behind the
sidebar explorer, the tag autocomplete, and foreign ids posted in a page
form (lead image, a figure's image in the StreamField, rich-text links to
documents and pages). A form cell posts the id into the role's own page
(``world.role_pages``); its deny is the form coming back with the field's
refusal and nothing saved, not a 403: the editor keeps what they typed.

To add a role: a user in ``conftest.build_users`` and a line in ``REACH``.
To add a kind of object: build it in ``conftest.build_objects`` and add one
line to ``OBJECTS`` mapping its actions to requests.
"""

from urllib.parse import quote

import pytest
from django.utils import timezone
from wagtail.models import Revision
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from cms.models import SiteProfile

pytestmark = pytest.mark.django_db

HOST = "kec-a.test"  # the admin is served on every tenant host; this one is the portal's
XHR = {"HTTP_X_REQUESTED_WITH": "XMLHttpRequest", "HTTP_HOST": HOST}

# Whose objects each role reaches: "K" is kecamatan A's portal, "A1" its first village.
REACH = {
    "superuser": {"K", "A1"},
    "kec_admin": {"K", "A1"},
    "kec_editor": {"K"},
    "operator": {"A1"},
    "other_operator": set(),  # a village operator of kecamatan B
}


def verdict(response, ok=(200,)) -> bool:
    """True for an allow, False for a real deny; fail on anything in between."""
    if response.status_code in ok:
        return True
    assert response.status_code in (403, 404), (
        f"neither allowed nor refused: {response.status_code} {response.get('Location', '')}"
    )
    return False


def get(url):
    return lambda client, obj, own_page: verdict(client.get(url(obj), **XHR))


def post(url, data, ok=(200, 302)):
    return lambda client, obj, own_page: verdict(client.post(url(obj), data(obj), **XHR), ok)


def listed(url, link):
    """Allowed means: the listing answers and links to the object (its edit URL)."""

    def check(client, obj, own_page):
        response = client.get(url(obj), **XHR)
        assert response.status_code == 200
        return f'href="{link(obj)}' in response.text

    return check


def bulk(model_path, attr):
    """A bulk action's confirmation screen for one object: it names the object, or is a 404."""

    def check(client, obj, own_page):
        target = getattr(obj, attr)
        response = client.get(f"/admin/bulk/{model_path}/delete/?id={target.pk}", **XHR)
        allowed = verdict(response)
        assert (target.title in response.text) == allowed
        return allowed

    return check


def api_listed(attr):
    """The explorer's request for the object's siblings: lists it, or refuses the parent."""

    def check(client, obj, own_page):
        page = getattr(obj, attr)
        parent = page.get_parent()
        response = client.get(f"/admin/api/main/pages/?child_of={parent.pk}&for_explorer=1", **XHR)
        if response.status_code == 400:  # the same answer as for a parent that does not exist
            assert response.json() == {"message": "parent page doesn't exist"}
            return False
        assert response.status_code == 200
        return page.pk in [item["id"] for item in response.json()["items"]]

    return check


def tag_suggested(attr):
    """The tag autocomplete suggests the object's tag, or not."""

    def check(client, obj, own_page):
        tag = getattr(obj, attr)
        response = client.get(f"/admin/tag-autocomplete/?term={tag}", **XHR)
        assert response.status_code == 200
        return tag in response.json()

    return check


# The refusal each kind of chosen object gets on its field (access.chosen).
REFUSALS = {
    "page": "di luar situs yang boleh Anda tautkan",
    "image": "bukan dari koleksi gambar Anda",
    "document": "bukan dari koleksi dokumen Anda",
}


def chosen_in_form(kind, fields):
    """Post ``fields(obj)`` in the role's own page form: saved (302), or refused on the field."""

    def check(client, obj, own_page):
        revisions = Revision.page_revisions.filter(object_id=str(own_page.pk)).count()
        data = page_form(own_page, **fields(obj))
        response = client.post(f"/admin/pages/{own_page.pk}/edit/", data, **XHR)
        if response.status_code == 302:
            return True
        assert response.status_code == 200, response.status_code
        assert REFUSALS[kind] in response.text
        assert Revision.page_revisions.filter(object_id=str(own_page.pk)).count() == revisions
        return False

    return check


def paragraph_linking(html):
    return {"body": streamfield([("paragraph", rich_text(f"<p>Lihat {html}.</p>"))])}


def figure_of(image):
    value = {"image": {"image": image.pk, "alt_text": "Foto kegiatan"}, "caption": ""}
    return {"body": streamfield([("figure", value)])}


def page_form(page, **extra) -> dict:
    """A valid edit form for a NewsPage, as the admin would post it."""
    return nested_form_data(
        {
            "title": page.title,
            "slug": page.slug,
            "date": page.date.isoformat(),
            "category": page.category,
            "summary": page.summary,
            "body": streamfield([("paragraph", rich_text("<p>Isi berita.</p>"))]),
            "comments": inline_formset([]),
            **extra,
        }
    )


def page_actions(attr):
    def page(o):
        return getattr(o, attr)

    return {
        "list": listed(
            lambda o: f"/admin/pages/search/?q={quote(page(o).title.split()[0])}",
            lambda o: f"/admin/pages/{page(o).pk}/edit/",
        ),
        "view": get(lambda o: f"/admin/pages/{page(o).pk}/edit/"),
        "edit": post(lambda o: f"/admin/pages/{page(o).pk}/edit/", lambda o: page_form(page(o))),
        "publish": post(
            lambda o: f"/admin/pages/{page(o).pk}/edit/",
            lambda o: page_form(page(o), **{"action-publish": "1"}),
        ),
        "delete": get(lambda o: f"/admin/pages/{page(o).pk}/delete/"),
        "move": get(lambda o: f"/admin/pages/{page(o).pk}/move/"),
        "copy": get(lambda o: f"/admin/pages/{page(o).pk}/copy/"),
        "choose": get(lambda o: f"/admin/choose-page/chosen-multiple/?id={page(o).pk}"),
        "history": get(lambda o: f"/admin/pages/{page(o).pk}/history/"),
        "bulk": bulk("wagtailcore/page", attr),
        "api detail": get(lambda o: f"/admin/api/main/pages/{page(o).pk}/"),
        "api explorer": api_listed(attr),
        "rich-text link": chosen_in_form(
            "page",
            lambda o: paragraph_linking(f'<a linktype="page" id="{page(o).pk}">halaman</a>'),
        ),
    }


def notice_data(o):
    today = timezone.localdate().isoformat()
    return {"site": o.tenant.site_id, "title": "Diubah", "text": "Isi baru.", "valid_from": today}


def case_actions(kind: str, attr: str):
    """A citizens' case (pengaduan or permohonan) in the staff inbox of issue 7."""

    def case(o):
        return getattr(o, attr)

    return {
        "list": listed(
            lambda o: f"/admin/warga/{kind}/?status=semua",
            lambda o: f"/admin/warga/{kind}/{case(o).code}/",
        ),
        "view": get(lambda o: f"/admin/warga/{kind}/{case(o).code}/"),
        "edit": post(
            lambda o: f"/admin/warga/{kind}/{case(o).code}/",
            lambda o: {"note": "Catatan petugas", "public": "on"},
            (302,),
        ),
        "file": get(lambda o: f"/admin/warga/berkas/{case(o).files.first().pk}/"),
    }


def overview_lists():
    """The "Pantauan desa" screen answers and has a row for the owner's village (for the portal
    K: for each of its villages), or refuses."""

    def check(client, obj, own_page):
        response = client.get("/admin/pantauan-desa/", **XHR)
        if not verdict(response):
            return False
        tenant = obj.tenant
        villages = [tenant] if tenant.is_village else list(tenant.villages.all())
        rows = [f'<tr data-village="{village.code}"' in response.text for village in villages]
        assert all(rows) or not any(rows)
        return all(rows)

    return check


OBJECTS = {
    "page": {
        **page_actions("page"),
        "revision compare": get(
            lambda o: (
                f"/admin/pages/{o.page.pk}/revisions/compare/{o.revisions[0]}...{o.revisions[1]}/"
            )
        ),
        # Unpublishing needs the publish permission too.
        "unpublish": get(lambda o: f"/admin/pages/{o.page.pk}/unpublish/"),
    },
    "draft": page_actions("draft"),
    "image": {
        "list": listed(lambda o: "/admin/images/", lambda o: f"/admin/images/{o.image.pk}/"),
        "view": get(lambda o: f"/admin/images/{o.image.pk}/"),
        "edit": post(lambda o: f"/admin/images/{o.image.pk}/", lambda o: {"title": "Diubah"}),
        "delete": get(lambda o: f"/admin/images/{o.image.pk}/delete/"),
        "choose": get(lambda o: f"/admin/images/chooser/chosen/{o.image.pk}/"),
        "history": get(lambda o: f"/admin/images/usage/{o.image.pk}/"),
        "bulk": bulk("wagtailimages/image", "image"),
        "tag": tag_suggested("image_tag"),
        "lead image": chosen_in_form("image", lambda o: {"lead_image": o.image.pk}),
        "stream chooser": chosen_in_form("image", lambda o: figure_of(o.image)),
    },
    "document": {
        "list": listed(
            lambda o: "/admin/documents/", lambda o: f"/admin/documents/edit/{o.document.pk}/"
        ),
        "view": get(lambda o: f"/admin/documents/edit/{o.document.pk}/"),
        "edit": post(
            lambda o: f"/admin/documents/edit/{o.document.pk}/", lambda o: {"title": "Diubah"}
        ),
        "delete": get(lambda o: f"/admin/documents/delete/{o.document.pk}/"),
        "choose": get(lambda o: f"/admin/documents/chooser/chosen/{o.document.pk}/"),
        "history": get(lambda o: f"/admin/documents/usage/{o.document.pk}/"),
        "bulk": bulk("wagtaildocs/document", "document"),
        "tag": tag_suggested("document_tag"),
        "rich-text link": chosen_in_form(
            "document",
            lambda o: paragraph_linking(f'<a linktype="document" id="{o.document.pk}">unduh</a>'),
        ),
    },
    "snippet": {
        "list": listed(
            lambda o: "/admin/snippets/notices/notice/",
            lambda o: f"/admin/snippets/notices/notice/edit/{o.notice.pk}/",
        ),
        "view": get(lambda o: f"/admin/snippets/notices/notice/edit/{o.notice.pk}/"),
        "edit": post(
            lambda o: f"/admin/snippets/notices/notice/edit/{o.notice.pk}/", notice_data, (302,)
        ),
        "delete": get(lambda o: f"/admin/snippets/notices/notice/delete/{o.notice.pk}/"),
        "copy": get(lambda o: f"/admin/snippets/notices/notice/copy/{o.notice.pk}/"),
        "choose": get(lambda o: f"/admin/snippets/choose/notices/notice/chosen/{o.notice.pk}/"),
        "history": get(lambda o: f"/admin/snippets/notices/notice/history/{o.notice.pk}/"),
        "bulk": bulk("notices/notice", "notice"),
    },
    "site setting": {
        "view": get(lambda o: f"/admin/settings/cms/siteprofile/{o.tenant.site_id}/"),
        "edit": post(
            lambda o: f"/admin/settings/cms/siteprofile/{o.tenant.site_id}/",
            lambda o: {
                "display_name": "Diubah",
                "brand_colour": "#1b5e20",
                "leader_title": SiteProfile.objects.get(site=o.tenant.site_id).leader_title,
            },
            (302,),
        ),
    },
    "redirect": {
        "list": listed(
            lambda o: "/admin/pengalihan/", lambda o: f"/admin/pengalihan/edit/{o.redirect.pk}/"
        ),
        "view": get(lambda o: f"/admin/pengalihan/edit/{o.redirect.pk}/"),
        "edit": post(
            lambda o: f"/admin/pengalihan/edit/{o.redirect.pk}/",
            lambda o: {
                "old_path": o.redirect.old_path,
                "site": o.tenant.site_id,
                "is_permanent": "on",
                "redirect_link": "https://example.test/baru",
            },
            (302,),
        ),
        "delete": get(lambda o: f"/admin/pengalihan/delete/{o.redirect.pk}/"),
    },
    "complaint": case_actions("pengaduan", "complaint"),
    "request": case_actions("permohonan", "service_request"),
    # The villages compared side by side (issue 23, item 2).
    "village overview": {"list": overview_lists()},
}


# Actions that choose a page (link to it) rather than act on it.
CHOOSING = {"choose", "rich-text link"}


def expected(role: str, owner: str, kind: str, action: str) -> bool:
    """The rule the matrix proves, with its documented exceptions."""
    if kind in ("page", "draft") and action in CHOOSING and role == "kec_editor":
        return True  # a portal may link to its own villages' pages
    if kind == "village overview" and role in ("kec_editor", "operator"):
        # It compares a kecamatan's villages: for whoever administers the
        # kecamatan. A portal editor does not reach the villages' cases; an
        # operator has their own dashboard.
        return False
    return owner in REACH[role]


CELLS = [
    (role, owner, kind, action)
    for role in REACH
    for owner in ("K", "A1")
    for kind, actions in OBJECTS.items()
    for action in actions
]


@pytest.mark.parametrize(
    ("role", "owner", "kind", "action"), CELLS, ids=["-".join(cell) for cell in CELLS]
)
def test_permission_matrix(world, client, role, owner, kind, action):
    client.force_login(world.users[role])
    allowed = OBJECTS[kind][action](client, world.objects[owner], world.role_pages[role])
    assert allowed == expected(role, owner, kind, action)
