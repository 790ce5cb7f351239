"""Where UMKM pages may live, and that every tenant gets its index."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from tenants.models import KecamatanHomePage, VillageHomePage, VillageIndexPage
from tests.umkm.conftest import umkm_index_of
from umkm.models import ProductPage, UmkmIndexPage


class TestUmkmTreeRules(WagtailPageTestCase):
    """assertCanCreateAt / assertCanNotCreateAt over the UMKM page types."""

    def test_the_index_lives_under_both_kinds_of_home_only(self):
        self.assertCanCreateAt(KecamatanHomePage, UmkmIndexPage)
        self.assertCanCreateAt(VillageHomePage, UmkmIndexPage)
        self.assertCanNotCreateAt(Page, UmkmIndexPage)
        self.assertCanNotCreateAt(VillageIndexPage, UmkmIndexPage)
        self.assertCanNotCreateAt(UmkmIndexPage, UmkmIndexPage)
        self.assertAllowedParentPageTypes(UmkmIndexPage, {KecamatanHomePage, VillageHomePage})

    def test_products_live_only_under_the_index_and_hold_nothing(self):
        self.assertCanCreateAt(UmkmIndexPage, ProductPage)
        self.assertCanNotCreateAt(VillageHomePage, ProductPage)
        self.assertCanNotCreateAt(KecamatanHomePage, ProductPage)
        self.assertCanNotCreateAt(ProductPage, ProductPage)
        self.assertAllowedSubpageTypes(UmkmIndexPage, {ProductPage})
        self.assertAllowedSubpageTypes(ProductPage, set())

    def test_a_home_has_at_most_one_index(self):
        self.assertEqual(UmkmIndexPage.max_count_per_parent, 1)


@pytest.mark.django_db
def test_every_onboarded_tenant_gets_a_live_index_in_its_menu_at_slash_umkm(tree, client):
    for tenant in (tree.kec_a, tree.village_a1, tree.kec_b, tree.village_b2):
        index = umkm_index_of(tenant)
        assert (index.title, index.slug, index.live, index.show_in_menus) == (
            "Potensi dan UMKM",
            "umkm",
            True,
            True,
        )
        assert not UmkmIndexPage.can_create_at(tenant.home_page)  # max one per home
    response = client.get("/umkm/", HTTP_HOST="satu.kec-a.test")
    assert response.status_code == 200
    assert "<h1>Potensi dan UMKM</h1>" in response.text
