"""Where profile and contact pages may live: under either home, once each."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from profiles.models import ContactPage, ProfilePage
from regulations.models import DocumentIndexPage
from tenants.models import KecamatanHomePage, VillageHomePage, VillageIndexPage


class TestProfileTreeRules(WagtailPageTestCase):
    """assertCanCreateAt / assertCanNotCreateAt for the profile app's page types."""

    def test_profile_and_contact_pages_live_under_both_kinds_of_home(self):
        for model in (ProfilePage, ContactPage):
            with self.subTest(model=model.__name__):
                self.assertCanCreateAt(KecamatanHomePage, model)
                self.assertCanCreateAt(VillageHomePage, model)
                self.assertAllowedParentPageTypes(model, {KecamatanHomePage, VillageHomePage})

    def test_profile_and_contact_pages_live_nowhere_else_and_have_no_children(self):
        for model in (ProfilePage, ContactPage):
            with self.subTest(model=model.__name__):
                self.assertCanNotCreateAt(Page, model)
                self.assertCanNotCreateAt(VillageIndexPage, model)
                self.assertCanNotCreateAt(DocumentIndexPage, model)
                self.assertAllowedSubpageTypes(model, set())


@pytest.mark.django_db
def test_a_home_that_has_its_profile_and_contact_page_cannot_get_a_second(profiles):
    for home in (profiles.kec_a.home_page, profiles.village_a1.home_page):
        assert not ProfilePage.can_create_at(home)
        assert not ContactPage.can_create_at(home)
