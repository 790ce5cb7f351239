"""The main menu lists the current site's own sections, and no other site's."""

import pytest

pytestmark = pytest.mark.django_db


def nav(html):
    start = html.index('<nav class="main-nav"')
    return html[start : html.index("</nav>", start)]


def test_portal_menu_lists_its_sections(tree, client):
    menu = nav(client.get("/", HTTP_HOST="kec-a.test").text)
    assert 'href="/layanan/"' in menu
    assert 'href="/desa/"' in menu
    assert 'href="/maklumat-pelayanan/"' in menu
    assert 'aria-current="page"' in menu


def test_village_menu_lists_only_its_own_sections(tree, client):
    menu = nav(client.get("/layanan/", HTTP_HOST="satu.kec-a.test").text)
    assert 'href="/layanan/" aria-current="page"' in menu
    assert "/desa/" not in menu
    assert "kec-a.test" not in menu


def test_pages_hidden_from_menus_are_left_out(tree, client):
    from tenants.models import VillageIndexPage

    index = VillageIndexPage.objects.child_of(tree.kec_a.home_page).get()
    index.show_in_menus = False
    index.save_revision().publish()
    assert 'href="/desa/"' not in nav(client.get("/", HTTP_HOST="kec-a.test").text)
