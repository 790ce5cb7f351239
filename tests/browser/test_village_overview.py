"""In a browser, the camat finds the village with the oldest open complaint from "Pantauan desa".

On the seeded demo (``citizens.demo`` gives four RKT villages open complaints
of different ages), ``camat.rkt`` opens "Pantauan desa" from the sidebar,
sorts by the oldest open complaint with a click on the column header (a
plain link: no JavaScript is needed), and follows the count to the inbox
filtered to that village (``tests.browser.guide.find_the_oldest_open_complaint``,
also a step of the kecamatan guide). The number of clicks is printed, as the
issue asks of the camat's tasks, and every screen is checked for English.
"""

import pytest

from tests.browser.conftest import skip_without_browser
from tests.browser.guide import GuideDriver, find_the_oldest_open_complaint, login

pytestmark = pytest.mark.browser
skip_without_browser()


def test_the_camat_finds_the_oldest_open_complaint_in_three_clicks(demo, browser, tmp_path):
    port, _samples = demo
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="id-ID")
    camat = GuideDriver(context.new_page(), tmp_path)
    login(camat, f"http://rkt.localhost:{port}", "camat.rkt")

    camat.interactions = 0
    village = find_the_oldest_open_complaint(camat)
    assert village.startswith("Kelurahan Tanjung Rambang")
    assert camat.interactions == 3, camat.steps
    assert camat.english == {}, camat.english
    print(f"Pantauan desa: desa dengan pengaduan tertua ditemukan dalam {camat.interactions} klik")
    context.close()
