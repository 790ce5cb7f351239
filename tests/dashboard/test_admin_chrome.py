"""Fewer menus for operators, sensible page types, and "Terbitkan" as the big button."""

import re

import pytest
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from wagtail.admin.action_menu import PageActionMenu
from wagtail.admin.menu import admin_menu
from wagtail.models import Page

from gallery.models import GalleryIndexPage, GalleryPage
from news.models import AnnouncementIndexPage, AnnouncementPage, NewsIndexPage, NewsPage
from services.models import ServicePage
from tenants import moderation
from tenants.models import KecamatanHomePage, VillageHomePage

pytestmark = pytest.mark.django_db

HIDDEN_FOR_OPERATORS = {"reports", "help"}


def admin_request(user, tenant):
    request = RequestFactory().get("/admin/", HTTP_HOST=tenant.site.hostname)
    request.user = type(user).objects.get(pk=user.pk)
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def menu_names(user, tenant) -> set[str]:
    return {item.name for item in admin_menu.menu_items_for_request(admin_request(user, tenant))}


def test_operator_menu_hides_reports_and_help(world):
    names = menu_names(world.users["operator"], world.village_a1)
    assert not names & HIDDEN_FOR_OPERATORS
    # What they work with stays.
    assert {"explorer", "images", "documents", "pengaduan-permohonan"} <= names


@pytest.mark.parametrize("role", ["superuser", "kec_admin"])
def test_others_keep_reports_and_help(world, role):
    assert menu_names(world.users[role], world.kec_a) >= HIDDEN_FOR_OPERATORS


def test_operator_sidebar_has_no_reports_or_help(world, login):
    html = login(world.users["operator"]).get("/admin/", HTTP_HOST="kec-a.test").text
    assert '"name": "reports"' not in html and '"name": "help"' not in html
    html = login(world.users["superuser"]).get("/admin/", HTTP_HOST="kec-a.test").text
    assert '"name": "reports"' in html


def section(tenant, model):
    return model.objects.child_of(tenant.home_page).get()


def offered(user, parent) -> set:
    """Page types the add-child chooser offers ``user`` under ``parent``."""
    parent = parent.specific
    if not parent.permissions_for_user(user).can_add_subpage():
        return set()
    return {m for m in type(parent).creatable_subpage_models() if m.can_create_at(parent)}


def test_operator_is_offered_only_the_child_type_of_each_section(world):
    user = world.users["operator"]
    village = world.village_a1
    expected = {
        NewsIndexPage: {NewsPage},
        AnnouncementIndexPage: {AnnouncementPage},
        GalleryIndexPage: {GalleryPage},
    }
    for index_model, children in expected.items():
        assert offered(user, section(village, index_model)) == children


def test_operator_is_never_offered_tenant_roots_or_kecamatan_only_types(world):
    user = world.users["operator"]
    from services.models import ServiceCatalogPage
    from tenants.models import KecamatanFolder, VillageIndexPage

    never = {KecamatanFolder, KecamatanHomePage, VillageHomePage, VillageIndexPage}
    never.add(ServiceCatalogPage)
    pages = Page.objects.descendant_of(world.village_a1.home_page, inclusive=True).specific()
    for page in pages:
        assert not offered(user, page) & never, page
    # Every section of a home exists once: the home offers only what is still missing.
    home_offer = offered(user, world.village_a1.home_page)
    present = {type(p) for p in world.village_a1.home_page.get_children().specific()}
    assert not home_offer & present


def test_operator_may_add_nothing_outside_their_village(world):
    user = world.users["operator"]
    for tenant in (world.kec_a, world.village_a2, world.village_b1):
        assert offered(user, section(tenant, NewsIndexPage)) == set()


def action_menu(user, tenant, parent=None, page=None):
    request = admin_request(user, tenant)
    if page is not None:
        return PageActionMenu(request, view="edit", page=page, lock=None, locked_for_user=False)
    return PageActionMenu(
        request, view="create", parent_page=parent, lock=None, locked_for_user=False
    )


def test_publish_is_the_big_button_for_an_operator(world):
    index = section(world.village_a1, NewsIndexPage)
    menu = action_menu(world.users["operator"], world.village_a1, parent=index)
    assert menu.default_item.name == "action-publish"
    assert "action-save-draft" in [item.name for item in menu.menu_items]
    assert "Terbitkan" in menu.render_html()
    page = world.news["A1"].specific
    menu = action_menu(world.users["operator"], world.village_a1, page=page)
    assert menu.default_item.name == "action-publish"


def test_submit_is_the_big_button_when_the_village_needs_approval(world):
    moderation.set_moderation(world.village_a1, True)
    index = section(world.village_a1, NewsIndexPage)
    menu = action_menu(world.users["operator"], world.village_a1, parent=index)
    assert menu.default_item.name == "action-submit"
    names = [item.name for item in menu.menu_items]
    assert "action-publish" not in names and "action-save-draft" in names
    assert "Ajukan untuk ditinjau" in menu.render_html()
    # The kecamatan admin, who approves, may still publish straight away.
    menu = action_menu(world.users["kec_admin"], world.village_a1, parent=index)
    assert menu.default_item.name == "action-publish"


def test_the_rule_is_the_same_for_kecamatan_editors(world):
    index = section(world.kec_a, NewsIndexPage)
    menu = action_menu(world.users["kec_editor"], world.kec_a, parent=index)
    assert menu.default_item.name == "action-publish"


def test_the_add_news_form_renders_publish_first(world, login):
    index = section(world.village_a1, NewsIndexPage)
    html = (
        login(world.users["operator"])
        .get(f"/admin/pages/add/news/newspage/{index.pk}/", HTTP_HOST="kec-a.test")
        .text
    )
    actions = re.findall(r'name="(action-[a-z-]+)"', html)
    assert actions[0] == "action-publish"
    # "Save draft" (a button without a name) now sits in the drop-up, after it.
    footer = html[html.index('<footer class="footer') :]
    assert footer.index('name="action-publish"') < footer.index("action-save button-longrunning")


def test_service_pages_stay_where_they_fit(world):
    """A village's local services go under its own service list, never the portal's."""
    from services.models import VillageServiceIndexPage

    user = world.users["operator"]
    assert offered(user, section(world.village_a1, VillageServiceIndexPage)) == {ServicePage}
