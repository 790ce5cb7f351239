"""Isolation beyond the matrix: advisories, choosers, listings, forms, documents, settings.

One regression test per Wagtail advisory of this kind (a page chooser
"chosen" call with a foreign id, a copy of a foreign page into one's own
site, a revision compare and a page history of a foreign page), then the
places where the project itself scopes what Wagtail does not.
"""

import pytest
from wagtail.models import GroupSitePermission, Page

from tests.access.test_matrix import HOST, XHR

pytestmark = pytest.mark.django_db


@pytest.fixture
def as_operator(world, client):
    """The test client logged in as the operator of village A1."""
    client.force_login(world.users["operator"])
    return client


def foreign(world):
    """Kecamatan A's portal objects: foreign to village A1's operator."""
    return world.objects["K"]


# --- Wagtail advisories -----------------------------------------------------


def test_chooser_chosen_endpoint_refuses_a_foreign_page_id(world, as_operator):
    own = world.objects["A1"].page
    response = as_operator.get(
        f"/admin/choose-page/chosen-multiple/?id={foreign(world).page.pk}", **XHR
    )
    assert response.status_code == 404
    mixed = as_operator.get(
        f"/admin/choose-page/chosen-multiple/?id={own.pk}&id={foreign(world).page.pk}", **XHR
    )
    assert mixed.status_code == 404
    assert (
        as_operator.get(f"/admin/choose-page/chosen-multiple/?id={own.pk}", **XHR).status_code
        == 200
    )


def test_copying_a_foreign_page_into_own_site_is_refused_and_creates_nothing(world, as_operator):
    source = foreign(world).page
    own_index = world.objects["A1"].page.get_parent()
    before = Page.objects.count()
    response = as_operator.post(
        f"/admin/pages/{source.pk}/copy/",
        {
            "new_title": "Salinan",
            "new_slug": "salinan",
            "new_parent_page": own_index.pk,
            "copy_subpages": "",
            "publish_copies": "",
        },
        **XHR,
    )
    assert response.status_code == 403
    assert Page.objects.count() == before
    assert not Page.objects.filter(slug="salinan").exists()


def test_revision_compare_of_a_foreign_page_is_refused(world, as_operator):
    k = foreign(world)
    url = f"/admin/pages/{k.page.pk}/revisions/compare/{k.revisions[0]}...{k.revisions[1]}/"
    response = as_operator.get(url, **XHR)
    assert response.status_code == 403
    assert k.page.title not in response.text


def test_page_history_of_a_foreign_page_is_refused(world, as_operator):
    response = as_operator.get(f"/admin/pages/{foreign(world).page.pk}/history/", **XHR)
    assert response.status_code == 403


def test_revisions_of_own_page_stay_open_to_the_operator(world, as_operator):
    a1 = world.objects["A1"]
    url = f"/admin/pages/{a1.page.pk}/revisions/compare/{a1.revisions[0]}...{a1.revisions[1]}/"
    response = as_operator.get(url, **XHR)
    assert response.status_code == 200
    assert "revisi" in response.text


# --- Page chooser -------------------------------------------------------------


def test_chooser_search_offers_only_own_site_pages(world, as_operator):
    response = as_operator.get("/admin/choose-page/search/?q=Berita", **XHR)
    assert response.status_code == 200
    assert (
        f'data-id="{world.objects["A1"].page.pk}"' in response.text or "Berita A1" in response.text
    )
    assert "Berita K" not in response.text


def test_chooser_browsing_a_foreign_parent_is_refused_but_ancestors_are_browsable(
    world, as_operator
):
    portal = world.kec_a.home_page
    assert as_operator.get(f"/admin/choose-page/{portal.pk}/", **XHR).status_code == 404
    folder = portal.get_parent()
    response = as_operator.get(f"/admin/choose-page/{folder.pk}/", **XHR)
    assert response.status_code == 200
    assert world.village_a1.home_page.title in response.text
    assert world.village_a2.home_page.title not in response.text
    assert portal.title not in response.text.replace(folder.title, "")


def test_kecamatan_editor_may_choose_pages_of_its_villages_but_not_another_kecamatan(world, client):
    client.force_login(world.users["kec_editor"])
    village_page = world.objects["A1"].page
    assert (
        client.get(f"/admin/choose-page/chosen-multiple/?id={village_page.pk}", **XHR).status_code
        == 200
    )
    other = world.village_b1.home_page
    assert (
        client.get(f"/admin/choose-page/chosen-multiple/?id={other.pk}", **XHR).status_code == 404
    )


# --- Listings that Wagtail already scopes, proven ----------------------------


def test_explorer_of_a_foreign_page_sends_the_operator_to_its_own_root(world, as_operator):
    response = as_operator.get(f"/admin/pages/{world.kec_a.home_page.pk}/", HTTP_HOST="kec-a.test")
    assert response.status_code == 302
    assert response["Location"].endswith(f"/admin/pages/{world.village_a1.home_page.pk}/")


def test_reports_list_no_foreign_pages(world, as_operator):
    # Site history and page types usage are refused outright (see below).
    for url in ("/admin/reports/aging-pages/", "/admin/reports/locked/"):
        response = as_operator.get(url, **XHR)
        assert response.status_code == 200
        assert "Berita K" not in response.text
        assert "Tiga" not in response.text


# --- Redirects, snippets and settings: forms and screens ----------------------


