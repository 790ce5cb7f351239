"""Every page type of the seeded demo, in real headless Chromium.

Each page is loaded on its own host (the demo and the browser come from
``tests/browser/conftest.py``):

* with JavaScript disabled: it answers 200 and shows its heading;
* with axe-core (WCAG 2.1 A/AA): 0 violations.
"""

import pytest

from tests.browser.conftest import AXE_TAGS, skip_without_browser

pytestmark = pytest.mark.browser
skip_without_browser()


def test_demo_has_the_page_types_to_check(demo):
    _port, samples = demo
    labels = {sample["label"] for sample in samples}
    assert {"KecamatanHomePage", "VillageHomePage", "ServicePage"} <= labels
    assert "Shared service on a village" in labels


def test_every_page_type_works_without_javascript(demo, browser, subtests):
    port, samples = demo
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for sample in samples:
        with subtests.test(page_type=sample["label"]):
            url = f"http://{sample['hostname']}:{port}{sample['path']}"
            response = page.goto(url)
            assert response.status == 200, url
            heading = page.locator("h1").first.inner_text()
            assert sample["title"] in heading or heading in sample["title"], (url, heading)
            assert page.locator("main#isi").count() == 1
    context.close()


def test_every_page_type_has_no_axe_violations(demo, browser, subtests):
    from axe_playwright_python.sync_playwright import Axe

    port, samples = demo
    axe = Axe()
    context = browser.new_context()
    page = context.new_page()
    for sample in samples:
        with subtests.test(page_type=sample["label"]):
            url = f"http://{sample['hostname']}:{port}{sample['path']}"
            page.goto(url)
            results = axe.run(page, options={"runOnly": {"type": "tag", "values": AXE_TAGS}})
            assert results.violations_count == 0, f"{url}\n{results.generate_report()}"
    context.close()
