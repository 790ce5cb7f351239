"""Where the agenda and its events may live."""

from wagtail.test.utils import WagtailPageTestCase

from events.models import EventIndexPage, EventPage
from services.models import ServiceCatalogPage
from tenants.models import KecamatanHomePage, VillageHomePage, VillageIndexPage


class TestAgendaTreeRules(WagtailPageTestCase):
    """assertCanCreateAt / assertCanNotCreateAt for the agenda page types."""

    def test_agenda_lives_under_both_kinds_of_home(self):
        self.assertCanCreateAt(KecamatanHomePage, EventIndexPage)
        self.assertCanCreateAt(VillageHomePage, EventIndexPage)
        self.assertAllowedParentPageTypes(EventIndexPage, {KecamatanHomePage, VillageHomePage})

    def test_agenda_holds_only_events_and_events_hold_nothing(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_events_live_only_on_an_agenda(self):
        self.assertCanNotCreateAt(KecamatanHomePage, EventPage)
        self.assertCanNotCreateAt(VillageHomePage, EventPage)
        self.assertCanNotCreateAt(ServiceCatalogPage, EventPage)
        self.assertCanNotCreateAt(VillageIndexPage, EventIndexPage)

    def test_one_agenda_per_home(self):
        self.assertEqual(EventIndexPage.max_count_per_parent, 1)
