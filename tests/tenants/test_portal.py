"""The portal links to its villages and redirects /desa/<slug>/ to their sites."""

import pytest
from wagtail.models import Page, Site

from tenants import scoping
from tests.conftest import build_tree
from tests.factories import VillageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def tree(db):
    """Built in each test here, not once per module: this module's other
    tests onboard into, or count the sites of, a database without it."""
    return build_tree()


def test_portal_home_lists_its_own_villages_only(tree, client):
    response = client.get("/", HTTP_HOST="kec-a.test")
    html = response.text
    assert 'href="http://satu.kec-a.test/"' in html
    assert 'href="http://dua.kec-a.test/"' in html
    assert "tiga.kec-b.test" not in html
    assert 'href="/desa/"' in html


def test_village_directory_lists_villages_by_name_with_codes(tree, client):
    response = client.get("/desa/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    names = [v.name for v in response.context["villages"]]
    assert names == ["Dua", "Satu"]
    assert "16.74.04.1001" in response.text
    assert "Empat" not in response.text


def test_desa_slug_redirects_to_the_village_site(tree, client):
    response = client.get("/desa/satu/", HTTP_HOST="kec-a.test")
    assert response.status_code == 302
    assert response["Location"] == "http://satu.kec-a.test/"


def test_desa_slug_of_another_kecamatan_is_404(tree, client):
    assert client.get("/desa/tiga/", HTTP_HOST="kec-a.test").status_code == 404
    assert client.get("/desa/tidak-ada/", HTTP_HOST="kec-a.test").status_code == 404


def test_unpublished_village_is_hidden_from_the_directory_and_redirect(tree, client):
    tree.village_a1.home_page.unpublish()
    assert client.get("/desa/satu/", HTTP_HOST="kec-a.test").status_code == 404
    assert "satu.kec-a.test" not in client.get("/desa/", HTTP_HOST="kec-a.test").text


def test_redirect_uses_the_village_site_port(tree, client):
    village = VillageFactory(kecamatan=tree.kec_a, serial=2020, name="Berport")
    Site.objects.filter(pk=village.site.pk).update(port=8000)
    response = client.get("/desa/berport/", HTTP_HOST="kec-a.test")
    assert response["Location"] == "http://berport.kec-a.test:8000/"


def test_site_scope_holds_only_the_current_site(tree, rf):
    request = rf.get("/", HTTP_HOST="satu.kec-a.test")
    pages = list(scoping.site_pages(request))
    home = tree.village_a1.home_page
    assert home.pk in {page.pk for page in pages}
    assert all(page.path.startswith(home.path) for page in pages)
    assert len(pages) > 1, "the village's own subpages (e.g. /layanan/) are in scope too"


def test_kecamatan_scope_holds_portal_and_own_villages_not_other_kecamatan(tree, rf):
    request = rf.get("/", HTTP_HOST="kec-a.test")
    pks = set(scoping.kecamatan_pages(request).values_list("pk", flat=True))
    assert tree.kec_a.home_page.pk in pks
    assert tree.village_a1.home_page.pk in pks
    assert tree.village_a2.home_page.pk in pks
    assert tree.kec_b.home_page.pk not in pks
    assert tree.village_b1.home_page.pk not in pks
    # The non-routable folder itself is never part of a public scope.
    assert tree.kec_a.home_page.get_parent().pk not in pks


def test_kecamatan_scope_on_a_village_is_the_village_only(tree, rf):
    request = rf.get("/", HTTP_HOST="dua.kec-a.test")
    home = tree.village_a2.home_page
    pages = list(scoping.kecamatan_pages(request))
    assert home.pk in {page.pk for page in pages}
    assert all(page.path.startswith(home.path) for page in pages)
    assert list(scoping.villages_of_current_kecamatan(request)) == []


def test_fresh_install_has_no_placeholder_site(db):
    assert not Site.objects.exists()
    assert Page.objects.filter(depth=2).count() == 0


def test_label_pages_names_the_village_and_drops_other_kecamatan(
    tree, rf, django_assert_num_queries
):
    request = rf.get("/", HTTP_HOST="kec-a.test")
    scoping.current_tenant(request)  # resolve the site and tenant first
    pages = [
        tree.kec_a.home_page,
        tree.village_a1.home_page,
        tree.kec_b.home_page,
        tree.village_b1.home_page,
    ]
    with django_assert_num_queries(1):
        labelled = scoping.label_pages(request, pages)
    assert [(page.pk, tenant.code) for page, tenant in labelled] == [
        (tree.kec_a.home_page.pk, "16.74.04"),
        (tree.village_a1.home_page.pk, "16.74.04.1001"),
    ]


def test_label_pages_on_a_village_keeps_only_its_own(tree, rf):
    request = rf.get("/", HTTP_HOST="dua.kec-a.test")
    labelled = scoping.label_pages(request, [tree.village_a1.home_page, tree.village_a2.home_page])
    assert [tenant.code for _page, tenant in labelled] == ["16.74.04.2008"]
