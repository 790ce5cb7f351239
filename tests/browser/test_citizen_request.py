"""A citizen asks for a service online with uploads, then follows it by code.

In headless Chromium on the seeded demo, as a resident would: open the
service page on the village's site, press "Ajukan permohonan", fill the
form, attach one file per requirement, send it, keep the tracking code,
and look it up later on the tracking page.
"""

import re

import pytest

from tests.browser.conftest import skip_without_browser

pytestmark = pytest.mark.browser
skip_without_browser()

# A NIK of the demo's kecamatan (16.74.04): a woman born 5 December 1990.
NIK = "1674044512900003"
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"
CODE = re.compile(r"\b[0-9A-HJKMNP-TV-Z]{10}\b")


def test_a_request_with_uploads_is_sent_and_followed_by_its_code(demo, browser, tmp_path):
    port, _samples = demo
    base = f"http://karangan.rkt.localhost:{port}"
    context = browser.new_context()
    page = context.new_page()

    page.goto(f"{base}/layanan/surat-keterangan-domisili/")
    page.get_by_role("link", name=re.compile("Ajukan permohonan")).first.click()
    assert page.locator("h1").first.inner_text()

    page.get_by_label("Nama lengkap sesuai KTP").fill("Siti Aminah")
    page.get_by_label(re.compile("^NIK")).fill(NIK)
    page.get_by_label("Telepon/WhatsApp").fill("0812 3456 7890")
    uploads = page.locator("input[type=file]")
    assert uploads.count() >= 1
    for index in range(uploads.count()):
        scan = tmp_path / f"syarat-{index}.pdf"
        scan.write_bytes(PDF)
        uploads.nth(index).set_input_files(str(scan))
    consent = page.locator("input[type=checkbox][name=consent]")
    if consent.count():
        consent.check()
    page.get_by_role("button", name="Ajukan permohonan").click()

    code_text = page.locator(".tracking-code").first.inner_text()
    assert CODE.fullmatch(code_text.strip()), code_text
    assert NIK not in page.content()

    # Later, from another browser: the code alone finds the request.
    other = browser.new_context().new_page()
    other.goto(f"{base}/warga/lacak/")
    other.get_by_label("Kode lacak").fill(code_text.strip().lower())
    other.get_by_role("button", name="Lacak").click()
    assert code_text.strip() in other.locator("h1").first.inner_text()
    body = other.locator("main").inner_text().lower()
    assert "diajukan" in body
    assert NIK not in other.content() and "Siti Aminah" not in other.content()
    context.close()
