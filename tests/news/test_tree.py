"""The tree's shape: news and announcement pages live only where they belong."""

import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from news.models import AnnouncementIndexPage, AnnouncementPage, NewsIndexPage, NewsPage
from tenants.models import KecamatanFolder, KecamatanHomePage, VillageHomePage, VillageIndexPage

HOMES = (KecamatanHomePage, VillageHomePage)


class TestNewsTreeRules(WagtailPageTestCase):
    """assertCanCreateAt / assertCanNotCreateAt over the news page types."""

    def test_index_pages_live_under_both_kinds_of_home(self):
        for home in HOMES:
            for index in (NewsIndexPage, AnnouncementIndexPage):
                with self.subTest(home=home.__name__, index=index.__name__):
                    self.assertCanCreateAt(home, index)

    def test_index_pages_live_nowhere_else(self):
        for parent in (Page, KecamatanFolder, VillageIndexPage, NewsIndexPage):
            for index in (NewsIndexPage, AnnouncementIndexPage):
                with self.subTest(parent=parent.__name__, index=index.__name__):
                    self.assertCanNotCreateAt(parent, index)
        self.assertAllowedParentPageTypes(NewsIndexPage, set(HOMES))
        self.assertAllowedParentPageTypes(AnnouncementIndexPage, set(HOMES))

    def test_articles_live_only_in_their_index(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {NewsPage})
        self.assertAllowedSubpageTypes(AnnouncementIndexPage, {AnnouncementPage})
        self.assertAllowedParentPageTypes(NewsPage, {NewsIndexPage})
        self.assertAllowedParentPageTypes(AnnouncementPage, {AnnouncementIndexPage})
        for home in HOMES:
            self.assertCanNotCreateAt(home, NewsPage)
            self.assertCanNotCreateAt(home, AnnouncementPage)
        self.assertCanNotCreateAt(AnnouncementIndexPage, NewsPage)
        self.assertCanNotCreateAt(NewsIndexPage, AnnouncementPage)

    def test_articles_have_no_children(self):
        self.assertAllowedSubpageTypes(NewsPage, set())
        self.assertAllowedSubpageTypes(AnnouncementPage, set())


@pytest.mark.django_db
def test_every_new_tenant_gets_one_news_and_one_announcement_page_in_its_menu(tree):
    for tenant in (tree.kec_a, tree.village_a1, tree.village_b2):
        news = NewsIndexPage.objects.child_of(tenant.home_page).get()
        announcements = AnnouncementIndexPage.objects.child_of(tenant.home_page).get()
        assert (news.slug, news.title) == ("berita", "Berita")
        assert (announcements.slug, announcements.title) == ("pengumuman", "Pengumuman")
        assert news.live and news.show_in_menus and announcements.show_in_menus


@pytest.mark.django_db
def test_a_second_index_cannot_be_added_to_a_home(tree):
    home = tree.village_a1.home_page.specific
    assert not NewsIndexPage.can_create_at(home)
    assert not AnnouncementIndexPage.can_create_at(home)
