"""Graceful failure: a friendly 503 without the database, uncached pages without Redis."""

import logging
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.cache import caches
from django.db import OperationalError, connection
from django.test import Client, override_settings

from tests.ops.test_health import CLOSED_REDIS, LIVE_REDIS, redis_cache

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def browser():
    """A client that, like a real server, answers errors instead of raising them."""
    return Client(raise_request_exception=False)


def test_public_page_is_a_friendly_503_while_the_database_is_down_then_recovers(
    portal, db, browser, monkeypatch
):
    assert browser.get("/", HTTP_HOST="kec-a.test").status_code == 200

    def refuse():
        raise OperationalError("could not connect to server: Connection refused")

    monkeypatch.setattr(connection, "ensure_connection", refuse)
    for host in ("kec-a.test", "satu.kec-a.test"):
        response = browser.get("/", HTTP_HOST=host)
        assert response.status_code == 503
        html = response.text
        assert '<html lang="id">' in html
        assert "Layanan sedang tidak tersedia" in html
        assert "Traceback" not in html and "OperationalError" not in html
        assert response["Retry-After"] == "30"
        assert response["Cache-Control"] == "no-store"

    # The database is back: the very next request is served normally.
    monkeypatch.undo()
    response = browser.get("/", HTTP_HOST="kec-a.test")
    assert response.status_code == 200
    assert "Rambang Kapak Tengah" in response.text

    # Any other error is still a 500 with the ordinary error page.
    from wagtail.models import Page

    def broken(self, request, *args, **kwargs):
        raise ValueError("a bug, not an outage")

    monkeypatch.setattr(Page, "serve", broken)
    response = browser.get("/", HTTP_HOST="kec-a.test")
    assert response.status_code == 500
    assert "Layanan sedang tidak tersedia" not in response.text


def test_a_server_whose_database_is_unreachable_answers_503_and_stays_live():
    """A real process with DATABASE_URL at a closed port: no monkeypatching."""
    code = (
        "import django, json; django.setup(); from django.test import Client; "
        "c = Client(raise_request_exception=False); "
        "r = [c.get(p, HTTP_HOST='localhost') for p in ('/', '/healthz', '/readyz')]; "
        "print(json.dumps([[x.status_code, x.content.decode()[:400]] for x in r]))"
    )
    env = {
        "PATH": os.environ["PATH"],
        "DJANGO_SETTINGS_MODULE": "cms.settings.base",
        "SECRET_KEY": "outage-test-key",
        "DATABASE_URL": "postgres://kcms@127.0.0.1:5439/nothing",
        "EXTRA_ALLOWED_HOSTS": "localhost",
        "LOG_FORMAT": "json",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    import json

    (page, page_body), (live, _), (ready, ready_body) = json.loads(result.stdout.splitlines()[-1])
    assert page == 503 and "Layanan sedang tidak tersedia" in page_body
    assert live == 200
    assert ready == 503 and '"failing": ["database"]' in ready_body
    # The outage is logged as JSON lines, with the traceback for the operator.
    logged = [json.loads(line) for line in result.stdout.splitlines()[:-1] if line.startswith("{")]
    assert any(entry["logger"] == "ops.middleware" for entry in logged)


def test_pages_render_uncached_and_a_warning_is_logged_while_redis_is_down(
    portal, db, client, caplog
):
    with override_settings(CACHES=redis_cache(CLOSED_REDIS)), caplog.at_level(logging.WARNING):
        for host in ("kec-a.test", "satu.kec-a.test"):
            response = client.get("/", HTTP_HOST=host)
            assert response.status_code == 200
            assert "<footer" in response.text
    assert "Satu" in response.text
    warnings = [r for r in caplog.records if r.name == "ops.cache"]
    assert warnings and "Redis cache unavailable" in warnings[0].getMessage()
    # While Redis is down, calls are not retried on every cache access.
    assert len(warnings) == 1


def test_the_fault_tolerant_cache_works_normally_with_a_live_redis_and_retries_after_an_outage(
    monkeypatch,
):
    with override_settings(CACHES=redis_cache(LIVE_REDIS)):
        cache = caches["default"]
        try:
            cache.strict().delete("ops:k")
        except Exception as exc:  # noqa: BLE001
            pytest.skip(f"no Redis at {LIVE_REDIS}: {exc}")
        cache.set("ops:k", {"a": 1}, 30)
        assert cache.get("ops:k") == {"a": 1}
        assert cache.get_many(["ops:k", "ops:missing"]) == {"ops:k": {"a": 1}}

        # Marked down (as after a failure): reads miss, writes are dropped...
        cache._down_until = float("inf")
        assert cache.get("ops:k", "miss") == "miss"
        cache.set("ops:k", "dropped", 30)
        # ...and once the retry time has passed, Redis is used again.
        cache._down_until = 0.0
        assert cache.get("ops:k") == {"a": 1}
        cache.delete("ops:k")
