"""Shared by the guide tests: a driver that counts a person's interactions and audits language.

The browser tests behind ``docs/panduan-*.md`` drive the admin as the guide
tells a person to, count every click and field fill, check every screen for
English (``tests.i18n_audit``) and take the guide's screenshots. The
screenshots go to a temporary folder, so a test run leaves the checkout
clean; with ``GUIDE_SCREENSHOTS_DIR=docs/<guide>`` they refresh the guide.
"""

import os
import re
import tempfile
from pathlib import Path

from tests.i18n_audit import untranslated_strings

PASSWORD = "uji-browser-2026"  # the browser demo's DEMO_PASSWORD

# The page as a person meets it: the rendered DOM (strings drawn by Wagtail's
# JavaScript included) without what is not shown or read out: scripts,
# templates, and elements hidden from sight and from screen readers (a
# hidden date-picker button, say). aria-hidden text is dropped too; labels
# read out (aria-label, title, alt) stay and are audited.
VISIBLE_HTML = """() => {
  const hidden = (el) => el.closest('[aria-hidden=true], [hidden]') !== null
    || !el.checkVisibility({visibilityProperty: true});
  const marked = [];
  for (const el of document.body.querySelectorAll('*')) {
    if (['SCRIPT', 'TEMPLATE', 'NOSCRIPT', 'STYLE'].includes(el.tagName)) continue;
    if (el.closest('.visually-hidden, .w-sr-only, .sr-only')) continue;
    if (hidden(el)) { el.setAttribute('data-audit-hidden', ''); marked.push(el); }
  }
  const copy = document.body.cloneNode(true);
  marked.forEach((el) => el.removeAttribute('data-audit-hidden'));
  copy.querySelectorAll('[data-audit-hidden], script, template, noscript, style')
    .forEach((el) => el.remove());
  return '<html><head><title>' + document.title + '</title></head>' + copy.outerHTML + '</html>';
}"""


def screenshots_dir(prefix: str) -> Path:
    """Where a guide's screenshots go: ``GUIDE_SCREENSHOTS_DIR``, else a new temporary folder."""
    return Path(os.environ.get("GUIDE_SCREENSHOTS_DIR") or tempfile.mkdtemp(prefix=prefix))


class GuideDriver:
    """Drives the admin as a person would, counting interactions.

    A click, a field fill, a key press, a choice in a list and a file pick
    are one interaction each; reading a page, waiting for it and taking a
    screenshot are none. After each step the visible text is checked for
    English (``english`` collects it per screen, so one failure lists every
    screen at once). ``shots`` is the folder of the guide's screenshots.
    """

    def __init__(self, page, shots: Path):
        self.page = page
        self.shots = shots
        self.interactions = 0
        self.steps = []
        self.english = {}

    def click(self, locator, step):
        locator.click()
        self._done(step)

    def fill(self, locator, text, step):
        locator.fill(text)
        self._done(step)

    def press(self, locator, key, step):
        locator.press(key)
        self._done(step)

    def select(self, locator, value, step):
        locator.select_option(value)
        self._done(step)

    def pick_file(self, locator, path, step):
        locator.set_input_files(str(path))
        self._done(step)

    def _done(self, step):
        self.interactions += 1
        self.steps.append(step)
        self.page.wait_for_load_state()
        self.check_language(step)

    def check_language(self, where):
        found = untranslated_strings(self._visible_html())
        if found:
            self.english[where] = found

    def _visible_html(self) -> str:
        """The visible DOM, read again if a click's navigation began meanwhile."""
        from playwright.sync_api import Error

        for _attempt in range(5):
            try:
                return self.page.evaluate(VISIBLE_HTML)
            except Error as error:
                if "context was destroyed" not in str(error):
                    raise
                self.page.wait_for_load_state()
        return self.page.evaluate(VISIBLE_HTML)

    def shot(self, name, locator=None):
        self.shots.mkdir(parents=True, exist_ok=True)
        target = locator if locator is not None else self.page
        target.screenshot(path=str(self.shots / f"{name}.jpg"), type="jpeg", quality=70)


def login(driver: GuideDriver, base: str, username: str, shot: str | None = None):
    """Sign in at ``base``'s admin (three interactions); ``shot`` names the login screenshot."""
    page = driver.page
    page.goto(f"{base}/admin/login/")
    driver.check_language("halaman masuk")
    driver.fill(page.locator("#id_username"), username, "isi nama pengguna")
    driver.fill(page.locator("#id_password"), PASSWORD, "isi kata sandi")
    if shot:
        driver.shot(shot)
    driver.click(page.locator("form button[type=submit]").first, "tekan Masuk")
    assert page.url.rstrip("/").endswith("/admin"), page.url


def find_the_oldest_open_complaint(driver: GuideDriver, shot: str | None = None) -> str:
    """As a kecamatan admin: "Pantauan desa" in the sidebar, sorted by the oldest open
    complaint, then that village's open complaints in the inbox (three clicks).

    Returns the village at the top. On the seeded demo (``citizens.demo``) it is
    Kelurahan Tanjung Rambang, whose oldest open complaint is 40 days old and late.
    """
    page = driver.page
    sidebar = page.get_by_role("navigation", name="Menu utama")
    driver.click(sidebar.get_by_role("link", name="Pantauan desa"), "Pantauan desa")
    assert page.url.endswith("/admin/pantauan-desa/"), page.url
    rows = page.locator("#pantauan-desa tbody tr")
    assert rows.count() >= 9

    driver.click(page.locator('a[data-sort="pengaduan_umur"]'), "urutkan: pengaduan tertua")
    assert "urut=-pengaduan_umur" in page.url
    first = rows.first
    village = first.locator("th").inner_text().strip()
    assert village.startswith("Kelurahan Tanjung Rambang"), village
    assert first.locator("[data-pengaduan-oldest]").inner_text().strip() == "40"
    if shot:
        driver.shot(shot)

    driver.click(first.locator("[data-pengaduan-open] a"), "buka pengaduan desa itu")
    assert re.search(r"/admin/warga/pengaduan/\?kantor=\d+&status=terbuka$", page.url)
    offices = page.locator("#daftar-kasus tbody tr td:nth-child(5)").all_inner_texts()
    assert offices == ["Kelurahan Tanjung Rambang"] * 2
    assert page.locator("#daftar-kasus tbody tr[data-late]").count() == 1
    return village
