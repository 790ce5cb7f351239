"""In a browser, the camat finds the village with the oldest open complaint from "Pantauan desa".

On the seeded demo (``citizens.demo`` gives four RKT villages open complaints
of different ages), ``camat.rkt`` opens "Pantauan desa" from the sidebar,
sorts by the oldest open complaint with a click on the column header (a
plain link: no JavaScript is needed), and follows the count to the inbox
filtered to that village. The number of clicks is printed, as the issue
asks of the camat's tasks.
"""

import re

import pytest

from tests.browser.conftest import skip_without_browser

pytestmark = pytest.mark.browser
skip_without_browser()

PASSWORD = "uji-browser-2026"  # the browser demo's DEMO_PASSWORD


def test_the_camat_finds_the_oldest_open_complaint_in_three_clicks(demo, browser):
    port, _samples = demo
    base = f"http://rkt.localhost:{port}"
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(f"{base}/admin/login/")
    page.fill("#id_username", "camat.rkt")
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()
    page.wait_for_load_state()

    clicks = 0
    sidebar = page.get_by_role("navigation", name="Menu utama")
    sidebar.get_by_role("link", name="Pantauan desa").click()
    clicks += 1
    page.wait_for_load_state()
    assert page.url.endswith("/admin/pantauan-desa/")
    rows = page.locator("#pantauan-desa tbody tr")
    assert rows.count() == 9

    page.locator('a[data-sort="pengaduan_umur"]').click()
    clicks += 1
    page.wait_for_load_state()
    assert "urut=-pengaduan_umur" in page.url
    first = rows.first
    assert first.locator("th").inner_text().startswith("Kelurahan Tanjung Rambang")
    assert first.locator("[data-pengaduan-oldest]").inner_text().strip() == "40"

    first.locator("[data-pengaduan-open] a").click()
    clicks += 1
    page.wait_for_load_state()
    assert re.search(r"/admin/warga/pengaduan/\?kantor=\d+&status=terbuka$", page.url)
    offices = page.locator("#daftar-kasus tbody tr td:nth-child(5)").all_inner_texts()
    assert offices == ["Kelurahan Tanjung Rambang"] * 2
    assert page.locator("#daftar-kasus tbody tr[data-late]").count() == 1
    print(f"Pantauan desa: desa dengan pengaduan tertua ditemukan dalam {clicks} klik")
    page.close()
