"""The cached menu follows publishing: a cached fragment is never staler than the page cache."""

import pytest
from wagtail.models import Page, PageViewRestriction

pytestmark = pytest.mark.django_db

HOST = "kec-a.test"


@pytest.fixture(autouse=True)
def _fragments_cached(settings):
    settings.PAGECACHE_FRAGMENT_SECONDS = 600


def menu(client) -> str:
    """The main menu's HTML on the portal's home."""
    html = client.get("/", HTTP_HOST=HOST).content.decode()
    start = html.index('<nav class="main-nav"')
    return html[start : html.index("</nav>", start)]


def a_child_of_home(tree) -> Page:
    return tree.kec_a.home_page.get_children().live().first().specific


def test_menu_shows_a_page_added_to_it_once_published(tree, client):
    child = a_child_of_home(tree)
    child.show_in_menus = False
    child.save_revision().publish()
    assert f">{child.title}<" not in menu(client)  # now cached without it
    child.show_in_menus = True
    child.save_revision().publish()
    assert f">{child.title}<" in menu(client)


def test_menu_drops_a_page_made_private(tree, client):
    child = a_child_of_home(tree)
    child.show_in_menus = True
    child.save_revision().publish()
    assert f">{child.title}<" in menu(client)
    restriction = PageViewRestriction.objects.create(
        page=child, restriction_type=PageViewRestriction.LOGIN
    )
    assert f">{child.title}<" not in menu(client)
    restriction.delete()
    assert f">{child.title}<" in menu(client)


def test_menu_marks_the_page_being_read(tree, client):
    child = a_child_of_home(tree)
    child.show_in_menus = True
    child.save_revision().publish()
    menu(client)  # cache the menu while reading the home
    html = client.get(child.url_path[len(tree.kec_a.home_page.url_path) - 1 :], HTTP_HOST=HOST)
    nav = html.content.decode().split('<nav class="main-nav"', 1)[1].split("</nav>", 1)[0]
    assert f'aria-current="page">{child.title}<' in nav
    assert 'href="/" aria-current' not in nav
