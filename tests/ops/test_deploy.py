"""Production settings: `check --deploy`, static and media storage, JSON logs, gunicorn."""

import json
import logging
import os
import runpy
import subprocess
import sys
from pathlib import Path

from ops.logformat import JsonFormatter

REPO = Path(__file__).resolve().parents[2]

# The production environment as documented in .env.example (HTTPS values).
PRODUCTION_ENV = {
    "SECRET_KEY": "k" * 20 + "-production-like-secret-key-0123456789-abcdefghij",
    "DJANGO_DEBUG": "0",
    "EXTRA_ALLOWED_HOSTS": "",
    "SECURE_SSL_REDIRECT": "1",
    "SECURE_HSTS_SECONDS": "31536000",
    "SECURE_HSTS_INCLUDE_SUBDOMAINS": "1",
    "SECURE_HSTS_PRELOAD": "1",
    "SECURE_COOKIES": "1",
    "BEHIND_PROXY": "1",
}


def run(args: list[str], env: dict) -> subprocess.CompletedProcess:
    """Run ``args`` in the repo with only ``env`` (and PATH) set."""
    return subprocess.run(
        args,
        cwd=REPO,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def settings_values(env: dict, expression: str):
    """Evaluate ``expression`` (with ``s`` = cms.settings.base) under ``env``."""
    code = f"import json, cms.settings.base as s; print(json.dumps({expression}, default=str))"
    result = run([sys.executable, "-c", code], env)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_check_deploy_is_clean_with_the_production_environment():
    result = run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        {**PRODUCTION_ENV, "LOG_FORMAT": "text"},
    )
    output = result.stdout + result.stderr
    security = [line for line in output.splitlines() if "(security." in line]
    assert security == [], output
    assert result.returncode == 0, output
    assert "no issues" in output


def test_check_deploy_warns_without_the_https_settings():
    # The test above means something only if the defaults do get flagged.
    env = {"SECRET_KEY": PRODUCTION_ENV["SECRET_KEY"], "LOG_FORMAT": "text"}
    result = run([sys.executable, "manage.py", "check", "--deploy"], env)
    output = result.stdout + result.stderr
    for check in ("security.W004", "security.W008"):
        assert check in output


def test_production_settings_values():
    values = settings_values(
        PRODUCTION_ENV,
        "[s.SECURE_HSTS_SECONDS, s.SECURE_PROXY_SSL_HEADER, s.SESSION_COOKIE_SECURE, "
        "s.CSRF_COOKIE_SECURE, s.STORAGES['staticfiles']['BACKEND'], s.LOG_FORMAT]",
    )
    assert values == [
        31536000,
        ["HTTP_X_FORWARDED_PROTO", "https"],
        True,
        True,
        "whitenoise.storage.CompressedManifestStaticFilesStorage",
        "json",
    ]


def test_demo_settings_need_no_collectstatic_and_send_no_hsts():
    values = settings_values(
        {"DJANGO_DEBUG": "1"},
        "[s.STORAGES['staticfiles']['BACKEND'], s.SECURE_HSTS_SECONDS, s.SESSION_COOKIE_SECURE, "
        "hasattr(s, 'SECURE_PROXY_SSL_HEADER'), s.LOG_FORMAT]",
    )
    assert values == [
        "django.contrib.staticfiles.storage.StaticFilesStorage",
        0,
        False,
        False,
        "text",
    ]


def test_media_go_to_s3_compatible_storage_when_a_bucket_is_named():
    local = settings_values({"SECRET_KEY": "x"}, "s.STORAGES['default']['BACKEND']")
    assert local == "django.core.files.storage.FileSystemStorage"
    storage = settings_values(
        {
            "SECRET_KEY": "x",
            "AWS_STORAGE_BUCKET_NAME": "kcms-media",
            "AWS_S3_ENDPOINT_URL": "https://s3.example.id",
            "AWS_S3_REGION_NAME": "ap-southeast-3",
            "AWS_S3_CUSTOM_DOMAIN": "media.example.id",
        },
        "s.STORAGES['default']",
    )
    assert storage["BACKEND"] == "storages.backends.s3.S3Storage"
    options = storage["OPTIONS"]
    assert options["bucket_name"] == "kcms-media"
    assert options["endpoint_url"] == "https://s3.example.id"
    assert options["custom_domain"] == "media.example.id"
    assert options["querystring_auth"] is False


def test_s3_storage_builds_public_urls_on_the_custom_domain():
    from storages.backends.s3 import S3Storage

    storage = S3Storage(
        bucket_name="kcms-media",
        endpoint_url="https://s3.example.id",
        custom_domain="media.example.id",
        querystring_auth=False,
        access_key="a",
        secret_key="b",
    )
    assert storage.url("images/logo.jpg") == "https://media.example.id/images/logo.jpg"


def test_json_log_lines_carry_level_logger_message_extra_fields_and_tracebacks():
    formatter = JsonFormatter()
    record = logging.makeLogRecord(
        {
            "name": "ops.test",
            "levelno": logging.ERROR,
            "levelname": "ERROR",
            "msg": "gagal %s",
            "args": ("basis data",),
            "status_code": 503,
        }
    )
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        record.exc_info = sys.exc_info()
    line = formatter.format(record)
    assert "\n" not in line
    data = json.loads(line)
    assert data["level"] == "ERROR"
    assert data["logger"] == "ops.test"
    assert data["message"] == "gagal basis data"
    assert data["status_code"] == 503
    assert "RuntimeError: boom" in data["exc_info"]
    assert data["time"].endswith("+00:00")


def test_gunicorn_config_reads_the_environment_and_caps_workers(monkeypatch):
    monkeypatch.delenv("GUNICORN_WORKERS", raising=False)
    monkeypatch.setattr("multiprocessing.cpu_count", lambda: 16)
    config = runpy.run_path(str(REPO / "gunicorn.conf.py"))
    assert config["workers"] == 8
    assert config["max_requests"] == 1000 and 0 < config["max_requests_jitter"] <= 100
    assert config["accesslog"] == "-"
    assert config["timeout"] == 30

    monkeypatch.setattr("multiprocessing.cpu_count", lambda: 1)
    assert runpy.run_path(str(REPO / "gunicorn.conf.py"))["workers"] == 3

    monkeypatch.setenv("GUNICORN_WORKERS", "4")
    monkeypatch.setenv("GUNICORN_TIMEOUT", "60")
    config = runpy.run_path(str(REPO / "gunicorn.conf.py"))
    assert (config["workers"], config["timeout"]) == (4, 60)


def test_publishing_purges_the_front_cache_when_a_purge_address_is_given():
    values = settings_values(
        {"SECRET_KEY": "x", "FRONTEND_CACHE_PURGE_URL": "http://127.0.0.1:8080"},
        "['wagtail.contrib.frontend_cache' in s.INSTALLED_APPS, s.WAGTAILFRONTENDCACHE]",
    )
    assert values[0] is True
    assert values[1]["default"]["LOCATION"] == "http://127.0.0.1:8080"
