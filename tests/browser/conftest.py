"""Shared by the browser tests: Debian's chromium and one freshly seeded demo.

The demo is built from scratch in a temporary SQLite file (migrate +
seed_demo) and served as ``make demo`` serves it (``cms.settings.demo``:
DEBUG off, collected static files, gunicorn with one threaded worker) in a
subprocess, once for the whole browser test session, so these tests see
exactly what ``make demo`` shows and their data never touches the test
database.

It needs Debian's ``chromium`` and the ``playwright`` and
``axe-playwright-python`` packages (dev dependencies). Without chromium the
tests are skipped, unless ``REQUIRE_BROWSER_TESTS=1`` (set by CI) makes that
a failure.
"""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.served import demo_gunicorn_args, free_port, gunicorn

CHROMIUM = "/usr/bin/chromium"
REPO = Path(__file__).resolve().parents[2]
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]


def _browser_available() -> str:
    """Why the browser test cannot run here, or "" if it can."""
    if not Path(CHROMIUM).exists():
        return f"{CHROMIUM} is missing (apt-get install chromium)"
    try:
        import axe_playwright_python  # noqa: F401
        import playwright  # noqa: F401
    except ImportError as exc:
        return f"{exc.name} is not installed"
    return ""


MISSING = _browser_available()
if MISSING and os.environ.get("REQUIRE_BROWSER_TESTS") == "1":
    raise RuntimeError(f"Browser tests are required but cannot run: {MISSING}")


def skip_without_browser():
    """Call at the top of a browser test module."""
    if MISSING:
        pytest.skip(MISSING, allow_module_level=True)


DEMO_GUNICORN_ARGS = demo_gunicorn_args()


def _manage(env, *args, capture=False):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=REPO,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )


SAMPLES_SCRIPT = """
import json
from bench.page_samples import sample_pages
print(json.dumps([s.__dict__ for s in sample_pages("rkt.localhost")]))
"""


@pytest.fixture(scope="session")
def demo(tmp_path_factory):
    """A freshly seeded demo served on a free port: ``(port, samples)``."""
    workdir = tmp_path_factory.mktemp("demo")
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DATABASE_URL", "REDIS_URL", "DJANGO_SETTINGS_MODULE"}
    }
    env.update(
        DJANGO_DEBUG="1",
        SQLITE_PATH=str(workdir / "demo.sqlite3"),
        MEDIA_ROOT=str(workdir / "media"),
        STATIC_ROOT=str(workdir / "static"),
        DEMO_SECRET_KEY_FILE=str(workdir / "secret-key"),
        DEMO_PASSWORD="uji-browser-2026",
    )
    # As the Makefile's demo target: seed under the debug settings, then
    # collect static files and serve with the demo (production-like) settings.
    _manage(env, "migrate", "--no-input", "-v0")
    _manage(env, "seed_demo", capture=True)
    shell = _manage(env, "shell", "-c", SAMPLES_SCRIPT, capture=True)
    samples = json.loads(shell.stdout.strip().splitlines()[-1])
    port = free_port()
    serve_env = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.demo"}
    del serve_env["DJANGO_DEBUG"]
    _manage(serve_env, "collectstatic", "--no-input", "-v0", capture=True)
    try:
        with gunicorn(serve_env, port):
            yield port, samples
    finally:
        shutil.rmtree(workdir, ignore_errors=True)


# Module scope, not session: Playwright's sync API keeps an asyncio loop
# running in this thread while it is started, and Django refuses database
# calls from a thread with a running loop (SynchronousOnlyOperation). pytest
# tears a module fixture down as soon as the next test is from another
# module, so tests that xdist runs after a browser test on the same worker
# find no loop.
@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()
