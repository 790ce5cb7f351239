"""``make demo`` runs with production settings; only what a laptop lacks differs."""

import json
import os
import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]

SHOW = (
    "import json, cms.settings.demo as s; print(json.dumps({"
    "'debug': s.DEBUG, 'key': s.SECRET_KEY, 'secure_cookie': s.SESSION_COOKIE_SECURE, "
    "'serve_media': s.SERVE_MEDIA, 'static': s.STORAGES['staticfiles']['BACKEND'], "
    "'gzip': 'frontend.compression.PublicPageGZipMiddleware' in s.MIDDLEWARE, "
    "'mail': s.MAILERS['default']['BACKEND']}))"
)


def demo_settings(env: dict) -> dict:
    """The demo settings as a fresh interpreter sees them with only ``env`` set."""
    result = subprocess.run(
        [sys.executable, "-c", SHOW],
        cwd=REPO,
        env={"PATH": os.environ["PATH"], **env},
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_the_demo_runs_with_debug_off_and_a_generated_secret_key(tmp_path):
    key_file = tmp_path / "key"
    first = demo_settings({"DEMO_SECRET_KEY_FILE": str(key_file), "DJANGO_DEBUG": "1"})
    # DEBUG stays off even if the shell asks for it: the demo shows production.
    assert first["debug"] is False
    assert len(first["key"]) >= 50 and "insecure" not in first["key"]
    assert key_file.read_text().strip() == first["key"]
    assert key_file.stat().st_mode & 0o777 == 0o600
    # The same key on the next start, so sessions survive a restart.
    again = demo_settings({"DEMO_SECRET_KEY_FILE": str(key_file)})
    assert again["key"] == first["key"]
    assert first["static"] == "whitenoise.storage.CompressedManifestStaticFilesStorage"
    assert first["gzip"] is True
    # Plain http://*.localhost: non-Secure cookies, media served, mail printed.
    assert first["secure_cookie"] is False
    assert first["serve_media"] is True
    assert first["mail"].endswith("console.EmailBackend")


def test_the_key_file_is_ignored_by_git():
    ignored = subprocess.run(
        ["git", "check-ignore", "-q", ".demo-secret-key"], cwd=REPO, check=False
    )
    assert ignored.returncode == 0


def test_make_demo_collects_static_files_and_serves_with_gunicorn():
    dry_run = subprocess.run(
        # --no-print-directory: under `make test` this make is a sub-make and
        # would otherwise end its output with "Leaving directory".
        ["make", "--no-print-directory", "-n", "demo"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "DJANGO_SETTINGS_MODULE=cms.settings.demo" in dry_run
    assert "collectstatic --no-input" in dry_run
    serve = dry_run.strip().splitlines()[-1]
    assert "gunicorn -c gunicorn.conf.py cms.wsgi" in serve
    assert "cms.settings.demo" in serve and "runserver" not in serve
    developers = subprocess.run(
        ["make", "--no-print-directory", "-n", "dev"], cwd=REPO, capture_output=True, text=True
    ).stdout
    assert "DJANGO_DEBUG=1" in developers and "runserver 8000" in developers
