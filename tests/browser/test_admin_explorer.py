"""The sidebar's page menu ("Halaman") works for every role and shows only its reach.

In headless Chromium on the seeded demo, each role opens the sidebar page
explorer: a village operator (``operator.karangan``), a kecamatan editor
(created here by the superuser, as the demo has none) and a kecamatan admin
(``camat.rkt``). The menu must start at the role's own root (the village
home, the portal, the kecamatan's folder) and list exactly that page's
children, as the superuser sees them, with no "Kesalahan server" and no
"Lihat semua" link to a page that does not exist (issue 23: the admin pages
API answered 403 to everyone but the superuser).
"""

import re

import pytest

from tests.browser.conftest import skip_without_browser

pytestmark = pytest.mark.browser
skip_without_browser()

PASSWORD = "uji-browser-2026"  # the browser demo's DEMO_PASSWORD
EDITOR = "editor.rkt.uji"
EDITOR_GROUP = "Editor Kecamatan Rambang Kapak Tengah (16.74.04)"
PAGE_LINK = re.compile(r"/admin/pages/(\d+)/$")

# role → (username, host it signs in on, page type the menu must start at, its title)
ROLES = {
    "village operator": (
        "operator.karangan",
        "karangan.rkt.localhost",
        "tenants.VillageHomePage",
        "Desa Karangan",
    ),
    "kecamatan editor": (
        EDITOR,
        "rkt.localhost",
        "tenants.KecamatanHomePage",
        "Kecamatan Rambang Kapak Tengah",
    ),
    "kecamatan admin": (
        "camat.rkt",
        "rkt.localhost",
        "tenants.KecamatanFolder",
        "Kecamatan Rambang Kapak Tengah",
    ),
}


def _login(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()
    assert page.url.rstrip("/").endswith("/admin"), page.url


@pytest.fixture(scope="module")
def superuser(demo, browser):
    """The superuser's browser context (ground truth through the admin API), and the
    kecamatan editor account it creates for the test."""
    port, _samples = demo
    base = f"http://rkt.localhost:{port}"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    _login(page, base, "admin")
    page.goto(f"{base}/admin/users/new/")
    page.fill("input[name=username]", EDITOR)
    page.fill("input[name=email]", f"{EDITOR}@example.test")
    page.fill("input[name=first_name]", "Editor")
    page.fill("input[name=last_name]", "Uji")
    page.fill("input[name=password1]", PASSWORD)
    page.fill("input[name=password2]", PASSWORD)
    page.get_by_role("tab", name=re.compile("Role|Peran")).first.click()
    page.get_by_label(EDITOR_GROUP).check()
    page.locator("form button[type=submit]").last.click()
    page.wait_for_load_state()
    assert "/admin/users/new/" not in page.url, page.locator(".error-message").all_inner_texts()
    yield page
    context.close()


def _api(page, path):
    """The superuser's answer from the admin pages API (fetched in the browser, which
    resolves ``*.localhost``; Playwright's own request client does not)."""
    status, data = page.evaluate(
        """async (url) => {
            const response = await fetch(url);
            return [response.status, await response.json()];
        }""",
        f"/admin/api/main/pages/{path}",
    )
    assert status == 200, (path, status, data)
    return data


def _open_page_menu(page):
    """Open "Halaman" in the sidebar; return the start page's id and the listed pages' ids."""
    page.locator("[data-wagtail-sidebar] button", has_text="Halaman").first.click()
    explorer = page.locator(".c-page-explorer")
    items = explorer.locator("a.c-page-explorer__item__link")
    items.or_(explorer.get_by_text("Kesalahan server")).first.wait_for(timeout=10_000)
    text = explorer.inner_text()
    assert "Kesalahan server" not in text, text
    header = explorer.locator(".c-page-explorer__header a").first.get_attribute("href")
    start = int(PAGE_LINK.search(header).group(1))
    listed = []
    for link in items.all():
        match = PAGE_LINK.search(link.get_attribute("href") or "")
        assert match, link.get_attribute("href")
        listed.append(int(match.group(1)))
    for see_all in explorer.get_by_role("link", name=re.compile("Lihat semua")).all():
        assert see_all.get_attribute("href").endswith(f"/admin/pages/{start}/"), text
    return start, listed


@pytest.mark.parametrize("role", ROLES)
def test_the_sidebar_page_menu_lists_exactly_the_roles_own_pages(demo, browser, superuser, role):
    username, host, start_type, start_title = ROLES[role]
    port, _samples = demo
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    try:
        page = context.new_page()
        _login(page, f"http://{host}:{port}", username)
        start, listed = _open_page_menu(page)
    finally:
        context.close()

    start_page = _api(superuser, f"{start}/")
    assert (start_page["meta"]["type"], start_page["title"]) == (start_type, start_title)
    children = _api(superuser, f"?child_of={start}&for_explorer=1&limit=100")
    assert sorted(listed) == sorted(item["id"] for item in children["items"])
    assert listed, "the menu should list the role's pages"
