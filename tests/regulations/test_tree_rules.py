"""Where the documents index and documents may live."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from profiles.models import ProfilePage
from regulations.models import DocumentIndexPage, LegalDocumentPage
from tenants.models import KecamatanHomePage, VillageHomePage, VillageIndexPage
from tests.regulations.conftest import index_of


class TestRegulationsTreeRules(WagtailPageTestCase):
    """assertCanCreateAt / assertCanNotCreateAt for the regulations app's page types."""

    def test_documents_index_lives_under_both_kinds_of_home(self):
        self.assertCanCreateAt(KecamatanHomePage, DocumentIndexPage)
        self.assertCanCreateAt(VillageHomePage, DocumentIndexPage)
        self.assertAllowedParentPageTypes(DocumentIndexPage, {KecamatanHomePage, VillageHomePage})
        self.assertCanNotCreateAt(Page, DocumentIndexPage)
        self.assertCanNotCreateAt(VillageIndexPage, DocumentIndexPage)

    def test_documents_live_only_under_the_documents_index_and_have_no_children(self):
        self.assertAllowedSubpageTypes(DocumentIndexPage, {LegalDocumentPage})
        self.assertAllowedParentPageTypes(LegalDocumentPage, {DocumentIndexPage})
        self.assertCanNotCreateAt(VillageHomePage, LegalDocumentPage)
        self.assertCanNotCreateAt(KecamatanHomePage, LegalDocumentPage)
        self.assertCanNotCreateAt(ProfilePage, LegalDocumentPage)
        self.assertAllowedSubpageTypes(LegalDocumentPage, set())


@pytest.mark.django_db
def test_every_home_gets_one_documents_index_in_its_menu_and_no_second(documents):
    for tenant in (documents.kec_a, documents.village_a1, documents.village_b2):
        index = index_of(tenant)
        assert (index.slug, index.title, index.live, index.show_in_menus) == (
            "dokumen",
            "Dokumen dan Peraturan",
            True,
            True,
        )
        assert not DocumentIndexPage.can_create_at(tenant.home_page)
    assert LegalDocumentPage.can_create_at(index_of(documents.village_a1))
