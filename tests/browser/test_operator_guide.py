"""An untrained village operator publishes news with a photo, in Indonesian.

In headless Chromium on the seeded demo, ``operator.karangan`` logs in,
writes a news post with a new photo (uploaded in the image chooser, with its
alt text) and publishes it, the way the operator guide tells them to. Every
click and every field fill counts as one interaction; the flow must take at
most 12. On every screen along the way, no English string may be visible
(``tests.i18n_audit``). The post must then be live on the village's own site
with its photo.

The same tests take the screenshots of ``docs/panduan-operator.md``, so the
guide shows the admin as it is. They go to a temporary folder, so a test run
leaves the checkout clean; to refresh the guide, run these tests with
``GUIDE_SCREENSHOTS_DIR=docs/panduan-operator`` and commit the pictures.
"""

import re
from pathlib import Path

import pytest

from tests.browser.conftest import skip_without_browser
from tests.browser.guide import GuideDriver, login, screenshots_dir

pytestmark = pytest.mark.browser
skip_without_browser()

OPERATOR = "operator.karangan"
MAX_INTERACTIONS = 12
SHOTS = screenshots_dir("panduan-operator-")
TITLE = "Kerja bakti membersihkan saluran air di Dusun II"
ALT = "Warga Dusun II mengangkat lumpur dari saluran air dengan cangkul dan ember"
BODY = (
    "Minggu pagi, tiga puluh warga Dusun II bergotong royong membersihkan saluran air "
    "sepanjang 400 meter agar tidak banjir saat musim hujan."
)


class Operator(GuideDriver):
    """The village operator: their screenshots go to the operator guide."""

    def __init__(self, page):
        super().__init__(page, SHOTS)


def _photo(tmp_path) -> Path:
    """A real JPEG, as a phone would give it: 1600×1200, some detail."""
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (1600, 1200), (70, 120, 80))
    draw = ImageDraw.Draw(image)
    for x in range(0, 1600, 80):
        draw.rectangle([x, 700, x + 40, 1200], fill=(120, 90, 50))
    draw.ellipse([600, 200, 1000, 600], fill=(230, 200, 80))
    path = tmp_path / "kerja-bakti-dusun-2.jpg"
    image.save(path, "JPEG", quality=85)
    return path


def _login(operator, base):
    login(operator, base, OPERATOR, shot="01-masuk")


@pytest.fixture
def operator_page(demo, browser):
    port, _samples = demo
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    yield context.new_page(), f"http://karangan.rkt.localhost:{port}"
    context.close()


