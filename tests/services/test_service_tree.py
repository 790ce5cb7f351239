"""Where service pages may live in the page tree.

A module of its own: a unittest ``TestCase`` class run between tests that
share the module's tree (``tests/conftest.py``) closes the database
connection under it on PostgreSQL.
"""

from wagtail.test.utils import WagtailPageTestCase

from services.models import (
    ServiceCatalogPage,
    ServicePage,
    ServicePledgePage,
    VillageServiceIndexPage,
)
from tenants.models import KecamatanHomePage, VillageHomePage


class TestServiceTree(WagtailPageTestCase):
    def test_services_live_only_in_catalogues(self):
        self.assertAllowedParentPageTypes(
            ServicePage, {ServiceCatalogPage, VillageServiceIndexPage}
        )
        self.assertCanNotCreateAt(KecamatanHomePage, ServicePage)
        self.assertCanNotCreateAt(VillageHomePage, ServicePage)

    def test_the_shared_catalogue_lives_on_the_portal_and_village_finders_on_villages(self):
        self.assertCanCreateAt(KecamatanHomePage, ServiceCatalogPage)
        self.assertCanNotCreateAt(VillageHomePage, ServiceCatalogPage)
        self.assertCanCreateAt(VillageHomePage, VillageServiceIndexPage)
        self.assertCanNotCreateAt(KecamatanHomePage, VillageServiceIndexPage)
        self.assertCanCreateAt(KecamatanHomePage, ServicePledgePage)
