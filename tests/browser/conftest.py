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
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _demo_gunicorn_args() -> str:
    """The gunicorn options of the Makefile's demo target, so both serve alike."""
    for line in (REPO / "Makefile").read_text().splitlines():
        if line.startswith("DEMO_GUNICORN_ARGS :="):
            return line.split(":=", 1)[1].strip()
    raise RuntimeError("DEMO_GUNICORN_ARGS is missing from the Makefile")


DEMO_GUNICORN_ARGS = _demo_gunicorn_args()


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
    port = _free_port()
    serve_env = {**env, "DJANGO_SETTINGS_MODULE": "cms.settings.demo"}
    del serve_env["DJANGO_DEBUG"]
    _manage(serve_env, "collectstatic", "--no-input", "-v0", capture=True)
    serve_env.update(GUNICORN_BIND=f"127.0.0.1:{port}", GUNICORN_CMD_ARGS=DEMO_GUNICORN_ARGS)
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"],
        cwd=REPO,
        env=serve_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"http://localhost:{port}/robots.txt", timeout=2)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the demo server did not start") from None
                time.sleep(0.3)
        yield port, samples
    finally:
        # SIGINT is gunicorn's quick shutdown; SIGTERM would wait up to its
        # graceful_timeout (30 s) for the browser's idle keep-alive connections.
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
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
