"""Where the gallery and its albums may live."""

from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage
from gallery.models import GalleryIndexPage, GalleryPage
from tenants.models import KecamatanHomePage, VillageHomePage, VillageIndexPage


class TestGalleryTreeRules(WagtailPageTestCase):
    """assertCanCreateAt / assertCanNotCreateAt for the gallery page types."""

    def test_gallery_lives_under_both_kinds_of_home(self):
        self.assertCanCreateAt(KecamatanHomePage, GalleryIndexPage)
        self.assertCanCreateAt(VillageHomePage, GalleryIndexPage)
        self.assertAllowedParentPageTypes(GalleryIndexPage, {KecamatanHomePage, VillageHomePage})

    def test_gallery_holds_only_albums_and_albums_hold_nothing(self):
        self.assertAllowedSubpageTypes(GalleryIndexPage, {GalleryPage})
        self.assertAllowedSubpageTypes(GalleryPage, set())

    def test_albums_live_only_in_a_gallery(self):
        self.assertCanNotCreateAt(VillageHomePage, GalleryPage)
        self.assertCanNotCreateAt(EventIndexPage, GalleryPage)
        self.assertCanNotCreateAt(VillageIndexPage, GalleryIndexPage)

    def test_one_gallery_per_home(self):
        self.assertEqual(GalleryIndexPage.max_count_per_parent, 1)