def test_an_operator_publishes_news_with_a_photo_in_twelve_steps(operator_page, tmp_path):
    from playwright.sync_api import expect

    page, base = operator_page
    operator = Operator(page)
    photo = _photo(tmp_path)

    _login(operator, base)
    operator.shot("02-beranda-operator")

    operator.click(page.get_by_role("link", name=re.compile("Tulis berita")).first, "Tulis berita")
    assert "/admin/pages/add/news/newspage/" in page.url, page.url

    operator.fill(page.locator("#id_title"), TITLE, "isi judul")

    # The photo: upload it in the chooser, giving its alt text there once.
    operator.click(page.get_by_role("button", name=re.compile("Pilih.*gambar")), "Pilih gambar")
    modal = page.locator(".modal-content")
    modal.wait_for()
    operator.click(modal.get_by_role("tab", name=re.compile("Unggah")), "tab Unggah")
    operator.pick_file(modal.locator("input[type=file]").first, photo, "pilih berkas foto")
    # Wagtail fills the image title from the file name by itself.
    expect(modal.locator("input[name$=title]")).not_to_have_value("")
    operator.fill(
        modal.locator("textarea[name$=description], input[name$=description]"),
        ALT,
        "isi teks alternatif",
    )
    operator.shot("04-unggah-foto", modal)
    operator.click(modal.locator("form button[type=submit]").first, "tekan Unggah")
    page.locator(".modal-content").wait_for(state="detached")
    assert page.locator("#id_lead_image").input_value(), "the uploaded photo should be chosen"

    body = page.locator("[data-contentpath=body] [contenteditable=true]").first
    operator.fill(body, BODY, "tulis isi berita")
    # The editor copies the text into the form a moment later; a person
    # takes longer than that to reach the button.
    expect(page.locator("input[name=body-0-value]")).to_have_value(re.compile("tiga puluh"))
    operator.shot("03-tulis-berita")

    # One click: for an operator, "Terbitkan" is the footer's main action.
    publish = page.locator("footer").get_by_role("button", name=re.compile("^Terbitkan"))
    operator.click(publish.first, "tekan Terbitkan")
    success = page.locator(".messages .success, .messages [class*=success]")
    try:
        success.first.wait_for()
    except Exception:
        page.screenshot(path=str(SHOTS / "gagal-terbit.png"))
        errors = [e.inner_text() for e in page.locator(".w-field__errors").all()]
        raise AssertionError(
            (
                page.url,
                page.locator(".messages").all_inner_texts(),
                [e for e in errors if e.strip()],
            )
        ) from None
    operator.shot("05-berita-terbit")

    assert operator.interactions <= MAX_INTERACTIONS, operator.steps
    assert operator.english == {}, operator.english

    # Live on the village's own site, with the photo and its alt text.
    page.goto(f"{base}/berita/")
    page.get_by_role("link", name=TITLE).first.click()
    assert page.locator("h1").first.inner_text().strip() == TITLE
    image = page.locator(f'main img[alt="{ALT}"]').first
    image.scroll_into_view_if_needed()
    assert image.evaluate("img => img.complete && img.naturalWidth > 0"), "the photo should load"
    operator.shot("06-berita-di-situs")


def test_an_operator_answers_a_complaint_and_the_resident_reads_the_answer(operator_page):
    page, base = operator_page
    resident = page.context.browser.new_context().new_page()
    resident.goto(f"{base}/warga/pengaduan/")
    resident.locator("#id_category").select_option(index=1)
    resident.locator("#id_text").fill(
        "Lampu jalan di depan SD Negeri 2 Karangan mati sejak seminggu."
    )
    resident.locator("#id_anonymous").check()
    resident.get_by_role("button", name="Kirim pengaduan").click()
    code = resident.locator(".tracking-code").first.inner_text().strip()
    assert code

    operator = Operator(page)
    _login(operator, base)
    operator.click(
        page.get_by_role("link", name=re.compile(r"Pengaduan baru: 1")).first,
        "buka pengaduan baru",
    )
    operator.shot("08-pengaduan-masuk")
    operator.click(page.get_by_role("link", name=re.compile(code)).first, "buka pengaduan")
    answer = "Sudah kami laporkan ke PLN; perbaikan dijadwalkan Kamis ini."
    status = page.locator("select[name=status]")
    status.select_option(index=1)
    operator.fill(page.locator("textarea[name=note]"), answer, "tulis jawaban")
    operator.shot("09-jawab-pengaduan", page.locator("main"))
    operator.click(page.locator("main form button[type=submit]").last, "simpan jawaban")
    assert operator.english == {}, operator.english

    resident.goto(f"{base}/warga/lacak/{code}/")
    assert answer in resident.locator("main").inner_text()
    resident.context.close()


def test_an_operator_updates_the_village_profile(operator_page):
    page, base = operator_page
    operator = Operator(page)
    _login(operator, base)
    operator.click(
        page.get_by_role("link", name=re.compile("Perbarui profil")).first, "Perbarui profil desa"
    )
    vision = "Terwujudnya Desa Karangan yang maju, mandiri, dan sejahtera bersama warganya"
    operator.fill(page.locator("#id_vision"), vision, "ubah visi")
    operator.shot("07-profil-desa")
    publish = page.locator("footer").get_by_role("button", name=re.compile("^Terbitkan"))
    operator.click(publish.first, "tekan Terbitkan")
    page.locator(".messages .success, .messages [class*=success]").first.wait_for()
    assert operator.english == {}, operator.english

    page.goto(f"{base}/profil/")
    assert vision in page.locator("main").inner_text()
