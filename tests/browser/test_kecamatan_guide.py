"""A camat does the kecamatan's everyday tasks in the admin, in Indonesian.

In headless Chromium on the seeded demo, on a desktop screen, ``camat.rkt``
does what ``docs/panduan-kecamatan.md`` tells a kecamatan admin to do:

1. onboard a new village at "Desa & Kelurahan" › "Tambah desa/kelurahan",
   checking the hostname with "Periksa dulu" first;
2. create the new village's operator account (who can then sign in on the
   village's own host);
3. switch "Persetujuan kecamatan" on for Desa Jungai from the village list;
4. approve the news Jungai's operator then submits (from their own browser),
   from the dashboard's "Menunggu persetujuan Anda", and read the
   dashboard's confirmation;
5. edit a shared service of the kecamatan and see the change on a village's
   own site;
6. find the village with the oldest open complaint from "Pantauan desa".

Every click, field fill and key press counts as one interaction; the count
of each task is printed and has a ceiling. On every screen along the way,
no English string may be visible (``tests.i18n_audit``).

The same test takes the screenshots of ``docs/panduan-kecamatan.md``. They
go to a temporary folder, so a test run leaves the checkout clean; to
refresh the guide, run it with ``GUIDE_SCREENSHOTS_DIR=docs/panduan-kecamatan``
and commit the pictures.
"""

import re

import pytest

from tests.browser.conftest import skip_without_browser
from tests.browser.guide import (
    PASSWORD,
    GuideDriver,
    find_the_oldest_open_complaint,
    login,
    screenshots_dir,
)

pytestmark = pytest.mark.browser
skip_without_browser()

CAMAT = "camat.rkt"
SHOTS = screenshots_dir("panduan-kecamatan-")
NEW_VILLAGE = "Sukamaju"
NEW_HOST = "sukamaju.rkt.localhost"
NEW_OPERATOR = "operator.sukamaju"
MODERATED = ("Desa Jungai", "16.74.04.2006", "operator.jungai", "jungai.rkt.localhost")
NEWS_TITLE = "Posyandu balita Dusun I pindah ke balai desa"
NEWS_BODY = (
    "Mulai bulan ini posyandu balita Dusun I diadakan di balai desa setiap Selasa pagi, "
    "pukul 08.00 sampai 11.00."
)
SERVICE = "Surat Keterangan Domisili"
SERVICE_PATH = "/layanan/surat-keterangan-domisili/"

# The most interactions each task may take (the sign-in, three, is counted apart).
CEILINGS = {
    "1. daftarkan desa baru": 6,
    "2. buat akun operator": 9,
    "3. wajibkan persetujuan": 2,
    "4. setujui perubahan": 5,
    "5. ubah layanan bersama": 7,
    "6. pengaduan tertua": 3,
}


class Camat(GuideDriver):
    """The kecamatan admin, counting interactions per task."""

    def __init__(self, page):
        super().__init__(page, SHOTS)
        self.per_task = {}

    def task_done(self, task):
        self.per_task[task] = self.interactions - sum(self.per_task.values())


def _success(page) -> str:
    """The text of the success message the last action showed."""
    message = page.locator(".messages .success").first
    message.wait_for()
    return message.inner_text()


def _submit_news_as_operator(browser, port):
    """Jungai's operator writes a news post and submits it for the kecamatan's approval."""
    _name, _code, username, host = MODERATED
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    try:
        operator = GuideDriver(context.new_page(), SHOTS)
        login(operator, f"http://{host}:{port}", username)
        page = operator.page
        page.get_by_role("link", name=re.compile("Tulis berita")).first.click()
        page.fill("#id_title", NEWS_TITLE)
        page.locator("[data-contentpath=body] [contenteditable=true]").first.fill(NEWS_BODY)
        from playwright.sync_api import expect

        expect(page.locator("input[name=body-0-value]")).to_have_value(re.compile("posyandu"))
        # With approval on, the footer's main action submits instead of publishing.
        page.locator("footer").get_by_role("button", name="Ajukan untuk ditinjau").click()
        assert "dikirim untuk dimoderasi" in _success(page)
    finally:
        context.close()


