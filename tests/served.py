"""A real gunicorn serving this repository in a subprocess, for tests that need one.

Used by the browser tests (the seeded demo, ``tests/browser/conftest.py``) and
by the OpenSID replay (``tests/villagedata/test_opensid_replay.py``): the same
``gunicorn.conf.py`` and options as ``make demo``, on a free port of
127.0.0.1, stopped with gunicorn's quick shutdown.
"""

import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def demo_gunicorn_args() -> str:
    """The gunicorn options of the Makefile's demo target, so every served test serves alike."""
    for line in (REPO / "Makefile").read_text().splitlines():
        if line.startswith("DEMO_GUNICORN_ARGS :="):
            return line.split(":=", 1)[1].strip()
    raise RuntimeError("DEMO_GUNICORN_ARGS is missing from the Makefile")


@contextmanager
def gunicorn(env: dict, port: int, probe: str = "/robots.txt", timeout: float = 30):
    """Serve ``cms.wsgi`` with ``env`` on 127.0.0.1:``port`` until the block ends.

    ``env`` selects the settings and database; the bind address and the demo's
    gunicorn options are added here. Waits until ``probe`` answers over HTTP.
    """
    serve_env = {
        **env,
        "GUNICORN_BIND": f"127.0.0.1:{port}",
        "GUNICORN_CMD_ARGS": demo_gunicorn_args(),
    }
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"],
        cwd=REPO,
        env=serve_env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                urllib.request.urlopen(f"http://localhost:{port}{probe}", timeout=2)
                break
            except urllib.error.HTTPError:
                break  # it answered
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise RuntimeError("the gunicorn server did not start") from None
                time.sleep(0.3)
        yield server
    finally:
        # SIGINT is gunicorn's quick shutdown; SIGTERM would wait up to its
        # graceful_timeout (30 s) for a client's idle keep-alive connections.
        server.send_signal(signal.SIGINT)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