def test_wagtail_all_sites_redirect_screen_is_for_superusers_only(world, client):
    client.force_login(world.users["operator"])
    assert client.get("/admin/redirects/", **XHR).status_code == 404
    client.force_login(world.users["superuser"])
    assert client.get("/admin/redirects/", **XHR).status_code == 200


@pytest.mark.parametrize("role", ["operator", "kec_editor", "kec_admin"])
@pytest.mark.parametrize("report", ["page-types-usage", "site-history"])
def test_install_wide_reports_are_for_superusers_only(world, client, role, report):
    """They would name other tenants' pages, objects and editors."""
    client.force_login(world.users[role])
    assert client.get(f"/admin/reports/{report}/", HTTP_HOST=HOST).status_code == 404
    assert client.get(f"/admin/reports/{report}/results/", HTTP_HOST=HOST).status_code == 404
    menu = client.get("/admin/", HTTP_HOST=HOST).text
    assert f"/admin/reports/{report}/" not in menu
    client.force_login(world.users["superuser"])
    assert client.get(f"/admin/reports/{report}/", HTTP_HOST=HOST).status_code == 200


def test_operator_cannot_create_an_all_sites_or_foreign_redirect(world, as_operator):
    site_a1 = world.village_a1.site_id
    add = "/admin/pengalihan/new/"
    form = as_operator.get(add, **XHR).text
    assert f'value="{site_a1}"' in form
    assert f'value="{world.kec_a.site_id}"' not in form
    for site in ("", world.kec_a.site_id):
        data = {"old_path": "/x", "site": site, "redirect_link": "https://example.test/"}
        response = as_operator.post(add, data, **XHR)
        assert response.status_code == 200  # the form again, with an error
        assert "errorlist" in response.text or "error-message" in response.text
    ok = as_operator.post(
        add, {"old_path": "/x", "site": site_a1, "redirect_link": "https://example.test/"}, **XHR
    )
    assert ok.status_code == 302


def test_notice_site_choice_is_limited_to_own_sites(world, client):
    client.force_login(world.users["kec_admin"])
    form = client.get("/admin/snippets/notices/notice/add/", **XHR).text
    for tenant in (world.kec_a, world.village_a1, world.village_a2):
        assert f'value="{tenant.site_id}"' in form
    for tenant in (world.kec_b, world.village_b1):
        assert f'value="{tenant.site_id}"' not in form


def test_site_settings_switcher_lists_only_own_sites(world, client):
    client.force_login(world.users["kec_admin"])
    response = client.get(f"/admin/settings/cms/siteprofile/{world.kec_a.site_id}/", **XHR)
    assert response.status_code == 200
    assert world.village_a2.site.site_name in response.text
    assert world.kec_b.site.site_name not in response.text
    client.force_login(world.users["operator"])
    response = client.get("/admin/settings/cms/siteprofile/", HTTP_HOST="kec-a.test")
    # Opened from the portal's host, the operator lands on its own site's settings.
    assert response["Location"].endswith(f"/siteprofile/{world.village_a1.site_id}/")


def test_onboarding_grants_site_permissions_to_editors_and_kecamatan_admins(world):
    village = world.village_b2
    groups = set(
        GroupSitePermission.objects.filter(site=village.site).values_list("group_id", flat=True)
    )
    assert groups == {village.editor_group_id, world.kec_b.admin_group_id}
    codenames = set(
        GroupSitePermission.objects.filter(
            site=village.site, group=village.editor_group
        ).values_list("permission__codename", flat=True)
    )
    assert {"change_siteprofile", "add_redirect", "change_notice"} <= codenames


# --- Documents served per tenant ---------------------------------------------


def document_url(document) -> str:
    return f"/documents/{document.pk}/{document.filename}"


@pytest.mark.parametrize(
    ("owner", "host", "served"),
    [
        ("A1", "satu.kec-a.test", True),  # its own site
        ("A1", "kec-a.test", True),  # its kecamatan's portal
        ("A1", "dua.kec-a.test", False),  # a sibling village
        ("A1", "kec-b.test", False),  # another kecamatan
        ("K", "kec-a.test", True),
        ("K", "dua.kec-a.test", True),  # a village of the same kecamatan (shared services)
        ("K", "tiga.kec-b.test", False),
    ],
)
def test_documents_are_served_only_on_their_tenants_family_of_sites(
    world, client, owner, host, served
):
    response = client.get(document_url(world.objects[owner].document), HTTP_HOST=host)
    assert response.status_code == (200 if served else 404)


def test_staff_who_may_use_a_document_get_it_on_any_host(world, client):
    document = world.objects["A1"].document
    client.force_login(world.users["kec_admin"])
    assert client.get(document_url(document), HTTP_HOST="kec-b.test").status_code == 200
    client.force_login(world.users["other_operator"])
    assert client.get(document_url(document), HTTP_HOST="kec-b.test").status_code == 404


# --- Notices on the home page ------------------------------------------------


def test_home_page_shows_its_own_current_notices_only(world, client):
    html = client.get("/", HTTP_HOST="satu.kec-a.test").text
    assert "Pemberitahuan A1" in html
    assert "Pemberitahuan K" not in html
    portal = client.get("/", HTTP_HOST="kec-a.test").text
    assert "Pemberitahuan K" in portal
    assert "Pemberitahuan A1" not in portal