def _go_to_dashboard(camat):
    page = camat.page
    sidebar = page.locator("[data-wagtail-sidebar]")
    camat.click(sidebar.locator('a[href="/admin/"]').first, "ke dasbor")
    assert page.url.rstrip("/").endswith("/admin"), page.url


def test_a_camat_does_the_kecamatans_everyday_tasks(demo, browser):
    from playwright.sync_api import expect

    port, _samples = demo
    base = f"http://rkt.localhost:{port}"
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    page = context.new_page()
    camat = Camat(page)
    sidebar = page.get_by_role("navigation", name="Menu utama")

    login(camat, base, CAMAT)
    camat.shot("01-beranda-camat")
    camat.task_done("masuk")

    # 1. A new village: the form proposes the next free code; "Periksa dulu" shows the host.
    camat.click(sidebar.get_by_role("link", name="Desa & Kelurahan"), "Desa & Kelurahan")
    camat.click(page.get_by_role("link", name="Tambah desa/kelurahan").first, "Tambah desa")
    code = page.locator("#id_code")
    proposed = code.get_attribute("placeholder")
    assert re.fullmatch(r"16\.74\.04\.2\d{3}", proposed), proposed
    assert proposed in page.locator("main").inner_text()  # named in the help text too
    camat.fill(code, proposed, "isi kode wilayah yang diusulkan")
    camat.fill(page.locator("#id_name"), NEW_VILLAGE, "isi nama desa")
    camat.click(page.get_by_role("button", name="Periksa dulu"), "Periksa dulu")
    preview = page.locator("section[aria-labelledby=preview-heading]")
    expect(preview).to_contain_text(NEW_HOST)
    expect(preview).to_contain_text(f"Desa {NEW_VILLAGE} ({proposed})")
    camat.shot("02-tambah-desa")
    camat.click(page.get_by_role("button", name="Daftarkan"), "Daftarkan")
    assert page.url.endswith("/admin/wilayah/"), page.url
    assert f"Desa {NEW_VILLAGE} berhasil didaftarkan" in _success(page)
    new_row = page.locator("tbody tr", has=page.locator("th", has_text=NEW_VILLAGE))
    expect(new_row).to_contain_text(proposed)
    # The message and the new row at the bottom of the list: the admin scrolls inside
    # its own pane, so a full-page screenshot would not reach it; a taller screen does.
    page.set_viewport_size({"width": 1280, "height": 1200})
    camat.shot("03-desa-terdaftar")
    page.set_viewport_size({"width": 1280, "height": 900})
    camat.task_done("1. daftarkan desa baru")

    # 2. Its operator account.
    camat.click(new_row.get_by_role("link", name=re.compile("Kelola akun operator")), "operator")
    camat.click(page.get_by_role("link", name="Tambah operator").first, "Tambah operator")
    camat.fill(page.locator("#id_username"), NEW_OPERATOR, "isi nama pengguna")
    camat.fill(page.locator("#id_first_name"), "Rina", "isi nama depan")
    camat.fill(page.locator("#id_last_name"), "Marlina", "isi nama belakang")
    camat.fill(page.locator("#id_password1"), PASSWORD, "isi kata sandi")
    camat.fill(page.locator("#id_password2"), PASSWORD, "ulangi kata sandi")
    camat.shot("04-tambah-operator")
    camat.click(page.get_by_role("button", name="Buat akun"), "Buat akun")
    assert f"Akun {NEW_OPERATOR} dibuat untuk Desa {NEW_VILLAGE}" in _success(page)
    expect(page.locator("main tbody")).to_contain_text(NEW_OPERATOR)
    camat.task_done("2. buat akun operator")

    # The new operator signs in on the new village's own host and sees its dashboard.
    operator_context = browser.new_context(viewport={"width": 1280, "height": 900})
    newcomer = GuideDriver(operator_context.new_page(), SHOTS)
    login(newcomer, f"http://{NEW_HOST}:{port}", NEW_OPERATOR)
    expect(newcomer.page.locator("main")).to_contain_text(f"Desa {NEW_VILLAGE}")
    operator_context.close()

    # 3. Approval on for one village, from the village list.
    village, village_code, _operator, village_host = MODERATED
    camat.click(sidebar.get_by_role("link", name="Desa & Kelurahan"), "Desa & Kelurahan")
    switch = page.locator(f"td[data-moderation='{village_code}']")
    expect(switch).to_contain_text("Tidak")
    camat.click(switch.get_by_role("button", name=re.compile("^Wajibkan")), "Wajibkan")
    assert f"Perubahan di {village} kini perlu persetujuan kecamatan" in _success(page)
    expect(switch).to_contain_text("Wajib")
    expect(switch.get_by_role("button", name=re.compile("^Matikan"))).to_be_visible()
    camat.shot("05-wajibkan-persetujuan")
    camat.task_done("3. wajibkan persetujuan")

    # 4. The operator submits a change; the camat approves it from the dashboard.
    _submit_news_as_operator(browser, port)
    _go_to_dashboard(camat)
    row = page.locator("tr[data-approval]", has_text=NEWS_TITLE)
    expect(row).to_contain_text(village)
    camat.shot("06-menunggu-persetujuan")
    camat.click(row.get_by_role("link", name=re.compile("^Tinjau")), "Tinjau")
    assert re.search(r"/admin/pages/\d+/edit/$", page.url), page.url
    camat.click(page.locator("footer .w-dropdown__toggle").first, "buka tindakan lain")
    approve = page.locator("footer").get_by_role("button", name="Menyetujui dan terbitkan")
    expect(approve).to_be_visible()
    camat.shot("07-setujui")
    camat.click(approve, "Menyetujui dan terbitkan")
    _success(page)
    _go_to_dashboard(camat)
    confirmation = page.locator("[data-decision]", has_text=NEWS_TITLE)
    expect(confirmation).to_contain_text(f"Anda menyetujui “{NEWS_TITLE}” ({village})")
    # Its icon is an icon, not a page-wide drawing (Wagtail styles no "success" help block).
    icon = page.locator(".help-block:has([data-decision]) .icon").first
    assert icon.bounding_box()["height"] <= 32, icon.bounding_box()
    camat.shot("08-sudah-disetujui")
    camat.task_done("4. setujui perubahan")
    resident = context.browser.new_context().new_page()
    resident.goto(f"http://{village_host}:{port}/berita/")
    expect(resident.get_by_role("link", name=NEWS_TITLE).first).to_be_visible()
    resident.context.close()

    # 5. A shared service of the kecamatan: found by the dashboard's search, edited once.
    search = page.locator("main form[role=search] input").first
    camat.fill(search, "Domisili", "cari layanan")
    camat.press(search, "Enter", "tekan Enter")
    camat.click(page.locator("main").get_by_role("link", name=SERVICE).first, "buka layanan")
    assert re.search(r"/admin/pages/\d+/edit/$", page.url), page.url
    time_value = page.locator("#id_time_value")
    assert time_value.input_value() == "10"
    camat.fill(time_value, "15", "ubah lama penyelesaian")
    time_value.evaluate("field => field.scrollIntoView({block: 'center'})")
    camat.shot("09-ubah-layanan")
    publish = page.locator("footer").get_by_role("button", name=re.compile("^Terbitkan"))
    if not publish.first.is_visible():
        camat.click(page.locator("footer .w-dropdown__toggle").first, "buka tindakan lain")
    camat.click(publish.first, "Terbitkan")
    assert "diterbitkan" in _success(page)
    camat.task_done("5. ubah layanan bersama")
    # On a village's own site, the shared service shows the new time.
    village_page = context.new_page()
    village_page.goto(f"http://karangan.rkt.localhost:{port}{SERVICE_PATH}")
    expect(village_page.locator("main")).to_contain_text("15 menit")
    GuideDriver(village_page, SHOTS).shot("10-layanan-di-situs-desa")
    village_page.close()

    # 6. The village with the oldest open complaint, from "Pantauan desa".
    oldest = find_the_oldest_open_complaint(camat, shot="11-pantauan-desa")
    assert oldest.startswith("Kelurahan Tanjung Rambang")
    camat.shot("12-pengaduan-desa")
    camat.task_done("6. pengaduan tertua")

    report = ", ".join(f"{task}: {count}" for task, count in camat.per_task.items())
    print(f"Panduan kecamatan, interaksi per tugas: {report}; total {camat.interactions}")
    assert camat.english == {}, camat.english
    over = {task: n for task, n in camat.per_task.items() if n > CEILINGS.get(task, 3)}
    assert over == {}, (over, camat.steps)
    context.close()
