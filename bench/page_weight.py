#!/usr/bin/env python
"""Print the weight of every public page type against the 50 KB budget.

For one page of each type in the database (see ``bench/page_samples.py``),
this renders the page in-process, then adds up the gzipped bytes of its HTML
and of every stylesheet and script it links (images excluded, as the budget
says). It exits 1 if a page fails to render, links render-blocking
JavaScript, or goes over budget, so it can run in CI or by hand at any time:

    DJANGO_DEBUG=1 .venv/bin/python bench/page_weight.py        # the demo DB
    make weight

Settings come from the environment as for ``manage.py`` (SQLITE_PATH,
DATABASE_URL, …), so it measures whatever install it is pointed at.
"""

import gzip
import os
import re
import sys
from pathlib import Path

BUDGET_BYTES = 50 * 1024
LINK_RE = re.compile(r'<link[^>]+rel="stylesheet"[^>]+href="([^"]+)"')
SCRIPT_SRC_RE = re.compile(r"<script\b[^>]*\bsrc=\"([^\"]+)\"[^>]*>", re.I)
INLINE_SCRIPT_RE = re.compile(r"<script\b(?![^>]*application/ld\+json)(?![^>]*\bsrc=)[^>]*>", re.I)


def gzipped_size(data: bytes) -> int:
    """Bytes after gzip at level 6, what a typical server sends."""
    return len(gzip.compress(data, compresslevel=6))


def static_bytes(url: str) -> bytes:
    """The content of a linked static file, read through Django's finders."""
    from django.conf import settings
    from django.contrib.staticfiles import finders

    relative = url.split("?")[0].removeprefix(settings.STATIC_URL)
    found = finders.find(relative)
    if not found:
        raise FileNotFoundError(url)
    return Path(found).read_bytes()


def measure(client, sample) -> dict:
    """Render one sample and weigh it; ``problems`` lists what breaks the rules."""
    response = client.get(sample.path, HTTP_HOST=sample.hostname)
    html = response.content
    text = html.decode("utf-8", "replace")
    css = [static_bytes(url) for url in LINK_RE.findall(text)]
    scripts = SCRIPT_SRC_RE.findall(text)
    problems = []
    if response.status_code != 200:
        problems.append(f"HTTP {response.status_code}")
    if scripts or INLINE_SCRIPT_RE.search(text):
        problems.append("JavaScript on the page")
    row = {
        "label": sample.label,
        "url": f"http://{sample.hostname}{sample.path}",
        "html": gzipped_size(html),
        "css": sum(gzipped_size(data) for data in css),
        "js": len(scripts),
        "raw_html": len(html),
    }
    row["total"] = row["html"] + row["css"]
    if row["total"] > BUDGET_BYTES:
        problems.append(f"over budget by {row['total'] - BUDGET_BYTES} B")
    row["problems"] = problems
    return row


def main() -> int:
    """Measure every sample and print the table; 1 if any breaks the budget."""
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.base")
    os.environ.setdefault("DJANGO_DEBUG", "1")
    import django

    django.setup()
    from django.test import Client

    from bench.page_samples import sample_pages

    samples = sample_pages(prefer_hostname_suffix="rkt.localhost")
    if not samples:
        print("No pages to measure: seed the demo first (make demo).", file=sys.stderr)
        return 1
    client = Client()
    rows = [measure(client, sample) for sample in samples]
    print(f"{'page type':<36} {'HTML raw':>9} {'HTML gz':>8} {'CSS gz':>7} {'total gz':>9}  status")
    for row in rows:
        status = "; ".join(row["problems"]) or "ok"
        print(
            f"{row['label']:<36} {row['raw_html']:>9} {row['html']:>8} {row['css']:>7} "
            f"{row['total']:>9}  {status}"
        )
    worst = max(rows, key=lambda r: r["total"])
    print(
        f"\n{len(rows)} page types; budget {BUDGET_BYTES} B gzipped (HTML+CSS+JS, images "
        f"excluded); heaviest: {worst['label']} at {worst['total']} B ({worst['url']})"
    )
    return 1 if any(row["problems"] for row in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
