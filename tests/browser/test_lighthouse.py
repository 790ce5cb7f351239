"""Lighthouse on one page of every type, against the demo as ``make demo`` serves it.

The demo (``tests/browser/conftest.py``) runs under gunicorn with DEBUG off,
as ``make demo`` does. Lighthouse 12.2.3 (pinned in ``tests/browser/lighthouse``,
installed there with ``npm ci``) audits every page in ONE start of Debian's
Chromium (``run.mjs``), with its default mobile settings and simulated
throttling:

* every indexable page type scores 100 in performance, accessibility, best
  practices and SEO;
* the deliberately noindex views (search, the citizens' forms, the print
  checklist, a filtered listing) score 100 in the first three and pass every
  SEO audit except ``is-crawlable``.

Performance is measured, and on a shared machine other work only ever adds
to the page's own cost (longer tasks, slower answers): a page below 100 is
measured again, up to five runs in all, and judged by its best run, as
Lighthouse CI's "optimistic" aggregation does. Every run is printed. (At a
load average of 10–14 on two cores, 2 of 28 pages needed more than three
runs; the first runs of all 28 ranged from 83 to 100.) The other categories are
checks of the page, not of the machine, and count from the first run.

The audits are marked ``lighthouse`` and left out of ``make test``: a
performance score is a timing, and with the suite's other worker busy on the
same two cores it drops below 100 however often it is measured again (CI saw
98 and 99 at best of five). ``make lighthouse`` runs them alone, and
``.ci/run`` runs that as its own step after the suites.
"""

import json
import os
import shutil
import subprocess
import time

import pytest

from tests.browser.conftest import REPO, skip_without_browser

pytestmark = [pytest.mark.browser, pytest.mark.lighthouse]
skip_without_browser()

LIGHTHOUSE_DIR = REPO / "tests" / "browser" / "lighthouse"
CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
# Views that say noindex on purpose: every SEO audit but is-crawlable must pass.
NOINDEX = {
    "Search results",
    "Service print view",
    "Complaint form",
    "Tracking lookup",
    "Filtered news listing",
}
# Page types the sample list (frontend.page_samples) does not hold: views
# that are not Wagtail pages, and a listing's filtered form.
EXTRA_PAGES = [
    ("Complaint form", "/warga/pengaduan/"),
    ("Tracking lookup", "/warga/lacak/"),
    ("Filtered news listing", "/berita/?desa=semua"),
]
PERFORMANCE_RUNS = 5


def _lighthouse_missing() -> str:
    if shutil.which("node") is None:
        return "node is not installed"
    if not (LIGHTHOUSE_DIR / "node_modules" / "lighthouse").is_dir():
        return "Lighthouse is not installed (npm ci --prefix tests/browser/lighthouse)"
    return ""


MISSING = _lighthouse_missing()
if MISSING:
    if os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
        raise RuntimeError(f"Lighthouse is required but cannot run: {MISSING}")
    pytest.skip(MISSING, allow_module_level=True)


def run_lighthouse(urls: list[str]) -> dict[str, dict]:
    """Lighthouse's summary per URL (``run.mjs``), all in one Chromium start."""
    result = subprocess.run(
        ["node", "run.mjs"],
        cwd=LIGHTHOUSE_DIR,
        input=json.dumps({"urls": urls}),
        capture_output=True,
        text=True,
        timeout=60 + 30 * len(urls),
        check=False,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    return {item["url"]: item for item in json.loads(result.stdout)["results"]}


@pytest.fixture(scope="module")
def audited(demo):
    """``{label: summary}`` for one page of every type, and the seconds it took."""
    port, samples = demo
    default_host = next(s["hostname"] for s in samples if s["label"] == "KecamatanHomePage")
    pages = {s["label"]: f"http://{s['hostname']}:{port}{s['path']}" for s in samples}
    pages |= {label: f"http://{default_host}:{port}{path}" for label, path in EXTRA_PAGES}
    started = time.monotonic()
    by_url = run_lighthouse(list(pages.values()))
    results = {label: by_url[url] for label, url in pages.items()}
    for result in results.values():
        result["performance_runs"] = [result["scores"]["performance"]]
    remeasured = []
    for _ in range(PERFORMANCE_RUNS - 1):
        slow = [label for label, r in results.items() if max(r["performance_runs"]) != 100]
        if not slow:
            break
        remeasured += slow
        again = run_lighthouse([pages[label] for label in slow])
        for label in slow:
            results[label]["performance_runs"].append(again[pages[label]]["scores"]["performance"])
    for result in results.values():
        result["scores"]["performance"] = max(result["performance_runs"])
    seconds = time.monotonic() - started
    print(
        f"\nLighthouse: {len(pages)} pages, {len(pages) + len(remeasured)} runs in {seconds:.0f} s"
    )
    for label, result in sorted(results.items()):
        print(f"  {label:<32} {result['scores']} performance runs: {result['performance_runs']}")
    return results


def failing(result, category) -> dict:
    return {
        audit_id: f"{audit['score']} {audit['displayValue']}".strip()
        for audit_id, audit in result["failing"].items()
        if audit["category"] == category
    }


def test_the_demo_has_every_page_type_to_audit(audited):
    assert {"KecamatanHomePage", "VillageHomePage", "NewsPage", "GalleryIndexPage"} <= set(audited)
    assert len(audited) >= 25
    assert {r["lighthouseVersion"] for r in audited.values()} == {"12.2.3"}


def test_indexable_page_types_score_100_in_every_category(audited, subtests):
    for label, result in sorted(audited.items()):
        if label in NOINDEX:
            continue
        with subtests.test(page_type=label):
            assert result["runtimeError"] is None, result["runtimeError"]
            below = {
                category: (score, failing(result, category))
                for category, score in result["scores"].items()
                if score != 100
            }
            assert below == {}, result["url"]


def test_noindex_page_types_fail_only_is_crawlable(audited, subtests):
    for label in sorted(NOINDEX):
        result = audited[label]
        with subtests.test(page_type=label):
            assert result["runtimeError"] is None, result["runtimeError"]
            for category in ("performance", "accessibility", "best-practices"):
                assert result["scores"][category] == 100, (category, failing(result, category))
            assert failing(result, "seo") == {"is-crawlable": "0"}, result["url"]
